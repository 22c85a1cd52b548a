package dev.hallplan.sweeps.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.hallplan.samples.Samples;
import dev.hallplan.sweeps.cli.SweepMain;
import dev.hallplan.sweeps.point.PointResult;
import dev.hallplan.sweeps.results.PointJournal;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep killed half-way (a child JVM running {@code hallplan sweep}, killed with SIGKILL once
 * some points are written) is finished by {@code --resume} without redoing the points it had.
 */
class SweepResumeTest {
    static final int POINTS = 10;
    static final String SPEC = """
            {"name": "kill and resume", "scenarios": ["H200"],
             "axes": [{"name": "energyPrice", "kind": "energyPrice", "values": [0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.4, 1.5]}],
             "solve": {"steps": 3000, "seed": 1}}""";

    @TempDir
    Path dir;

    @Test
    void aKilledSweepResumesWithoutRedoingFinishedPoints() throws Exception {
        Path project = Files.writeString(dir.resolve("default.hallplan.json"), Samples.json("default"));
        Path spec = Files.writeString(dir.resolve("kill.sweep.json"), SPEC);
        Path out = dir.resolve("out");
        Path points = out.resolve(PointJournal.POINTS_DIR);

        Process child = startSweep(project, spec, out);
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
            while (pointFiles(points).size() < 2) {
                if (!child.isAlive()) {
                    fail("the sweep ended before it could be killed (exit " + child.exitValue() + "): "
                            + Files.readString(dir.resolve("child.err")));
                }
                if (System.nanoTime() > deadline) {
                    fail("no point finished in time: " + Files.readString(dir.resolve("child.err")));
                }
                Thread.sleep(20);
            }
        } finally {
            child.destroyForcibly().waitFor();
        }
        Set<Integer> before = finished(points);
        assertTrue(before.size() >= 2 && before.size() < POINTS, "killed half-way, with " + before.size() + " points written");
        Map<Integer, byte[]> content = new HashMap<>();
        Map<Integer, FileTime> written = new HashMap<>();
        for (int i : before) {
            Path f = points.resolve(String.format("point-%06d.json", i));
            content.put(i, Files.readAllBytes(f));
            written.put(i, Files.getLastModifiedTime(f));
        }

        List<Integer> evaluatedNow = new ArrayList<>();
        SweepOutcome outcome = Sweep.prepare(project, spec, out, true).run(LocalSpark.session(), new SweepListener() {
            @Override
            public void started(int total, int alreadyDone) {
                assertEquals(POINTS, total);
                assertEquals(before.size(), alreadyDone);
            }

            @Override
            public void pointDone(PointResult result) {
                evaluatedNow.add(result.point().index());
            }
        });

        assertEquals(before.size(), outcome.resumed());
        assertEquals(POINTS - before.size(), outcome.evaluated());
        Set<Integer> rest = IntStream.range(0, POINTS).boxed().filter(i -> !before.contains(i)).collect(Collectors.toSet());
        assertEquals(rest, new TreeSet<>(evaluatedNow), "only the missing points ran");
        for (int i : before) {
            Path f = points.resolve(String.format("point-%06d.json", i));
            assertArrayEquals(content.get(i), Files.readAllBytes(f), "point " + i + " was rewritten");
            assertEquals(written.get(i), Files.getLastModifiedTime(f), "point " + i + " was rewritten");
        }
        assertEquals(POINTS, LocalSpark.session().read().parquet(outcome.parquet().toString()).select("point").distinct().count());
    }

    /** {@code hallplan sweep} in its own JVM with this test's classpath and Spark's JVM flags, one core. */
    private Process startSweep(Path project, Path spec, Path out) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens") || a.startsWith("--add-exports")).forEach(cmd::add);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), SweepMain.class.getName(),
                project.toString(), "--spec", spec.toString(), "--out", out.toString(), "--master", "local[1]"));
        return new ProcessBuilder(cmd).redirectOutput(dir.resolve("child.out").toFile())
                .redirectError(dir.resolve("child.err").toFile()).start();
    }

    private static List<Path> pointFiles(Path points) throws Exception {
        if (!Files.isDirectory(points)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(points)) {
            return s.filter(p -> p.getFileName().toString().matches("point-\\d+\\.json")).toList();
        }
    }

    private static Set<Integer> finished(Path points) throws Exception {
        return pointFiles(points).stream().map(p -> Integer.parseInt(p.getFileName().toString().replaceAll("\\D", "")))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
