package dev.hallplan.app.cli;

import dev.hallplan.engine.kpi.PlanKpis;
import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.project.file.AtomicFiles;
import dev.hallplan.engine.project.file.ProjectFiles;
import dev.hallplan.engine.solver.SolveOptions;
import dev.hallplan.engine.solver.SolveProgress;
import dev.hallplan.engine.solver.SolveResult;
import dev.hallplan.engine.usecase.PlannedScenario;
import dev.hallplan.engine.usecase.ScenarioPlanning;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code hallplan solve FILE}: places the scenario's replicas with the solver, shows progress,
 * prints the score, KPIs and violations. Exit 0 feasible, 3 feasible with demand unmet,
 * 4 infeasible, 2 bad input.
 */
@Command(name = "solve", mixinStandardHelpOptions = true,
        description = "Place model replicas on the hall's hardware within power, cooling and supply limits.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:feasible, all peak demand served", "2:bad input", "3:feasible, some demand unmet",
                "4:infeasible (a hard limit is broken)"},
        footerHeading = "%nExamples:%n",
        footer = {"  hallplan solve default.hallplan.json --seconds 20",
                "  hallplan solve public-llm-api.hallplan.json --seconds 60 --quiet \\",
                "      --out planned.hallplan.json",
                "  hallplan solve default.hallplan.json --scenario B200 --json > b200.json"})
final class SolveCommand implements Callable<Integer> {
    static final int DEMAND_UNMET = 3;
    static final int INFEASIBLE = 4;

    @Parameters(index = "0", paramLabel = "FILE", description = "project file (.hallplan.json)")
    Path file;

    @Option(names = "--scenario", paramLabel = "NAME", description = "scenario to solve (default: the first)")
    String scenario;

    @Option(names = "--seconds", defaultValue = "30", paramLabel = "N",
            description = "time limit in seconds, above 0 and at most 86400 (default: ${DEFAULT-VALUE}); stops earlier after N/5 s without improvement")
    double seconds;

    @Option(names = "--out", paramLabel = "PLANNED.hallplan.json", description = "write the project with the plan here")
    Path out;

    @Option(names = "--json", description = "print the KPIs and violations as one JSON object")
    boolean json;

    @Option(names = "--write-problem", paramLabel = "PROBLEM.json",
            description = "also write the flattened problem the solver sees (format: docs/solver.md)")
    Path problemOut;

    @CommandLine.Mixin
    QuietOption quiet = new QuietOption();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Solves a scenario and reports on its plan: the engine's {@link ScenarioPlanning}; tests put in one that fails. */
    @FunctionalInterface
    interface Planner {
        PlannedScenario plan(Project project, Scenario scenario, SolveOptions options, Consumer<SolveProgress> progress);
    }

    private final Planner planner;

    SolveCommand() {
        this(SolveCommand::solveAndReport);
    }

    SolveCommand(Planner planner) {
        this.planner = planner;
    }

    private static PlannedScenario solveAndReport(Project project, Scenario scenario, SolveOptions options,
                                                  Consumer<SolveProgress> progress) {
        try (ScenarioPlanning planning = new ScenarioPlanning(Engines.sizing())) {
            return planning.start(project, scenario, options, progress).await();
        }
    }

    @Override
    public Integer call() throws Exception {
        OptionRanges.within("--seconds", seconds, 0, true, OptionRanges.MAX_SECONDS);
        if (out != null) {
            AtomicFiles.checkWritable(out); // before the solve, not after it
        }
        if (problemOut != null) {
            AtomicFiles.checkWritable(problemOut);
        }
        PrintWriter err = spec.commandLine().getErr();
        Project project = ProjectInput.open(file, err);
        Scenario s = project.scenarioOrFirst(scenario);
        if (problemOut != null) {
            try (ScenarioPlanning planning = new ScenarioPlanning(Engines.sizing())) {
                AtomicFiles.write(problemOut, stream -> planning.writeProblem(s, stream));
            }
        }
        PlannedScenario planned;
        try (ProgressDisplay progress = ProgressDisplay.solve(err, quiet.quiet, seconds)) {
            planned = planner.plan(project, s, SolveOptions.seconds(seconds), progress::solving);
        }
        if (out != null) {
            ProjectFiles.save(planned.project(), out); // only now: the plan and its report are both complete
        }
        SolveResult result = planned.solve();
        PlanReport report = planned.report();
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            o.println(SolveJson.of(result, planned.status(), report));
        } else {
            print(o, result, planned.status(), report);
            if (out != null && !quiet.quiet) {
                o.println("plan written to " + out);
            }
            if (problemOut != null && !quiet.quiet) {
                o.println("problem written to " + problemOut);
            }
        }
        o.flush();
        return switch (planned.status()) {
            case FEASIBLE -> 0;
            case FEASIBLE_DEMAND_UNMET -> DEMAND_UNMET;
            case INFEASIBLE -> INFEASIBLE;
        };
    }

    private static void print(PrintWriter o, SolveResult result, SolveResult.Status status, PlanReport report) {
        PlanKpis k = report.kpis();
        o.println(report.projectName() + " / " + report.scenarioName() + ": " + status.name().toLowerCase().replace('_', ' ')
                + " (score " + result.plan().score() + ")");
        KeyFigureOutput.workloads(o, k);
        KeyFigureOutput.print(o, report);
        result.edgeCandidates().forEach(w -> o.println("  edge candidate: " + w + " (no hall meets its latency target with network RTT)"));
        result.withoutHardware().forEach(w -> o.println("  no fitting hardware: " + w));
        result.violations().forEach(v -> o.println("! " + v.message()));
        k.violations().stream().filter(v -> !v.contains("of peak demand unmet")).forEach(v -> o.println("! " + v));
    }
}
