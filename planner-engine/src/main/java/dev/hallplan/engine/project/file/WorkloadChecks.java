package dev.hallplan.engine.project.file;

import dev.hallplan.catalog.Accelerator;
import dev.hallplan.catalog.ServerModel;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.PreferredOption;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.project.Workload;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The workload part of {@link ProjectValidator}: models and engines, requests that fit the model's
 * context, the user region (an RTT some hall lists) and the regions and compliance it may run in.
 */
final class WorkloadChecks {
    private final ProjectReferences refs;
    private final List<ProjectProblem> problems;

    WorkloadChecks(ProjectReferences refs, List<ProjectProblem> problems) {
        this.refs = refs;
        this.problems = problems;
    }

    void check(Scenario scenario, Workload w, String path) {
        model(w.modelId(), path + ".modelId");
        for (int i = 0; i < w.substituteModelIds().size(); i++) {
            model(w.substituteModelIds().get(i), JsonPaths.index(path + ".substituteModelIds", i));
        }
        if (refs.catalog().engine(w.engineId()).isEmpty()) {
            problems.add(new ProjectProblem(path + ".engineId", "unknown serving engine '" + w.engineId() + "'"));
        }
        context(w, w.modelId(), path + ".requestShape.inputTokens");
        for (int i = 0; i < w.substituteModelIds().size(); i++) {
            context(w, w.substituteModelIds().get(i), JsonPaths.index(path + ".substituteModelIds", i));
        }
        userRegion(scenario, w, path + ".userRegion");
        regions(scenario, w, path + ".allowedRegions");
        if (w.preferred() != null) {
            preferred(w, w.preferred(), path + ".preferred");
        }
    }

    /**
     * The preferred option names a catalog accelerator or server model, a precision that hardware
     * computes in and the workload allows, and a tensor degree a preferred server can hold.
     */
    private void preferred(Workload w, PreferredOption p, String path) {
        Optional<Accelerator> accelerator = refs.catalog().accelerator(p.hardwareId());
        Optional<ServerModel> server = refs.catalog().server(p.hardwareId());
        if (accelerator.isEmpty() && server.isEmpty()) {
            problems.add(new ProjectProblem(path + ".hardwareId", "unknown accelerator or server '" + p.hardwareId() + "'"));
            return;
        }
        if (accelerator.isEmpty()) {
            accelerator = refs.catalog().accelerator(server.get().acceleratorId());
        }
        if (p.precision() != null) {
            if (accelerator.isPresent() && !accelerator.get().supports(p.precision())) {
                problems.add(new ProjectProblem(path + ".precision", accelerator.get().id() + " has no " + p.precision()
                        + " figure in the catalog"));
            } else if (w.minPrecision() != null && p.precision().bits() < w.minPrecision().bits()) {
                problems.add(new ProjectProblem(path + ".precision", p.precision() + " is below the workload's minPrecision "
                        + w.minPrecision()));
            }
        }
        if (p.tensorParallel() != null && server.isPresent() && p.tensorParallel() > server.get().acceleratorCount()) {
            problems.add(new ProjectProblem(path + ".tensorParallel", "TP " + p.tensorParallel() + " exceeds the "
                    + server.get().acceleratorCount() + " accelerators of " + server.get().id()));
        }
    }

    private void model(String modelId, String path) {
        if (!refs.knownModelId().test(modelId)) {
            problems.add(new ProjectProblem(path, "unknown model '" + modelId + "'"));
        }
    }

    /** A request longer than the model's context cannot be served by it at all. */
    private void context(Workload w, String modelId, String path) {
        int context = refs.knownModelId().test(modelId) ? refs.contextTokens().applyAsInt(modelId) : 0;
        long tokens = (long) w.requestShape().inputTokens() + w.requestShape().outputTokens();
        if (context > 0 && tokens > context) {
            problems.add(new ProjectProblem(path, w.requestShape().inputTokens() + " prompt + " + w.requestShape().outputTokens()
                    + " output tokens exceed the " + context + "-token context of " + modelId));
        }
    }

    /**
     * A user region no hall lists a round-trip time to: an error when halls list others (a typo makes
     * the workload unreachable), a warning while no hall lists any yet (a scenario being designed).
     */
    private void userRegion(Scenario scenario, Workload w, String path) {
        if (w.userRegion().isEmpty() || scenario.halls().isEmpty()) {
            return;
        }
        Set<String> listed = new TreeSet<>();
        scenario.halls().forEach(h -> listed.addAll(h.userRttSeconds().keySet()));
        if (listed.isEmpty()) {
            problems.add(ProjectProblem.warning(path, "no hall lists round-trip times (userRttSeconds): users in '" + w.userRegion()
                    + "' cannot be reached and the workload cannot be placed"));
        } else if (!listed.contains(w.userRegion())) {
            problems.add(new ProjectProblem(path, "unknown user region '" + w.userRegion() + "': halls list round-trip times to "
                    + String.join(", ", listed)));
        }
    }

    private void regions(Scenario scenario, Workload w, String path) {
        boolean hosted = scenario.halls().stream().anyMatch(h -> w.mayRunIn(h.region(), h.compliance()));
        if (!hosted) {
            problems.add(ProjectProblem.warning(path, "no hall satisfies regions " + new TreeSet<>(w.allowedRegions())
                    + " and compliance " + new TreeSet<>(w.requiredCompliance()) + "; the workload cannot be placed"));
        }
        int i = 0;
        for (String region : new TreeSet<>(w.allowedRegions())) {
            boolean named = scenario.halls().stream().map(Hall::region).anyMatch(r -> r.matches(region));
            if (!named && hosted) {
                problems.add(ProjectProblem.warning(JsonPaths.index(path, i), "'" + region
                        + "' is no hall's country code or sovereign zone"));
            }
            i++;
        }
    }
}
