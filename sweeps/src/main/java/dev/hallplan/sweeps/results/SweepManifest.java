package dev.hallplan.sweeps.results;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * What a results directory holds ({@code sweep.json}): which spec over which project, by hash,
 * so a resumed sweep continues only the same study.
 *
 * @param projectFile  the project file as given on the command line (for people; the hash decides)
 * @param projectHash  SHA-256 of the project file's bytes, hex
 * @param specHash     SHA-256 of the spec's canonical JSON, hex
 * @param points       number of points of the design
 * @param workloads    workload ids of the swept scenarios (the served-share columns)
 * @param spec         the spec itself
 */
public record SweepManifest(String name, String projectFile, String projectHash, String specHash, int points,
        List<String> workloads, JsonNode spec) {
    public SweepManifest {
        Objects.requireNonNull(projectHash, "projectHash");
        Objects.requireNonNull(specHash, "specHash");
        workloads = workloads == null ? List.of() : List.copyOf(workloads);
    }

    /** True when {@code other} describes the same study (same spec and project bytes). */
    public boolean sameStudy(SweepManifest other) {
        return projectHash.equals(other.projectHash) && specHash.equals(other.specHash);
    }
}
