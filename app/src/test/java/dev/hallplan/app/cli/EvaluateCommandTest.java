package dev.hallplan.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hallplan.engine.project.file.ProjectFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hallplan evaluate}: a hand-made plan checked with the solver's rules and the facility model. */
class EvaluateCommandTest {
    @TempDir
    Path dir;

    private Path save(double peakRps, List<String> servers) throws Exception {
        Path file = dir.resolve("p.hallplan.json");
        ProjectFiles.save(OneRackProject.project(peakRps, servers), file);
        return file;
    }

    @Test
    void aPlanServingItsDemandWithinEveryLimitExitsZero() throws Exception {
        double capacity = OneRackProject.best().requestsPerSecond();
        CliRun run = CliRun.of(new HallPlanCommand(), "evaluate", save(capacity * 0.9, List.of("s0")).toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().startsWith("one rack / s: no violation"), run.out());
        assertTrue(run.out().contains("IT load at planned full load"), run.out());
    }

    @Test
    void unservedDemandExitsThree() throws Exception {
        double capacity = OneRackProject.best().requestsPerSecond();
        CliRun run = CliRun.of(new HallPlanCommand(), "evaluate", save(capacity * 3, List.of("s0")).toString());
        assertEquals(3, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("chat: 66.7% of peak demand unmet"), run.out());
    }

    @Test
    void aReplicaThatCannotRunIsAHardViolationWithTheMessageSolveGives() throws Exception {
        CliRun run = CliRun.of(new HallPlanCommand(), "evaluate", save(1, List.of("nowhere")).toString(), "--json");
        assertEquals(4, run.exitCode(), run.out() + run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("HARD_VIOLATIONS", json.get("verdict").asText());
        assertEquals("Replica r0 (chat on h1/nowhere): no accelerator server nowhere in hall h1",
                json.get("hardViolations").get(0).asText());
        assertEquals("Replica runs as planned", json.get("solverViolations").get(0).get("constraint").asText());
    }

    @Test
    void aFileWithoutAPlanIsBadInput() throws Exception {
        CliRun run = CliRun.of(new HallPlanCommand(), "evaluate", save(1, List.of()).toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("has no plan: run `hallplan solve"), run.err());
    }
}
