package dev.hallplan.sweeps.spec;

import dev.hallplan.catalog.Accelerator;
import dev.hallplan.catalog.Catalog;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Checks a spec against the project and catalog it sweeps: every name it uses must exist there. */
public final class SpecChecks {
    private SpecChecks() {
    }

    /**
     * The base scenarios of {@code spec} in {@code project} (the project's first when the spec names none).
     *
     * @throws SpecException listing every scenario, workload, accelerator or vendor the spec names that does not exist
     */
    public static List<Scenario> check(SweepSpec spec, Project project, Catalog catalog, String source) {
        List<String> problems = new ArrayList<>();
        List<Scenario> scenarios = new ArrayList<>();
        if (spec.scenarios().isEmpty()) {
            scenarios.add(project.scenarioOrFirst(null));
        }
        for (int i = 0; i < spec.scenarios().size(); i++) {
            String name = spec.scenarios().get(i);
            String at = "$.scenarios[" + i + "]";
            project.scenario(name).ifPresentOrElse(scenarios::add, () -> problems.add(at + ": no scenario \"" + name
                    + "\" in project '" + project.name() + "'; scenarios: "
                    + project.scenarios().stream().map(Scenario::name).toList()));
        }
        for (int i = 0; i < spec.axes().size(); i++) {
            Axis a = spec.axes().get(i);
            String at = "$.axes[" + i + "]";
            if (a.workload() != null) {
                scenarios.stream().filter(s -> s.workload(a.workload()).isEmpty()).forEach(s -> problems.add(at
                        + ".workload: scenario " + s.name() + " has no workload \"" + a.workload() + "\"; it has "
                        + s.workloads().stream().map(w -> w.id()).toList()));
            }
            if (a.accelerator() != null && catalog.accelerator(a.accelerator()).isEmpty()) {
                problems.add(at + ".accelerator: no accelerator \"" + a.accelerator() + "\" in the catalog");
            }
            if (a.vendor() != null && catalog.accelerators().stream().map(Accelerator::vendor)
                    .noneMatch(v -> v.toLowerCase(Locale.ROOT).equals(a.vendor().toLowerCase(Locale.ROOT)))) {
                problems.add(at + ".vendor: no accelerator of vendor \"" + a.vendor() + "\" in the catalog; vendors: "
                        + catalog.accelerators().stream().map(Accelerator::vendor).distinct().sorted().toList());
            }
        }
        if (!problems.isEmpty()) {
            throw new SpecException(source, problems);
        }
        return scenarios;
    }
}
