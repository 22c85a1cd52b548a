package dev.hallplan.app.cli;

import dev.hallplan.engine.kpi.Assumption;
import dev.hallplan.engine.kpi.BomLine;
import dev.hallplan.engine.kpi.MonthlyEnergy;
import dev.hallplan.engine.kpi.CarbonFigures;
import dev.hallplan.engine.kpi.CostFigures;
import dev.hallplan.engine.kpi.EnergyFigures;
import dev.hallplan.engine.kpi.FloorFigures;
import dev.hallplan.engine.kpi.HallReport;
import dev.hallplan.engine.kpi.PlanKpis;
import dev.hallplan.engine.kpi.PowerFigures;
import dev.hallplan.engine.kpi.ServiceFigures;
import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.kpi.RackReport;
import dev.hallplan.engine.kpi.WorkloadKpi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportAndCompareCommandTest {

    private static PlanReport report(String scenario, double serverPrice) {
        List<MonthlyEnergy> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(new MonthlyEnergy(m, 3.6e11, 4.5e11, 1.8e11, 0, 2.7e11, 0, 7e5, 1e4, 4e4));
        }
        WorkloadKpi w = new WorkloadKpi("chat", "Chat", "llama", 2, 100, 110, 1, 40_000, 6e11, "");
        PlanKpis k = new PlanKpis(scenario, new PowerFigures(5.5e5, 6.9e5, 5e5, 6.25e5, 6e5, 8e5),
                new EnergyFigures(1.25, 4.32e12, 5.4e12, 3.24e12), new ServiceFigures(40_000, 110, 6e11 / 1.5e6, List.of(w)),
                new CostFigures(2 * serverPrice, 6e5, 2 * serverPrice / 5 + 6e5, (2 * serverPrice / 5 + 6e5) / 6e5, 12 * 4e4),
                new CarbonFigures(0.4, 0.35, 1.2e5), new FloorFigures(1, 2.9, 0.72), List.of());
        return new PlanReport("CLI test", scenario, "", k,
                List.of(new BomLine("accelerator server", "srv", "V", "Server", 2, serverPrice, 10_000, false)),
                List.of(new HallReport("h1", "Hall 1", 1, 5.5e5, 6.9e5, 0, 8e5, 2.9, 0.72, List.of())),
                List.of(new RackReport("h1", "r1", "row0", 0, 0, "rack", "air", "2× srv", 2e4, 4e4, 2e4, 4e4)),
                List.of(), months, List.of(new Assumption("prices", "Energy", "0.1 USD/kWh", "test")));
    }

    private static int run(Object command, StringWriter out, String... args) {
        return new CommandLine(command).setOut(new PrintWriter(out)).setErr(new PrintWriter(out))
                .setExecutionExceptionHandler(new CliErrors()).execute(args);
    }

    @Test
    void exportWritesTheFilesOfTheRequestedScenario(@TempDir Path dir) {
        List<List<String>> asked = new ArrayList<>();
        PlanReportSource source = (file, names) -> {
            asked.add(names);
            return List.of(report("B200", 480_000));
        };
        StringWriter out = new StringWriter();
        int code = run(new ExportCommand(source), out, "plan.hallplan.json", "--scenario", "B200",
                "--xlsx", dir.resolve("p.xlsx").toString(), "--pdf", dir.resolve("p.pdf").toString());
        assertEquals(0, code, out.toString());
        assertEquals(List.of(List.of("B200")), asked);
        assertTrue(Files.exists(dir.resolve("p.xlsx")) && Files.exists(dir.resolve("p.pdf")));
        assertTrue(out.toString().contains("wrote " + dir.resolve("p.pdf")));
    }

    @Test
    void exportWithoutOutputsIsBadInput() {
        StringWriter out = new StringWriter();
        int code = run(new ExportCommand((f, n) -> List.of(report("A", 1))), out, "plan.hallplan.json");
        assertEquals(CliErrors.BAD_INPUT, code);
        assertTrue(out.toString().contains("Nothing to export"), out.toString());
    }

    @Test
    void compareSplitsScenarioNamesAndWritesTheWorkbook(@TempDir Path dir) {
        List<List<String>> asked = new ArrayList<>();
        PlanReportSource source = (file, names) -> {
            asked.add(names);
            return List.of(report("H200", 310_000), report("B200", 480_000));
        };
        StringWriter out = new StringWriter();
        int code = run(new CompareCommand(source), out, "plan.hallplan.json", "--scenarios", "H200,B200",
                "--years", "3", "--xlsx", dir.resolve("c.xlsx").toString());
        assertEquals(0, code, out.toString());
        assertEquals(List.of(List.of("H200", "B200")), asked);
        assertTrue(Files.exists(dir.resolve("c.xlsx")));
    }

    @Test
    void compareOfOneScenarioIsBadInput(@TempDir Path dir) {
        StringWriter out = new StringWriter();
        int code = run(new CompareCommand((f, n) -> List.of(report("A", 1))), out, "plan.hallplan.json",
                "--xlsx", dir.resolve("c.xlsx").toString());
        assertEquals(CliErrors.BAD_INPUT, code);
        assertTrue(out.toString().contains("at least two scenarios"), out.toString());
    }

    @Test
    void exportShowsItsStepsOnStderrAndQuietShowsNothing(@TempDir Path dir) {
        PlanReportSource source = (file, names) -> List.of(report("B200", 480_000));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new ExportCommand(source)).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .setExecutionExceptionHandler(new CliErrors());
        assertEquals(0, cl.execute("plan.hallplan.json", "--xlsx", dir.resolve("p.xlsx").toString()));
        assertTrue(err.toString().contains("export 100%"), "the progress bar's last line: " + err);
        assertTrue(out.toString().contains("wrote "), out.toString());

        StringWriter quietOut = new StringWriter();
        StringWriter quietErr = new StringWriter();
        CommandLine quiet = new CommandLine(new ExportCommand(source)).setOut(new PrintWriter(quietOut))
                .setErr(new PrintWriter(quietErr)).setExecutionExceptionHandler(new CliErrors());
        assertEquals(0, quiet.execute("plan.hallplan.json", "--quiet", "--xlsx", dir.resolve("q.xlsx").toString()));
        assertEquals("", quietOut.toString() + quietErr.toString());
        assertTrue(Files.exists(dir.resolve("q.xlsx")));
    }
}
