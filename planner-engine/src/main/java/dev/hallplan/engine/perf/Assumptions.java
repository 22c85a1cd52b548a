package dev.hallplan.engine.perf;

import java.util.ArrayList;
import java.util.List;

/** The sentences an estimate lists as what it rests on; formulas are in docs/throughput-model.md. */
final class Assumptions {
    static final String ROOFLINE = "phase time = linear layers max(weight bytes / achieved bandwidth, FLOPs / achieved peak) "
            + "+ attention max(KV bytes / achieved bandwidth, FLOPs / achieved peak) + collectives + engine step overhead; "
            + "each kernel group at the clock its power limit allows (dynamic power ~ clock^2)";
    static final String CONTINUOUS_BATCHING = "continuous batching with chunked prefill: each request's prefill "
            + "arithmetic is added to the decode steps it joins, in chunks of the engine's token budget; "
            + "TTFT = prefill alone + one decode step per chunk + queueing";
    static final String STATIC_BATCHING = "static batching: a request waits on average half a batch cycle, "
            + "then for the whole batch's prefill; TTFT = cycle / 2 + max(prefill, batch x prefill arithmetic)";
    static final String KV_PAGED = "paged KV cache: a running request holds input + output / 2 tokens on average";
    static final String KV_FULL_LENGTH = "each running request reserves KV cache for input + output tokens";
    static final String MOE_UNIFORM = "MoE routing uniform and independent: experts read per layer = E x (1 - (1 - k/E)^tokens)";
    static final String ALL_REDUCE = "tensor parallelism: two ring all-reduces of the activations per layer over one "
            + "direction of the tensor link (scale-up link inside its domain, else PCIe inside the host, else the NICs)";
    static final String PIPELINE = "pipeline parallelism: min(batch, pp) micro-batches; stages idle when batch < pp";
    static final String POWER = "power = idle + energy above idle / time: memory 0.60 x (TDP - idle) at full bandwidth, "
            + "arithmetic the chip's compute watts x clock^2, collectives 0.25 x (TDP - idle); at most the power limit";
    static final String ONE_PASS = "dynamic batching: a query waits on average half a batch, then runs with its batch "
            + "(latency = 1.5 x batch time)";
    static final String SPREAD = "one-pass model work is spread evenly over tensor x pipeline devices, "
            + "without modelling their communication";

    static final String PROFILE_EFFICIENCIES = "memory and compute efficiencies from the engine's calibration for the "
            + "accelerator family and precision where one exists, else the engine's own (see conditions)";
    static final String OVERRIDDEN_EFFICIENCIES = "memory and/or compute efficiency overridden per call; "
            + "the other from the engine's calibration or profile";

    /** LLM lists without a precision note, indexed by the five flags of {@link #llmIndex}; built once. */
    private static final List<List<String>> LLM_LISTS = buildLlmLists();

    private Assumptions() {
    }

    static List<String> llm(EstimateRequest r, PrecisionPlan p) {
        List<String> base = LLM_LISTS.get(llmIndex(overridden(r), r.engine().continuousBatching(), r.model().isMoe(),
                r.parallelism().tensor() > 1, r.parallelism().pipeline() > 1));
        double g = r.model().groupedGemmEfficiency();
        if (p.note().isEmpty() && g == 1) {
            return base;
        }
        List<String> a = new ArrayList<>(base);
        if (g < 1) {
            a.add(groupedGemm(g));
        }
        if (!p.note().isEmpty()) {
            a.add(p.note());
        }
        return List.copyOf(a);
    }

    /** The sentence for a model whose routed-expert GEMMs run below the dense layers' rate. */
    static String groupedGemm(double efficiency) {
        return String.format(java.util.Locale.ROOT, "routed-expert (grouped) GEMMs at %.2f of the dense layers' "
                + "calibrated arithmetic rate: small experts, measured per shape (see the model's sources)", efficiency);
    }

    static List<String> onePass(EstimateRequest r, PrecisionPlan p) {
        List<String> a = new ArrayList<>(6);
        a.add(ROOFLINE);
        a.add(overridden(r) ? OVERRIDDEN_EFFICIENCIES : PROFILE_EFFICIENCIES);
        a.add(ONE_PASS);
        if (r.parallelism().devices() > 1) {
            a.add(SPREAD);
        }
        a.add(POWER);
        if (!p.note().isEmpty()) {
            a.add(p.note());
        }
        return List.copyOf(a);
    }

    private static boolean overridden(EstimateRequest r) {
        return !Double.isNaN(r.memoryEfficiency()) || !Double.isNaN(r.computeEfficiency());
    }

    private static int llmIndex(boolean overridden, boolean continuous, boolean moe, boolean tensor, boolean pipeline) {
        return (overridden ? 1 : 0) | (continuous ? 2 : 0) | (moe ? 4 : 0) | (tensor ? 8 : 0) | (pipeline ? 16 : 0);
    }

    private static List<List<String>> buildLlmLists() {
        List<List<String>> lists = new ArrayList<>(32);
        for (int i = 0; i < 32; i++) {
            List<String> a = new ArrayList<>(9);
            a.add(ROOFLINE);
            a.add((i & 1) != 0 ? OVERRIDDEN_EFFICIENCIES : PROFILE_EFFICIENCIES);
            a.add((i & 2) != 0 ? CONTINUOUS_BATCHING : STATIC_BATCHING);
            a.add((i & 2) != 0 ? KV_PAGED : KV_FULL_LENGTH);
            if ((i & 4) != 0) {
                a.add(MOE_UNIFORM);
            }
            if ((i & 8) != 0) {
                a.add(ALL_REDUCE);
            }
            if ((i & 16) != 0) {
                a.add(PIPELINE);
            }
            a.add(POWER);
            lists.add(List.copyOf(a));
        }
        return List.copyOf(lists);
    }
}
