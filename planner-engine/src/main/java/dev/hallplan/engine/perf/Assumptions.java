package dev.hallplan.engine.perf;

import java.util.ArrayList;
import java.util.List;

/** The sentences an estimate lists as what it rests on; formulas are in docs/throughput-model.md. */
final class Assumptions {
    static final String ROOFLINE = "phase time = linear layers max(weight bytes / achieved bandwidth, FLOPs / achieved peak) "
            + "+ attention max(KV bytes / achieved bandwidth, FLOPs / achieved peak) + collectives + engine step overhead";
    static final String CONTINUOUS_BATCHING = "continuous batching with chunked prefill: each request's prefill "
            + "arithmetic is added to the decode steps it joins; TTFT = prefill alone + one decode step + queueing";
    static final String STATIC_BATCHING = "static batching: a request waits on average half a batch cycle, "
            + "then for the whole batch's prefill; TTFT = cycle / 2 + max(prefill, batch x prefill arithmetic)";
    static final String KV_FULL_LENGTH = "each running request reserves KV cache for input + output tokens";
    static final String MOE_UNIFORM = "MoE routing uniform and independent: experts read per layer = E x (1 - (1 - k/E)^tokens)";
    static final String ALL_REDUCE = "tensor parallelism: two ring all-reduces of the activations per layer over one "
            + "direction of the scale-up link, 8 us latency each";
    static final String PIPELINE = "pipeline parallelism: min(batch, pp) micro-batches; stages idle when batch < pp";
    static final String POWER = "power = idle + (TDP - idle) x min(1, 0.60 u_mem + 1.00 u_compute + 0.25 u_net)";
    static final String ONE_PASS = "dynamic batching: a query waits on average half a batch, then runs with its batch "
            + "(latency = 1.5 x batch time)";
    static final String SPREAD = "one-pass model work is spread evenly over tensor x pipeline devices, "
            + "without modelling their communication";

    private Assumptions() {
    }

    static List<String> llm(EstimateRequest r, PrecisionPlan p) {
        List<String> a = new ArrayList<>(10);
        a.add(ROOFLINE);
        a.add(efficiencies(r));
        a.add(r.engine().continuousBatching() ? CONTINUOUS_BATCHING : STATIC_BATCHING);
        a.add(KV_FULL_LENGTH);
        if (r.model().isMoe()) {
            a.add(MOE_UNIFORM);
        }
        if (r.parallelism().tensor() > 1) {
            a.add(ALL_REDUCE);
        }
        if (r.parallelism().pipeline() > 1) {
            a.add(PIPELINE);
        }
        a.add(POWER);
        if (!p.note().isEmpty()) {
            a.add(p.note());
        }
        return a;
    }

    static List<String> onePass(EstimateRequest r, PrecisionPlan p) {
        List<String> a = new ArrayList<>(6);
        a.add(ROOFLINE);
        a.add(efficiencies(r));
        a.add(ONE_PASS);
        if (r.parallelism().devices() > 1) {
            a.add(SPREAD);
        }
        a.add(POWER);
        if (!p.note().isEmpty()) {
            a.add(p.note());
        }
        return a;
    }

    private static String efficiencies(EstimateRequest r) {
        boolean overridden = !Double.isNaN(r.memoryEfficiency()) || !Double.isNaN(r.computeEfficiency());
        return (overridden ? "efficiencies overridden per call, else from " : "efficiencies from the ")
                + r.engine().id() + " profile (calibration estimates)";
    }
}
