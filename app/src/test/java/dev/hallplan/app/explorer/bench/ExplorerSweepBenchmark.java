package dev.hallplan.app.explorer.bench;

import dev.hallplan.app.explorer.ChipCurve;
import dev.hallplan.app.explorer.ExplorerInputs;
import dev.hallplan.app.explorer.ExplorerSweep;
import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.CatalogLoader;
import dev.hallplan.catalog.Precision;
import dev.hallplan.engine.perf.ModelZoo;
import dev.hallplan.engine.perf.Slo;
import dev.hallplan.reports.charts.LatencyThroughputDataset.Latency;
import java.util.List;
import java.util.concurrent.TimeUnit;
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

/**
 * Target (issue 12): the explorer's curves for four chips appear within 200 ms. Measures the
 * computation behind them ({@link ExplorerSweep#run}: best point within the SLO plus the batch
 * sweep, per chip) on one thread; command and figures in docs/throughput-model.md.
 */
@State(Scope.Thread)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExplorerSweepBenchmark {
    private static final List<String> FOUR = List.of("nvidia-h100-sxm", "nvidia-h200-sxm", "nvidia-b200", "amd-mi325x");
    private Catalog catalog;
    private ModelZoo zoo;
    private ExplorerInputs fp8;
    private ExplorerInputs searched;
    private ExplorerInputs servers;

    @Setup
    public void setUp() {
        catalog = CatalogLoader.builtIn();
        zoo = ModelZoo.builtIn();
        fp8 = new ExplorerInputs("llama-3.1-70b", FOUR, null, Precision.FP8, 1024, 256, Slo.MLPERF_SERVER, Latency.TPOT);
        searched = new ExplorerInputs("llama-3.1-70b", FOUR, null, null, 1024, 256, Slo.MLPERF_SERVER, Latency.TPOT);
        servers = new ExplorerInputs("llama-3.1-405b", List.of("nvidia-hgx-h200-8", "nvidia-dgx-b200-8", "amd-mi325x-8",
                "nvidia-gb200-nvl72"), null, null, 2000, 500, Slo.INTERACTIVE, Latency.TPOT);
    }

    /** The explorer's default: Llama 3.1 70B, FP8, chat SLO, four accelerators. */
    @Benchmark
    public List<ChipCurve> fourChipsOnePrecision() {
        return ExplorerSweep.run(catalog, zoo, fp8);
    }

    /** Every precision each chip and vLLM run searched. */
    @Benchmark
    public List<ChipCurve> fourChipsPrecisionsSearched() {
        return ExplorerSweep.run(catalog, zoo, searched);
    }

    /** Llama 3.1 405B on four servers (tensor degrees up to 8, and up to 72 on the NVL72), precisions searched. */
    @Benchmark
    public List<ChipCurve> fourServersLargeModel() {
        return ExplorerSweep.run(catalog, zoo, servers);
    }
}
