package dev.hallplan.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.catalog.Catalog;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import dev.hallplan.engine.perf.ModelZoo;
import dev.hallplan.engine.plan.ReplicaSizing;
import dev.hallplan.engine.usecase.ProjectGate;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ValidateCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(ValidateCommand command, String resource) throws Exception {
        Path file = Path.of(getClass().getResource(resource).toURI());
        return new CommandLine(command).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .setExecutionExceptionHandler(new CliErrors()).execute(file.toString());
    }

    private List<String> lines() {
        return Arrays.asList(out.toString().split("\\R"));
    }

    @Test
    void validFileExitsZeroAgainstTheBuiltInCatalogAndModelZoo() throws Exception {
        assertEquals(0, run(new ValidateCommand(), "valid.hallplan.json"));
        assertTrue(out.toString().trim().endsWith("valid.hallplan.json: valid"), out.toString());
        assertEquals("", err.toString(), "nothing skipped, nothing to warn about");
    }

    @Test
    void brokenFileListsEveryProblemWithItsPathAndExitsTwo() throws Exception {
        assertEquals(2, run(new ValidateCommand(), "many-problems.hallplan.json"));
        assertEquals(4, lines().stream().filter(l -> l.startsWith("ERROR $.")).count(), out.toString());
        assertTrue(lines().contains("ERROR $.scenarios[0].halls[0].rows[0].racks[1].feeds.feedCapacityWatts: must be positive, was -5.0"),
                out.toString());
        assertTrue(out.toString().trim().endsWith("4 errors, 0 warnings"), out.toString());
    }

    @Test
    void referencesAreCheckedAgainstTheCatalog() throws Exception {
        // an empty catalog knows none of the file's ids, so each reference is an error
        assertEquals(2, run(new ValidateCommand(() -> new ProjectGate(new ReplicaSizing(Catalog.empty(), ModelZoo.builtIn()))),
                "valid.hallplan.json"));
        assertTrue(lines().contains("ERROR $.scenarios[0].halls[0].rows[0].racks[0].rackTypeId: unknown rack type 'rack-air-40kw'"),
                out.toString());
        assertTrue(lines().contains("ERROR $.scenarios[0].workloads[0].engineId: unknown serving engine 'vllm'"), out.toString());
    }

    @Test
    void missingFileIsBadInputWithAClearMessage() {
        int code = new CommandLine(new ValidateCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .setExecutionExceptionHandler(new CliErrors()).execute("no-such.hallplan.json");
        assertEquals(2, code);
        assertEquals("hallplan: cannot read no-such.hallplan.json: no such file", err.toString().trim());
    }

    @Test
    void validateIsASubcommandOfHallplan() throws Exception {
        Path file = Path.of(getClass().getResource("many-problems.hallplan.json").toURI());
        assertEquals(2, HallPlanCommand.execute("validate", file.toString()));
    }
}
