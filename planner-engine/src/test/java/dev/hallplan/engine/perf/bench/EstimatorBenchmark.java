package dev.hallplan.engine.perf.bench;

import dev.hallplan.catalog.Precision;
import dev.hallplan.engine.perf.EstimateRequest;
import dev.hallplan.engine.perf.Estimate;
import dev.hallplan.engine.perf.Estimator;
import dev.hallplan.engine.perf.ModelZoo;
import dev.hallplan.engine.perf.OperatingSpace;
import dev.hallplan.engine.perf.Slo;
import dev.hallplan.engine.perf.TestHardware;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Targets (issue 3): at least 1,000,000 single-point estimates per second on one core, and the
 * SLO optimum for one (model, accelerator) in at most 1 ms. Run on one thread; see
 * docs/throughput-model.md for the command and the measured figures.
 */
@State(Scope.Thread)
@Threads(1)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class EstimatorBenchmark {
    private EstimateRequest denseLlm;
    private EstimateRequest moeLlm;
    private EstimateRequest search;
    private OperatingSpace space;

    @Setup
    public void setUp() {
        ModelZoo zoo = ModelZoo.builtIn();
        denseLlm = EstimateRequest.of(zoo.require("llama-3.1-70b"), TestHardware.h200(), TestHardware.trtLlm())
                .withPrecision(Precision.FP8).withTensorParallel(2).withTokens(2000, 500).withBatch(64);
        moeLlm = EstimateRequest.of(zoo.require("deepseek-v3"), TestHardware.b200(), TestHardware.trtLlm())
                .withPrecision(Precision.FP8).withTensorParallel(8).withTokens(2000, 500).withBatch(64);
        search = EstimateRequest.of(zoo.require("llama-3.1-70b"), TestHardware.h200(), TestHardware.trtLlm())
                .withTokens(2000, 500);
        space = OperatingSpace.full(search);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Estimate singlePointDense() {
        return Estimator.estimate(denseLlm);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Estimate singlePointMoe() {
        return Estimator.estimate(moeLlm);
    }

    /** Precision (BF16, FP8, INT8 on H200) x tp (1, 2, 4, 8) x batch (binary search) under the MLPerf server SLO. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Optional<Estimate> sloOptimum() {
        return Estimator.bestWithinSlo(search, Slo.MLPERF_SERVER, space);
    }

    /** The same space under the MLPerf server limits on p99 (Poisson arrivals): batches x arrival-rate bisection. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Optional<Estimate> sloOptimumP99() {
        return Estimator.bestWithinSlo(search, Slo.MLPERF_SERVER.onP99(), space);
    }
}
