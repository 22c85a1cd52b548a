package dev.hallplan.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.hallplan.catalog.Accelerator;
import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.Precision;
import dev.hallplan.catalog.units.UnitFormat;
import dev.hallplan.engine.perf.Estimate;
import dev.hallplan.engine.perf.EstimateRequest;
import dev.hallplan.engine.perf.Estimator;
import dev.hallplan.engine.perf.ModelKind;
import dev.hallplan.engine.perf.ModelSpec;
import dev.hallplan.engine.perf.ModelZoo;
import dev.hallplan.engine.perf.OperatingSpace;
import dev.hallplan.engine.perf.Parallelism;
import dev.hallplan.engine.perf.Slo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code hallplan estimate}: throughput, latency, memory and power of one model on one
 * accelerator. With {@code --batch} it reports that operating point; otherwise the best point
 * (precision x tensor degree x batch) within the SLO limits, or without limits the offline
 * maximum. Exit codes: 0 fits, 2 bad input, 3 does not fit or nothing meets the SLO.
 */
@Command(name = "estimate",
        mixinStandardHelpOptions = true,
        description = {"Estimate tokens/s (or queries/s), latency, memory and power of a model on an accelerator.",
                "With --batch: that operating point. Otherwise: the best point within --slo-ttft-ms/--slo-tpot-ms "
                        + "(offline maximum when no limit is given). Formulas: docs/throughput-model.md."},
        footerHeading = "%nExamples:%n",
        footer = {"  hallplan estimate --model llama-3.1-70b --accelerator nvidia-h100-sxm \\",
                "      --precision fp8 --slo-ttft-ms 2000 --slo-tpot-ms 200",
                "  hallplan estimate --model llama-3.1-8b --accelerator nvidia-l40s \\",
                "      --batch 32 --json",
                "  hallplan estimate --model bert-large --accelerator nvidia-l4 \\",
                "      --slo-ttft-ms 20"})
public final class EstimateCommand implements Callable<Integer> {
    static final int DOES_NOT_FIT = 3;
    /** Option ranges, the same as the project file's (docs/reliability.md): a day, a 576-accelerator domain, 10 M tokens. */
    static final double MAX_SLO_MS = 86_400_000;
    static final int MAX_ACCELERATORS = 576;
    static final int MAX_BATCH = 1_000_000;
    static final int MAX_TOKENS = 10_000_000;
    /** Above five times the largest accelerator TDP in the catalog (18.4 kW, a wafer-scale system); a step of a minute is no serving engine. */
    static final double MAX_POWER_CAP_WATTS = 100_000;
    static final double MAX_STEP_OVERHEAD_MS = 60_000;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--model", required = true, description = "model id (hallplan models list)")
    String modelId;
    @Option(names = "--accelerator", required = true, description = "accelerator id (hallplan catalog list)")
    String acceleratorId;
    @Option(names = "--server", description = "server id; its scale-up domain and size decide which link tensor parallelism uses, and it adds host power")
    String serverId;
    @Option(names = "--engine", description = "serving engine id (default: vllm for LLMs, triton for one-pass models)")
    String engineId;
    @Option(names = "--precision", description = "bf16|fp16|fp8|int8|int4|fp4 (default: searched; bf16 with --batch)")
    String precision;
    @Option(names = "--weight-only", description = "store weights in --precision, compute in BF16 (e.g. INT4 AWQ)")
    boolean weightOnly;
    @Option(names = "--tp", description = "tensor-parallel degree (default: searched up to the server's or host's devices, beyond the scale-up domain over PCIe; 1 with --batch)")
    Integer tp;
    @Option(names = "--pp", defaultValue = "1", description = "pipeline stages (default ${DEFAULT-VALUE})")
    int pp;
    @Option(names = "--batch", description = "concurrent requests (LLM) or queries per batch")
    Integer batch;
    @Option(names = "--context", defaultValue = "0", description = "KV tokens a decode step reads (default input + output / 2)")
    int context;
    @Option(names = "--input-tokens", defaultValue = "1024", description = "prompt tokens per request (default ${DEFAULT-VALUE})")
    int inputTokens;
    @Option(names = "--output-tokens", defaultValue = "256", description = "generated tokens per request (default ${DEFAULT-VALUE})")
    int outputTokens;
    @Option(names = "--slo-ttft-ms", description = "time-to-first-token limit (query latency for one-pass models), ms")
    Double sloTtftMs;
    @Option(names = "--slo-tpot-ms", description = "time-per-output-token limit, ms")
    Double sloTpotMs;
    @Option(names = "--mem-efficiency", description = "achieved fraction of peak memory bandwidth, above 0 and at most 1 (overrides the calibration / engine profile)")
    Double memEfficiency;
    @Option(names = "--compute-efficiency", description = "achieved fraction of dense peak FLOP/s at the power-limited clock, above 0 and at most 1 (overrides the calibration / engine profile)")
    Double computeEfficiency;
    @Option(names = "--power-cap-watts", description = "power limit of each accelerator, W (default its TDP); arithmetic clocks fall to stay within it")
    Double powerCapWatts;
    @Option(names = "--step-overhead-ms", description = "fixed cost of each engine step, ms (overrides the engine profile)")
    Double stepOverheadMs;
    @Option(names = "--kv-dtype", description = "KV-cache format: fp8|bf16|fp16 (default: the engine's, e.g. vLLM keeps 16 bits)")
    String kvDtype;
    @Option(names = "--max-concurrent-sequences", description = "cap on running sequences (overrides the engine's, e.g. vLLM max_num_seqs)")
    Integer maxConcurrentSequences;
    @Option(names = "--json", description = "print one JSON object")
    boolean json;
    @CommandLine.Mixin
    UserCatalogOption userCatalog = new UserCatalogOption();

    private final Supplier<Catalog> catalog;
    private final Supplier<ModelZoo> zoo;

    /**
     * The built-in catalog (plus any {@code --catalog} files) and the built-in model zoo, both
     * loaded only when the command runs (picocli builds every command on each start).
     */
    public EstimateCommand() {
        this(null, ModelZoo::builtIn);
    }

    /** @param catalog the catalog to use, or null for the built-in one with the {@code --catalog} files */
    EstimateCommand(Supplier<Catalog> catalog, ModelZoo zoo) {
        this(catalog, () -> zoo);
    }

    private EstimateCommand(Supplier<Catalog> catalog, Supplier<ModelZoo> zoo) {
        this.catalog = catalog;
        this.zoo = zoo;
    }

    @Override
    public Integer call() throws Exception {
        checkRanges();
        ModelSpec model = zoo.get().require(modelId);
        HardwareLookup hw = new HardwareLookup(catalog != null ? catalog.get() : userCatalog.load());
        Accelerator accelerator = hw.accelerator(acceleratorId);
        String engine = engineId != null ? engineId : model.kind() == ModelKind.LLM ? "vllm" : "triton";
        EstimateRequest r = new EstimateRequest(model, accelerator, hw.engine(engine),
                serverId == null ? null : hw.server(serverId), precision == null ? Precision.BF16 : parsePrecision(precision),
                weightOnly, new Parallelism(tp == null ? 1 : tp, pp, 1), inputTokens, outputTokens,
                batch == null ? 1 : batch, context, memEfficiency == null ? Double.NaN : memEfficiency,
                computeEfficiency == null ? Double.NaN : computeEfficiency,
                powerCapWatts == null ? Double.NaN : powerCapWatts,
                stepOverheadMs == null ? Double.NaN : stepOverheadMs / 1000,
                kvDtype == null ? null : parsePrecision(kvDtype),
                maxConcurrentSequences == null ? 0 : maxConcurrentSequences);
        Optional<Estimate> result = batch != null ? Optional.of(Estimator.estimate(r)) : best(r);
        PrintWriter out = spec.commandLine().getOut();
        if (result.isEmpty()) {
            String why = whyNothing(r);
            if (json) {
                out.println(new ObjectMapper().writeValueAsString(java.util.Map.of("fits", false, "reason", why)));
            }
            spec.commandLine().getErr().println("hallplan: no operating point of " + model.id() + " on "
                    + accelerator.id() + " fits in memory and meets the SLO: " + why);
            return DOES_NOT_FIT;
        }
        Estimate e = result.get();
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(EstimateJson.of(e)));
        } else {
            EstimateText.print(e, out);
        }
        if (!e.fits()) {
            spec.commandLine().getErr().println("hallplan: does not fit: " + e.reason());
            return DOES_NOT_FIT;
        }
        return 0;
    }

    /** Every numeric option within its documented range (docs/reliability.md), before any work. */
    private void checkRanges() {
        if (memEfficiency != null) {
            OptionRanges.within("--mem-efficiency", memEfficiency, 0, true, 1);
        }
        if (computeEfficiency != null) {
            OptionRanges.within("--compute-efficiency", computeEfficiency, 0, true, 1);
        }
        if (sloTtftMs != null) {
            OptionRanges.within("--slo-ttft-ms", sloTtftMs, 0, true, MAX_SLO_MS);
        }
        if (sloTpotMs != null) {
            OptionRanges.within("--slo-tpot-ms", sloTpotMs, 0, true, MAX_SLO_MS);
        }
        if (tp != null) {
            OptionRanges.within("--tp", tp, 1, MAX_ACCELERATORS);
        }
        OptionRanges.within("--pp", pp, 1, MAX_ACCELERATORS);
        if (batch != null) {
            OptionRanges.within("--batch", batch, 1, MAX_BATCH);
        }
        OptionRanges.within("--context", context, 0, MAX_TOKENS);
        if (powerCapWatts != null) {
            OptionRanges.within("--power-cap-watts", powerCapWatts, 0, true, MAX_POWER_CAP_WATTS);
        }
        if (stepOverheadMs != null) {
            OptionRanges.within("--step-overhead-ms", stepOverheadMs, 0, false, MAX_STEP_OVERHEAD_MS);
        }
        if (maxConcurrentSequences != null) {
            OptionRanges.within("--max-concurrent-sequences", maxConcurrentSequences, 1, MAX_BATCH);
        }
        OptionRanges.within("--input-tokens", inputTokens, 1, MAX_TOKENS);
        OptionRanges.within("--output-tokens", outputTokens, 0, MAX_TOKENS);
    }

    private Optional<Estimate> best(EstimateRequest r) {
        Slo slo = new Slo(sloTtftMs == null ? Double.POSITIVE_INFINITY : sloTtftMs / 1000,
                sloTpotMs == null ? Double.POSITIVE_INFINITY : sloTpotMs / 1000);
        OperatingSpace space = OperatingSpace.full(r);
        if (precision != null) {
            space = space.withPrecisions(List.of(r.precision()));
        }
        if (tp != null) {
            space = space.withTensorDegrees(List.of(tp));
        }
        return Estimator.bestWithinSlo(r, slo, space);
    }

    /** The reason at batch 1 with the largest allowed tensor degree, the most favourable point for fitting. */
    private String whyNothing(EstimateRequest r) {
        int widest = tp != null ? tp : r.hostDeviceCount();
        Estimate one = Estimator.estimate(r.withParallelism(new Parallelism(widest, pp, 1)).withBatch(1));
        if (!one.fits()) {
            return one.reason();
        }
        return "even batch 1 at tp " + widest + " takes TTFT " + UnitFormat.seconds(one.ttftSeconds())
                + (one.tokensGenerated() ? ", TPOT " + UnitFormat.seconds(one.tpotSeconds()) : "");
    }

    static Precision parsePrecision(String text) {
        try {
            return Precision.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("unknown precision '" + text + "'; use bf16, fp16, fp8, int8, int4 or fp4");
        }
    }
}
