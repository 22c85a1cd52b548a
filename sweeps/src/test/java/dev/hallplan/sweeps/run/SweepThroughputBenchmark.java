package dev.hallplan.sweeps.run;

import dev.hallplan.samples.Samples;
import dev.hallplan.sweeps.point.PointEvaluator;
import dev.hallplan.sweeps.point.PointResult;
import dev.hallplan.sweeps.spec.PointDesign;
import dev.hallplan.sweeps.spec.SpecParser;
import dev.hallplan.sweeps.spec.SweepPoint;
import dev.hallplan.sweeps.spec.SweepSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.SparkSession;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Wall time of one batch of sweep points of a shipped sample (a Latin hypercube over all five
 * axis kinds, and for the default sample its three scenarios; step-limited solves), evaluated one after another on one
 * thread without Spark, and as one Spark job (one task per point, results streamed back as in a
 * real sweep) on embedded {@code local[N]}. Every iteration draws new points (another seed), so
 * each point meets the estimator with fresh prices as in a real sweep, where no point repeats;
 * the JVM is warm, as it is a few points into a long sweep. Points per hour and the ratio follow
 * from the times. Run and figures: docs/sweeps.md.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-exports", "java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens", "java.base/java.nio=ALL-UNNAMED",
        "--add-opens", "java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens", "java.base/java.lang.invoke=ALL-UNNAMED",
        "--add-opens", "java.base/java.util=ALL-UNNAMED"})
public class SweepThroughputBenchmark {

    /** A new batch of points for every iteration. */
    @State(Scope.Benchmark)
    public static class Batch {
        @Param({"24"})
        public int points;

        @Param({"2000"})
        public int steps;

        /** A shipped sample; the default sample sweeps its three scenarios, any other its first. */
        @Param({"default"})
        public String sample;

        PointEvaluator evaluator;
        List<SweepPoint> design;
        private long seed = 100;

        @Setup(Level.Iteration)
        public void drawPoints() {
            String specJson = """
                    {"scenarios": %s,
                     "axes": [
                       {"name": "nvidiaPrice", "kind": "hardwarePrice", "vendor": "NVIDIA", "min": 0.7, "max": 1.3},
                       {"name": "energyPrice", "kind": "energyPrice", "min": 0.5, "max": 2.0},
                       {"name": "carbonPrice", "kind": "carbonPrice", "values": [0, 1, 5]},
                       {"name": "chatDemand", "kind": "demand", "workload": "chat-70b", "min": 0.8, "max": 1.4},
                       {"name": "renewables", "kind": "renewables", "min": 0.25, "max": 3.0}],
                     "sampling": {"method": "latinHypercube", "points": %d, "seed": %d},
                     "solve": {"steps": %d, "seed": 3}}""".formatted(sample.equals("default") ? "[\"H200\", \"B200\", \"MI325X\"]" : "[]",
                    points, seed++, steps);
            SweepSpec spec = SpecParser.parse(specJson, "benchmark");
            design = PointDesign.points(spec, spec.scenarios().isEmpty()
                    ? List.of(Samples.load(sample).scenarios().get(0).name()) : spec.scenarios());
            evaluator = new PointEvaluator(Samples.json(sample), sample, sample + ".hallplan.json", spec.axes(), spec.solve());
        }
    }

    /** An embedded Spark session with {@code master} for the whole run. */
    @State(Scope.Benchmark)
    public static class Spark {
        @Param({"local[1]", "local[2]"})
        public String master;

        SparkSession session;

        @Setup(Level.Trial)
        public void start() {
            session = SparkSessions.start(master);
        }

        @TearDown(Level.Trial)
        public void stop() {
            session.stop();
        }
    }

    /** Every point in turn on this thread, no Spark. */
    @Benchmark
    public List<PointResult> sequentialWithoutSpark(Batch batch) {
        List<PointResult> out = new ArrayList<>();
        for (SweepPoint p : batch.design) {
            out.add(batch.evaluator.evaluate(p));
        }
        return allPlanned(out);
    }

    /** The same points as one Spark job. */
    @Benchmark
    public List<PointResult> spark(Batch batch, Spark spark) {
        List<PointResult> out = new ArrayList<>();
        SweepRunner.run(spark.session, batch.evaluator, batch.design, out::add);
        return allPlanned(out);
    }

    /** A failed point is quick: a batch with one would time the failure, not the planning. */
    private static List<PointResult> allPlanned(List<PointResult> results) {
        results.stream().filter(PointResult::failed).findFirst().ifPresent(r -> {
            throw new IllegalStateException("point " + r.point().index() + " failed: " + r.error());
        });
        return results;
    }
}
