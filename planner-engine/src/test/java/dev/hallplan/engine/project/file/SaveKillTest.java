package dev.hallplan.engine.project.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.engine.project.Fixtures;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.MountedEquipment;
import dev.hallplan.engine.project.PlacedRack;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Row;
import dev.hallplan.engine.project.Scenario;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM saves a large project (about 2 MB) over and over and is killed (SIGKILL) at a random
 * moment within two saves, 20 times: the target always holds the old or the new complete file,
 * never a mix or a truncated one, and the next save removes the temporary file a kill left behind
 * (issue 15).
 */
class SaveKillTest {
    private static final int TRIALS = 20;

    @TempDir
    Path dir;

    /**
     * The child: writes the saved text of variants B and A in turn until killed, one line on stdout
     * after each save. It writes pre-rendered text through {@link AtomicFiles}, exactly what
     * {@link ProjectFiles#save} does after rendering, so that kills land in writing, syncing and
     * renaming rather than in rendering (which touches no file).
     */
    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        byte[] a = Files.readAllBytes(Path.of(args[1]));
        byte[] b = Files.readAllBytes(Path.of(args[2]));
        System.out.println("ready");
        System.out.flush();
        for (int i = 1; ; i++) {
            AtomicFiles.write(target, i % 2 == 0 ? a : b);
            System.out.println("saved");
            System.out.flush();
        }
    }

    /** The fixture project grown to 100 rows of 30 racks with 4 servers each (12,000 servers, about 2 MB of JSON). */
    static Project big(String variant) {
        Project p = Fixtures.project();
        Scenario s = p.scenarios().get(0);
        Hall hall = s.halls().get(0);
        PlacedRack template = hall.rows().get(0).racks().get(0);
        Row rowTemplate = hall.rows().get(0);
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < 100; r++) {
            List<PlacedRack> racks = new ArrayList<>();
            for (int k = 0; k < 30; k++) {
                String rackId = "R" + r + "-" + k;
                List<MountedEquipment> servers = new ArrayList<>();
                for (int e = 0; e < 4; e++) {
                    servers.add(new MountedEquipment(rackId + "-s" + e, template.equipment().get(0).catalogId(), 1 + 8 * e));
                }
                racks.add(new PlacedRack(rackId, k, template.rackTypeId(), template.feeds(), servers));
            }
            rows.add(new Row("R" + r, 30, rowTemplate.pitchMeters(), rowTemplate.cooling(), racks));
        }
        Scenario grown = s.withHalls(List.of(hall.withRows(rows))).withPlan(null);
        return new Project(p.formatVersion(), "Big project " + variant, p.description(), List.of(grown));
    }

    @Test
    void aSaveKilledAtARandomMomentLeavesTheOldOrTheNewCompleteFile() throws Exception {
        byte[] a = ProjectFiles.toJson(big("A")).getBytes(StandardCharsets.UTF_8);
        byte[] b = ProjectFiles.toJson(big("B")).getBytes(StandardCharsets.UTF_8);
        Path textA = Files.write(dir.resolve("a.json"), a);
        Path textB = Files.write(dir.resolve("b.json"), b);
        String java = ProcessHandle.current().info().command().orElse("java");
        Random random = new Random(15);
        int leftStrays = 0;
        int endedWithB = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            Path trialDir = Files.createDirectories(dir.resolve("trial-" + trial));
            Path target = Files.write(trialDir.resolve("big.hallplan.json"), a); // the old file
            Process child = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                    SaveKillTest.class.getName(), target.toString(), textA.toString(), textB.toString()).redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("ready", out.readLine(), "the child started");
            long readyNanos = System.nanoTime();
            assertEquals("saved", out.readLine(), "the child saved once");
            // kill within the next two saves, at a random point of writing, syncing or renaming
            long oneSaveMillis = Math.max(1, (System.nanoTime() - readyNanos) / 1_000_000);
            AtomicInteger saves = new AtomicInteger(1);
            Thread reader = new Thread(() -> out.lines().forEach(l -> saves.incrementAndGet()));
            reader.setDaemon(true);
            reader.start();
            Thread.sleep(random.nextInt((int) Math.min(Integer.MAX_VALUE, 2 * oneSaveMillis)));
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no finally
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            byte[] now = Files.readAllBytes(target);
            assertTrue(Arrays.equals(now, a) || Arrays.equals(now, b),
                    "trial " + trial + " after " + saves.get() + " saves: " + now.length + " bytes, neither the old nor the new file");
            endedWithB += Arrays.equals(now, b) ? 1 : 0;
            leftStrays += temporaryFiles(trialDir);
            AtomicFiles.write(target, a);
            assertEquals(0, temporaryFiles(trialDir), "the next save removes what a kill left behind");
        }
        // a temporary file left behind means the kill came between creating it and the rename: mid-save
        System.err.printf("KILL %d trials: the file held variant A %d times and B %d times; %d kills came mid-save and left a "
                + "temporary file that the next save removed%n", TRIALS, TRIALS - endedWithB, endedWithB, leftStrays);
    }

    private static int temporaryFiles(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return (int) s.filter(p -> p.getFileName().toString().endsWith(".tmp")).count();
        }
    }
}
