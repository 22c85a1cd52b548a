package dev.hallplan.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.project.file.ProjectFiles;
import dev.hallplan.engine.solver.SolveResult;
import dev.hallplan.engine.usecase.CheckedPlan;
import dev.hallplan.engine.usecase.ScenarioPlanning;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hallplan evaluate PLANNED_FILE}: checks a plan, solved or edited by hand, with the
 * solver's rules and the facility model at planned full load, without changing it; prints the
 * violations (with the messages a solve gives) and the key figures. Exit 0 clean, 3 demand unmet,
 * 4 hard violations, 2 bad input.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Check a plan (solved or edited by hand) with the solver's rules and the facility model.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:no violation, all peak demand served", "2:bad input", "3:no hard violation, some demand unmet",
                "4:a hard rule or facility limit is broken"},
        footerHeading = "%nExamples:%n",
        footer = {"  hallplan evaluate planned.hallplan.json", "  hallplan evaluate planned.hallplan.json --scenario B200 --json"})
final class EvaluateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PLANNED_FILE", description = "project file (.hallplan.json) with a plan")
    Path file;

    @Option(names = "--scenario", paramLabel = "NAME", description = "scenario to check (default: the first)")
    String scenario;

    @Option(names = "--json", description = "print the verdict, violations and key figures as one JSON object")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Project project = ProjectFiles.load(file);
        Scenario s = project.scenarioOrFirst(scenario);
        if (s.plan() == null) {
            throw new IllegalArgumentException("scenario '" + s.name() + "' of " + file
                    + " has no plan: run `hallplan solve " + file + " --out PLANNED.hallplan.json` first");
        }
        CheckedPlan checked;
        try (ScenarioPlanning planning = new ScenarioPlanning(Engines.sizing())) {
            checked = planning.check(project, s);
        }
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            o.println(toJson(checked));
        } else {
            print(o, checked);
        }
        o.flush();
        return switch (checked.verdict()) {
            case CLEAN -> 0;
            case DEMAND_UNMET -> SolveCommand.DEMAND_UNMET;
            case HARD_VIOLATIONS -> SolveCommand.INFEASIBLE;
        };
    }

    private static void print(PrintWriter o, CheckedPlan c) {
        PlanReport report = c.report();
        o.println(report.projectName() + " / " + report.scenarioName() + ": " + verdict(c) + " (score " + c.rules().plan().score() + ")");
        KeyFigureOutput.workloads(o, report.kpis());
        KeyFigureOutput.print(o, report);
        c.rules().violations().forEach(v -> o.println("! " + v.message()));
        report.kpis().violations().stream().filter(v -> !v.contains("of peak demand unmet")).forEach(v -> o.println("! " + v));
    }

    private static String verdict(CheckedPlan c) {
        return switch (c.verdict()) {
            case CLEAN -> "no violation";
            case DEMAND_UNMET -> "demand unmet";
            case HARD_VIOLATIONS -> "hard violations";
        };
    }

    private static String toJson(CheckedPlan c) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        PlanReport report = c.report();
        SolveResult rules = c.rules();
        ObjectNode o = mapper.createObjectNode();
        o.put("project", report.projectName());
        o.put("scenario", report.scenarioName());
        o.put("verdict", c.verdict().name());
        o.put("score", rules.plan().score());
        ArrayNode hard = o.putArray("hardViolations");
        c.hardViolations().forEach(hard::add);
        ArrayNode solver = o.putArray("solverViolations");
        rules.violations().forEach(v -> solver.addObject().put("level", v.level().name())
                .put("constraint", v.constraint()).put("message", v.message()));
        o.set("figures", KeyFigureOutput.json(mapper, report));
        o.set("kpis", mapper.valueToTree(report.kpis()));
        o.set("halls", KeyFigureOutput.halls(mapper, report));
        return mapper.writeValueAsString(o);
    }
}
