package dev.hallplan.app.cli;

import dev.hallplan.engine.kpi.PlanKpis;
import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.project.file.AtomicFiles;
import dev.hallplan.engine.project.file.ProjectFiles;
import dev.hallplan.engine.solver.SolveOptions;
import dev.hallplan.engine.solver.SolveResult;
import dev.hallplan.engine.usecase.PlannedScenario;
import dev.hallplan.engine.usecase.ScenarioPlanning;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
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
            description = "time limit in seconds (default: ${DEFAULT-VALUE}); stops earlier after N/5 s without improvement")
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

    @Override
    public Integer call() throws Exception {
        if (!(seconds > 0)) {
            throw new IllegalArgumentException("--seconds must be positive, was " + seconds);
        }
        Project project = ProjectFiles.load(file);
        Scenario s = project.scenarioOrFirst(scenario);
        PrintWriter err = spec.commandLine().getErr();
        PlannedScenario planned;
        try (ScenarioPlanning planning = new ScenarioPlanning(Engines.sizing());
             ProgressDisplay progress = ProgressDisplay.solve(err, quiet.quiet, seconds)) {
            if (problemOut != null) {
                AtomicFiles.write(problemOut, stream -> planning.writeProblem(s, stream));
            }
            planned = planning.start(project, s, SolveOptions.seconds(seconds), progress::solving).await();
        }
        if (out != null) {
            ProjectFiles.save(planned.project(), out);
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
