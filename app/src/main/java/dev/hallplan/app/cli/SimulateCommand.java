package dev.hallplan.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hallplan.catalog.units.UnitFormat;
import dev.hallplan.engine.kpi.MonthlyEnergy;
import dev.hallplan.engine.kpi.PlanKpis;
import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.usecase.ScenarioPlanning;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code hallplan simulate FILE}: the hourly year simulation of a planned scenario, as annual figures. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Simulate a planned scenario hour by hour over a year and print the annual energy figures.",
        footerHeading = "%nExamples:%n",
        footer = {"  hallplan simulate planned.hallplan.json", "  hallplan simulate planned.hallplan.json --scenario B200 --json"})
final class SimulateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "project file (.hallplan.json) with a plan")
    Path file;

    @Option(names = "--scenario", paramLabel = "NAME", description = "scenario to simulate (default: the first)")
    String scenario;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Project project = ProjectInput.open(file, spec.commandLine().getErr());
        Scenario s = project.scenarioOrFirst(scenario);
        if (s.plan() == null) {
            throw new IllegalArgumentException("scenario '" + s.name() + "' of " + file
                    + " has no plan: run `hallplan solve " + file + " --out PLANNED.hallplan.json` first");
        }
        PlanReport report;
        try (ScenarioPlanning planning = new ScenarioPlanning(Engines.sizing())) {
            report = planning.report(project, s);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(toJson(report));
        } else {
            print(out, report);
        }
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, PlanReport r) {
        PlanKpis k = r.kpis();
        out.println(r.projectName() + " / " + r.scenarioName() + ": one year, hour by hour");
        KeyFigureOutput.print(out, r);
        out.println("month  facility      grid          renewables    peak grid");
        for (MonthlyEnergy m : r.monthlyEnergy()) {
            out.printf("%5d  %-12s  %-12s  %-12s  %s%n", m.month(), UnitFormat.joulesAsWattHours(m.facilityEnergyJoules()),
                    UnitFormat.joulesAsWattHours(m.gridImportJoules()), UnitFormat.joulesAsWattHours(m.renewableUsedJoules()),
                    UnitFormat.watts(m.peakGridWatts()));
        }
        k.violations().forEach(v -> out.println("! " + v));
    }

    private static String toJson(PlanReport r) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode o = mapper.createObjectNode();
        o.put("project", r.projectName());
        o.put("scenario", r.scenarioName());
        o.set("figures", KeyFigureOutput.json(mapper, r));
        o.set("kpis", mapper.valueToTree(r.kpis()));
        o.set("halls", KeyFigureOutput.halls(mapper, r));
        o.set("monthlyEnergy", mapper.valueToTree(r.monthlyEnergy()));
        return mapper.writeValueAsString(o);
    }
}
