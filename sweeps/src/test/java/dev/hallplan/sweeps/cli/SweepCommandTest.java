package dev.hallplan.sweeps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.samples.Samples;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input is refused with what and where, before Spark starts and before the results directory is touched. */
class SweepCommandTest {
    @TempDir
    Path dir;

    private String run(int expectedExit, String... args) {
        StringWriter err = new StringWriter();
        var cli = SweepCommand.commandLine();
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        assertEquals(expectedExit, cli.execute(args), err.toString());
        return err.toString();
    }

    @Test
    void aSpecNamingWhatTheProjectLacksExitsTwoListingEachProblem() throws Exception {
        Path project = Files.writeString(dir.resolve("p.hallplan.json"), Samples.json("default"));
        Path spec = Files.writeString(dir.resolve("s.json"), """
                {"scenarios": ["H200", "TPU"],
                 "axes": [{"name": "d", "kind": "demand", "workload": "search", "values": [1]},
                          {"name": "h", "kind": "hardwarePrice", "vendor": "Acme", "values": [1]}],
                 "solve": {"steps": 10}}""");
        String err = run(SweepErrors.BAD_INPUT, project.toString(), "--spec", spec.toString(), "--out", dir.resolve("out").toString());
        assertTrue(err.contains("3 problems"), err);
        assertTrue(err.contains("$.scenarios[1]: no scenario \"TPU\""), err);
        assertTrue(err.contains("$.axes[0].workload: scenario H200 has no workload \"search\""), err);
        assertTrue(err.contains("$.axes[1].vendor: no accelerator of vendor \"Acme\""), err);
        assertFalse(Files.exists(dir.resolve("out")), "nothing is written for bad input");
    }

    @Test
    void aProjectThatDoesNotLoadExitsTwoWithItsJsonPath() throws Exception {
        Path project = Files.writeString(dir.resolve("p.hallplan.json"), "{\"formatVersion\": 1, \"name\": \"x\", \"scenarios\": [{}]}");
        Path spec = Files.writeString(dir.resolve("s.json"), "{\"solve\": {\"steps\": 10}}");
        String err = run(SweepErrors.BAD_INPUT, project.toString(), "--spec", spec.toString(), "--out", dir.resolve("out").toString());
        assertTrue(err.contains("$.scenarios[0]"), err);
    }
}
