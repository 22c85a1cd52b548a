package dev.hallplan.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class HelpTextTest {
    private static final List<List<String>> COMMANDS = HelpDump.commandPaths(HallPlanCommand.commandLine(), List.of());

    private static String usage(List<String> path) {
        CommandLine cl = HallPlanCommand.commandLine();
        for (String name : path) {
            cl = cl.getSubcommands().get(name);
        }
        StringWriter out = new StringWriter();
        cl.usage(new PrintWriter(out), CommandLine.Help.Ansi.OFF);
        return out.toString();
    }

    @Test
    void everyCommandIsInTheTree() {
        assertTrue(COMMANDS.contains(List.of("catalog", "list")) && COMMANDS.contains(List.of("models", "show"))
                && COMMANDS.contains(List.of("export")) && COMMANDS.size() >= 16, COMMANDS.toString());
    }

    @Test
    void everyHelpEndsWithUsageExamplesThatFitEightyColumns() {
        for (List<String> path : COMMANDS) {
            String help = usage(path);
            int examples = help.indexOf("Examples:");
            assertTrue(examples > 0, "no examples in the help of '" + String.join(" ", path) + "'");
            assertTrue(help.substring(examples).contains("  hallplan "), "examples of '" + String.join(" ", path) + "'");
            for (String line : help.split("\n")) {
                assertTrue(line.length() <= 80, "wider than 80 columns in '" + String.join(" ", path) + "': " + line);
            }
        }
    }

    /** picocli prints "[picocli WARN] Could not format ..." on stderr for a bare % in a description. */
    @Test
    void noHelpPrintsAWarningInAFreshProcess(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), HelpDump.class.getName())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "help dump did not finish");
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), stderr);
        assertFalse(stderr.contains("WARN") || stdout.contains("WARN"), stderr + stdout);
        assertEquals(COMMANDS.size(), stdout.split("== exit 0 for ", -1).length - 1, stdout);
        assertTrue(stderr.isBlank(), "stderr: " + stderr);
    }

    @Test
    void versionNamesTheCatalogEditionAndTheModelZooSize() {
        StringWriter out = new StringWriter();
        CommandLine cl = HallPlanCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        assertEquals(0, cl.execute("--version"));
        String v = out.toString();
        assertTrue(v.matches("(?s)HallPlan \\S+\\R.*catalog of \\d{4}-\\d{2}-\\d{2}.*model zoo: \\d+ models.*"), v);
        assertTrue(v.contains("model zoo: " + dev.hallplan.engine.perf.ModelZoo.builtIn().models().size() + " models"), v);
    }

    /** The build writes the completion script before the tests run (CliDocs, process-test-classes). */
    @Test
    void buildGeneratedACompletionScriptAndManPagesForEveryCommand() throws Exception {
        Path cli = Path.of("target", "cli");
        String script = Files.readString(cli.resolve("hallplan_completion"), StandardCharsets.UTF_8);
        assertTrue(script.contains("complete -F _complete_hallplan") && script.contains("hallplan"), "not a bash completion script");
        for (List<String> path : COMMANDS) {
            if (!path.isEmpty()) {
                assertTrue(script.contains(path.get(path.size() - 1)), "completion lacks " + path);
            }
            String page = path.isEmpty() ? "hallplan" : "hallplan-" + String.join("-", path);
            assertTrue(Files.exists(cli.resolve("man").resolve(page + ".adoc")), "no man page " + page);
        }
    }
}
