package dev.hallplan.samples.fuzz;

import dev.hallplan.engine.plan.ReplicaSizing;
import dev.hallplan.engine.project.Scenario;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Runs fuzz cases on two workers (the CI machine's two cores), each case in a fresh directory,
 * each through {@link FuzzPipeline}. A case that breaks the property, throws anything unexpected
 * or runs longer than {@link #CASE_SECONDS} stops the run; its file is kept under
 * {@code target/fuzz-findings/} with what was done to it, so it can be replayed.
 */
final class FuzzRun {
    /** No case may take longer: a hang is a finding. */
    static final int CASE_SECONDS = 60;
    private static final int WORKERS = 2;

    /** One case to run. */
    record Case(String label, byte[] bytes, Predicate<Scenario> runScenario) {
    }

    /** What a run did. */
    record Summary(String name, int cases, Map<FuzzPipeline.Outcome, Integer> outcomes, Map<FuzzPipeline.Outcome, Double> caseSeconds,
                   double seconds, double cpuSeconds) {
        @Override
        public String toString() {
            return String.format("FUZZ %s: %d cases in %.1f s wall, %.1f s CPU (load average %.1f), %s, case seconds %s, 0 findings",
                    name, cases, seconds, cpuSeconds, java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    outcomes, caseSeconds.entrySet().stream().map(e -> e.getKey() + "=" + Math.round(e.getValue())).toList());
        }
    }

    /** CPU time of this process, all threads (the solver's included). */
    private static double processCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    private FuzzRun() {
    }

    /** Runs {@code count} cases; {@code caseAt} makes case {@code i} (the same for the same {@code i}, on any thread). */
    static Summary run(String name, int count, IntFunction<Case> caseAt, ReplicaSizing sizing, Path workDir) throws Exception {
        long start = System.nanoTime();
        double cpuStart = processCpuSeconds();
        BlockingQueue<FuzzPipeline> pipelines = new ArrayBlockingQueue<>(WORKERS);
        for (int i = 0; i < WORKERS; i++) {
            pipelines.add(new FuzzPipeline(sizing));
        }
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
        long[] started = new long[count];
        double[] took = new double[count];
        List<Future<FuzzPipeline.Outcome>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            futures.add(workers.submit(() -> {
                started[index] = System.nanoTime();
                FuzzPipeline pipeline = pipelines.take();
                Path dir = Files.createDirectories(workDir.resolve("case-" + index));
                try {
                    Case c = caseAt.apply(index);
                    return pipeline.run(c.bytes(), dir, c.runScenario());
                } finally {
                    took[index] = (System.nanoTime() - started[index]) / 1e9;
                    pipelines.add(pipeline);
                    deleteTree(dir);
                }
            }));
        }
        Map<FuzzPipeline.Outcome, Integer> outcomes = new EnumMap<>(FuzzPipeline.Outcome.class);
        Map<FuzzPipeline.Outcome, Double> caseSeconds = new EnumMap<>(FuzzPipeline.Outcome.class);
        try {
            for (int i = 0; i < futures.size(); i++) {
                FuzzPipeline.Outcome o = await(futures.get(i), started, i, caseAt, name);
                outcomes.merge(o, 1, Integer::sum);
                caseSeconds.merge(o, took[i], Double::sum);
            }
        } finally {
            workers.shutdownNow();
            pipelines.forEach(FuzzPipeline::close);
        }
        return new Summary(name, count, outcomes, caseSeconds, (System.nanoTime() - start) / 1e9, processCpuSeconds() - cpuStart);
    }

    private static FuzzPipeline.Outcome await(Future<FuzzPipeline.Outcome> f, long[] started, int i, IntFunction<Case> caseAt, String name)
            throws Exception {
        while (true) {
            try {
                return f.get(1, TimeUnit.SECONDS);
            } catch (TimeoutException stillRunning) {
                if (started[i] != 0 && System.nanoTime() - started[i] > CASE_SECONDS * 1_000_000_000L) {
                    throw finding(name, i, caseAt.apply(i), new AssertionError("no result after " + CASE_SECONDS + " s: a hang"));
                }
            } catch (ExecutionException ex) {
                throw finding(name, i, caseAt.apply(i), ex.getCause());
            }
        }
    }

    private static AssertionError finding(String name, int i, Case c, Throwable cause) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "fuzz-findings"));
        Path file = dir.resolve(name + "-" + i + ".hallplan.json");
        Files.write(file, c.bytes());
        Files.writeString(dir.resolve(name + "-" + i + ".txt"), c.label() + "\n" + cause, StandardCharsets.UTF_8);
        return new AssertionError(name + " case " + i + " (" + c.label() + ") broke the property; the file is " + file.toAbsolutePath()
                + ": " + cause, cause);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
