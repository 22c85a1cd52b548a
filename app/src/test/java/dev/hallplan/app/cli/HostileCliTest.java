package dev.hallplan.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression tests for issue 15's command-line defects: commands that did not run the validator,
 * numbers taken at their word, outputs found unwritable only after the work, files replaced
 * before the result was complete, and messages that did not say what failed.
 */
class HostileCliTest {
    @TempDir
    Path dir;

    private Path valid() throws Exception {
        Path file = dir.resolve("p.hallplan.json");
        Files.copy(Path.of(getClass().getResource("valid.hallplan.json").toURI()), file);
        return file;
    }

    /** The valid project with rack A-01's second server moved onto the first one's rack units. */
    private Path overlapping() throws Exception {
        Path file = valid();
        String json = Files.readString(file);
        String moved = json.replaceFirst("\"uPosition\" : 9", "\"uPosition\" : 3");
        assertFalse(json.equals(moved));
        return Files.writeString(file, moved);
    }

    @Test
    void solveRefusesAProjectThatValidateRefuses() throws Exception {
        Path file = overlapping();
        assertEquals(2, CliRun.of(new ValidateCommand(), file.toString()).exitCode());
        CliRun run = CliRun.of(new SolveCommand(), file.toString(), "--seconds", "2");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("ERROR $.scenarios[0].halls[0].rows[0].racks[0].equipment[1].uPosition: 'A-01-s1' overlaps "
                + "'A-01-s0' at U3"), run.err());
        assertEquals("", run.out(), "nothing solved");
    }

    @Test
    void simulateAndExportRefuseAProjectThatValidateRefuses() throws Exception {
        Path file = overlapping();
        assertEquals(2, CliRun.of(new SimulateCommand(), file.toString()).exitCode());
        CliRun export = CliRun.of(new ExportCommand(), file.toString(), "--pdf", dir.resolve("r.pdf").toString());
        assertEquals(2, export.exitCode(), export.err());
        assertFalse(Files.exists(dir.resolve("r.pdf")));
    }

    @Test
    void solveRefusesATimeLimitBeyondItsRange() throws Exception {
        Path file = valid();
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> CliRun.of(new SolveCommand(), file.toString(), "--seconds", "1e308"));
        assertEquals(2, run.exitCode());
        assertEquals("hallplan: --seconds must be above 0 and at most 86400, was 1.0E308", run.err().trim());
    }

    @Test
    void estimateRefusesAMemoryEfficiencyThatIsNotANumber() {
        CliRun run = CliRun.estimate("--model", "llama-3.1-8b", "--accelerator", "nvidia-h100-sxm", "--batch", "8",
                "--mem-efficiency", "NaN");
        assertEquals(2, run.exitCode());
        assertEquals("hallplan: --mem-efficiency must be above 0 and at most 1, was NaN", run.err().trim());
    }

    @Test
    void solveFindsAnUnwritableOutputBeforeSolving() throws Exception {
        Path file = valid();
        Path out = dir.resolve("no-such-dir").resolve("planned.hallplan.json");
        CliRun run = CliRun.of(new SolveCommand((p, s, o, progress) -> {
            throw new AssertionError("solved although the output cannot be written");
        }), file.toString(), "--out", out.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("hallplan: cannot write " + out + ": directory " + dir.resolve("no-such-dir") + " does not exist", run.err().trim());
    }

    @Test
    void solveLeavesTheOutputFileAloneWhenSolvingOrReportingFails() throws Exception {
        Path file = valid();
        Path out = Files.writeString(dir.resolve("planned.hallplan.json"), "the user's earlier plan");
        CliRun run = CliRun.of(new SolveCommand((p, s, o, progress) -> {
            throw new IllegalArgumentException("the report failed");
        }), file.toString(), "--out", out.toString());
        assertEquals(2, run.exitCode());
        assertEquals("the user's earlier plan", Files.readString(out));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void exportFindsAnUnwritableOutputBeforeSolving() throws Exception {
        Path file = valid();
        Path fifo = dir.resolve("report.pdf");
        org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
        CliRun run = CliRun.of(new ExportCommand((f, names) -> {
            throw new AssertionError("planned although the output cannot be written");
        }), file.toString(), "--pdf", fifo.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("cannot write " + fifo + ": is a device, FIFO or socket"), run.err());
        assertFalse(Files.isRegularFile(fifo));
    }

    @Test
    void invalidUtf8IsReportedWithFileOffsetAndEncoding() throws Exception {
        Path file = valid();
        byte[] bytes = Files.readAllBytes(file);
        bytes[10] = (byte) 0xC3;
        bytes[11] = (byte) 0x28;
        Files.write(file, bytes);
        CliRun run = CliRun.of(new SolveCommand(), file.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains(file + ": 1 problem"), run.err());
        assertTrue(run.err().contains("not UTF-8 text: byte 0xC3 at byte offset 10 (line 2)"), run.err());
    }

    @Test
    void aWarningIsPrintedAndTheCommandGoesOn() throws Exception {
        Path file = valid();
        Files.writeString(file, Files.readString(file).replaceFirst("\"feedCapacityWatts\" : 40000", "\"feedCapacityWatts\" : 250000"));
        CliRun run = CliRun.of(new SimulateCommand(), file.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("hallplan: warning $.scenarios[0].halls[0].rows[0].racks[0].feeds.feedCapacityWatts: 250000 W "
                + "is outside the typical"), run.err());
    }
}
