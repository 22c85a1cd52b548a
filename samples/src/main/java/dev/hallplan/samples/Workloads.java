package dev.hallplan.samples;

import dev.hallplan.catalog.Precision;
import dev.hallplan.engine.project.Demand;
import dev.hallplan.engine.project.IsolationLevel;
import dev.hallplan.engine.project.LatencySlo;
import dev.hallplan.engine.project.RequestShape;
import dev.hallplan.engine.project.Workload;
import dev.hallplan.engine.supply.HourlyProfile;
import java.util.List;
import java.util.Set;

/** Short-hand for sample workloads: shared tenancy, FP8 floor, vLLM unless said otherwise. */
final class Workloads {
    private Workloads() {
    }

    /** An LLM workload with a TTFT/TPOT target. */
    static Workload llm(String id, String name, String model, int inputTokens, int outputTokens,
                        double ttftSeconds, double tpotSeconds, double peakRps, HourlyProfile shape, int priority) {
        return new Workload(id, name, model, "vllm", List.of(), new Demand(peakRps, shape),
                new RequestShape(inputTokens, outputTokens), LatencySlo.llm(ttftSeconds, tpotSeconds),
                Set.of(), Set.of(), "public", IsolationLevel.SHARED, Precision.FP8, priority, 0.0, "us");
    }

    /** A single-pass model (ranking, embeddings, transcription, vision) with a query latency target. */
    static Workload query(String id, String name, String model, int inputSize, double latencySeconds,
                          double peakQps, HourlyProfile shape, int priority) {
        return new Workload(id, name, model, "triton", List.of(), new Demand(peakQps, shape),
                new RequestShape(inputSize, 0), LatencySlo.query(latencySeconds),
                Set.of(), Set.of(), "public", IsolationLevel.SHARED, Precision.FP8, priority, 0.0, "us");
    }

    static Workload restrict(Workload w, Set<String> regions, Set<String> compliance, String tenant,
                             IsolationLevel isolation, String userRegion) {
        return new Workload(w.id(), w.name(), w.modelId(), w.engineId(), w.substituteModelIds(), w.demand(),
                w.requestShape(), w.slo(), regions, compliance, tenant, isolation, w.minPrecision(), w.priority(),
                w.deferrableShare(), userRegion);
    }

    static Workload deferrable(Workload w, double share) {
        return new Workload(w.id(), w.name(), w.modelId(), w.engineId(), w.substituteModelIds(), w.demand(),
                w.requestShape(), w.slo(), w.allowedRegions(), w.requiredCompliance(), w.tenant(), w.isolation(),
                w.minPrecision(), w.priority(), share, w.userRegion());
    }

    static Workload substitutes(Workload w, String... modelIds) {
        return new Workload(w.id(), w.name(), w.modelId(), w.engineId(), List.of(modelIds), w.demand(),
                w.requestShape(), w.slo(), w.allowedRegions(), w.requiredCompliance(), w.tenant(), w.isolation(),
                w.minPrecision(), w.priority(), w.deferrableShare(), w.userRegion());
    }
}
