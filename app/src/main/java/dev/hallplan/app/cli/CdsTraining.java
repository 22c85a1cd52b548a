package dev.hallplan.app.cli;

import dev.hallplan.samples.Samples;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * The training run for HallPlan's class-data sharing archive: runs the everyday commands once in
 * one JVM (help, version, catalog, models, estimate, validate, a short solve, simulate, export of
 * the default sample) so that a JVM started with {@code -XX:ArchiveClassesAtExit=hallplan.jsa}
 * archives the classes they load. It also loads, without initialising, the JavaFX and desktop
 * classes listed in {@code cds-desktop-classes.txt} (the desktop cannot start without a display),
 * so the desktop's start maps them too. Later runs with {@code -XX:SharedArchiveFile=hallplan.jsa}
 * map the archived classes instead of loading and verifying them again. Used by {@code ./hallplan}
 * after a build and by the installers (packaging/README.md); output is discarded, a failed
 * command exits non-zero.
 */
public final class CdsTraining {
    private CdsTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("hallplan-cds");
        try {
            Path sample = dir.resolve("default.hallplan.json");
            Files.writeString(sample, Samples.json("default"), StandardCharsets.UTF_8);
            Path planned = dir.resolve("planned.hallplan.json");
            List<List<String>> runs = List.of(
                    List.of("--help"), List.of("--version"), List.of("solve", "--help"),
                    List.of("catalog", "list"), List.of("catalog", "show", "nvidia-h100-sxm"), List.of("models", "list"),
                    List.of("estimate", "--model", "llama-3.1-70b", "--accelerator", "nvidia-h100-sxm", "--precision", "fp8",
                            "--slo-ttft-ms", "2000", "--slo-tpot-ms", "200"),
                    List.of("validate", sample.toString()),
                    List.of("solve", sample.toString(), "--seconds", "2", "--quiet", "--out", planned.toString()),
                    List.of("simulate", planned.toString()),
                    List.of("export", planned.toString(), "--quiet", "--xlsx", dir.resolve("plan.xlsx").toString(),
                            "--pdf", dir.resolve("plan.pdf").toString()));
            loadDesktopClasses();
            for (List<String> run : runs) {
                int code = run(run);
                if (code != 0 && !(run.get(0).equals("solve") && code == SolveCommand.DEMAND_UNMET)) {
                    throw new IllegalStateException("training run failed with exit code " + code + ": " + run);
                }
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Loads every class named in the desktop list that exists; a name gone stale is skipped. */
    private static void loadDesktopClasses() throws IOException {
        try (var in = CdsTraining.class.getResourceAsStream("cds-desktop-classes.txt")) {
            if (in == null) {
                return;
            }
            ClassLoader loader = CdsTraining.class.getClassLoader();
            for (String name : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (name.isBlank() || name.startsWith("#")) {
                    continue;
                }
                try {
                    Class.forName(name.strip(), false, loader);
                } catch (ClassNotFoundException | LinkageError ex) {
                    // renamed or removed since the list was made: not archived, loaded normally
                }
            }
        }
    }

    private static int run(List<String> args) {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        CommandLine cl = HallPlanCommand.commandLine();
        cl.setOut(nowhere);
        cl.setErr(nowhere);
        return cl.execute(args.toArray(String[]::new));
    }
}
