package dev.hallplan.app.explorer;

import dev.hallplan.catalog.Accelerator;
import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.ServerModel;
import dev.hallplan.catalog.ServingEngine;
import dev.hallplan.engine.perf.Estimate;
import dev.hallplan.engine.perf.EstimateRequest;
import dev.hallplan.engine.perf.Estimator;
import dev.hallplan.engine.perf.ModelKind;
import dev.hallplan.engine.perf.ModelSpec;
import dev.hallplan.engine.perf.ModelZoo;
import dev.hallplan.engine.perf.OperatingSpace;
import dev.hallplan.engine.perf.Parallelism;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The explorer's computation, off the UI thread: for each chip the best operating point within
 * the SLO through {@link Estimator#bestWithinSlo} over {@link OperatingSpace#full} (the search the
 * solver's sizing and {@code hallplan estimate} run), and the latency–throughput curve at that
 * point's precision and tensor degree through {@link Estimator#latencyThroughputCurve}. No formula
 * of its own. Thread-safe (the estimator is stateless).
 */
public final class ExplorerSweep {
    private ExplorerSweep() {
    }

    /** One curve per chip of {@code in}, in order. Unknown ids throw IllegalArgumentException with the id. */
    public static List<ChipCurve> run(Catalog catalog, ModelZoo zoo, ExplorerInputs in) {
        ModelSpec model = zoo.require(in.modelId());
        String engineId = in.engineId() != null ? in.engineId() : model.kind() == ModelKind.LLM ? "vllm" : "triton";
        ServingEngine engine = catalog.engine(engineId)
                .orElseThrow(() -> new IllegalArgumentException("no serving engine '" + engineId + "' in the catalog"));
        List<ChipCurve> out = new ArrayList<>();
        for (String chip : in.chipIds()) {
            out.add(curve(catalog, model, engine, chip, in));
        }
        return out;
    }

    /** The request {@code hallplan estimate --model M --accelerator A [--server S] [--precision P]} builds. */
    static EstimateRequest request(Catalog catalog, ModelSpec model, ServingEngine engine, String chipId, ExplorerInputs in) {
        Optional<ServerModel> server = catalog.server(chipId);
        String acceleratorId = server.map(ServerModel::acceleratorId).orElse(chipId);
        Accelerator accelerator = catalog.accelerator(acceleratorId).orElseThrow(() ->
                new IllegalArgumentException("no accelerator or server '" + chipId + "' in the catalog"));
        EstimateRequest r = EstimateRequest.of(model, accelerator, engine).withTokens(in.inputTokens(), in.outputTokens());
        r = server.map(r::withServer).orElse(r);
        return in.precision() == null ? r : r.withPrecision(in.precision());
    }

    private static ChipCurve curve(Catalog catalog, ModelSpec model, ServingEngine engine, String chipId, ExplorerInputs in) {
        EstimateRequest base = request(catalog, model, engine, chipId, in);
        String label = catalog.server(chipId).isPresent() ? chipId + " (server)" : chipId;
        OperatingSpace space = OperatingSpace.full(base);
        if (in.precision() != null) {
            space = space.withPrecisions(List.of(in.precision()));
        }
        Optional<Estimate> best = Estimator.bestWithinSlo(base, in.slo(), space);
        if (best.isPresent()) {
            Estimate b = best.get();
            EstimateRequest at = base.withPrecision(b.weightPrecision()).withParallelism(b.parallelism());
            return new ChipCurve(chipId, label, b, withBest(Estimator.latencyThroughputCurve(at, space.batchCap()), b), "");
        }
        // nothing meets the SLO: draw the narrowest layout that fits at the first precision searched
        for (int tp : space.tensorDegrees()) {
            EstimateRequest at = base.withPrecision(space.precisions().get(0)).withParallelism(new Parallelism(tp, 1, 1));
            List<Estimate> points = Estimator.latencyThroughputCurve(at, space.batchCap());
            if (!points.isEmpty()) {
                return new ChipCurve(chipId, label, null, points, "no operating point meets the SLO");
            }
        }
        Estimate one = Estimator.estimate(base.withParallelism(new Parallelism(base.hostDeviceCount(), 1, 1)).withBatch(1));
        return new ChipCurve(chipId, label, null, List.of(), one.fits() ? "no operating point meets the SLO" : one.reason());
    }

    /** The sweep with the best point put in its place by batch (the curve passes through the mark). */
    private static List<Estimate> withBest(List<Estimate> curve, Estimate best) {
        List<Estimate> out = new ArrayList<>(curve.stream().filter(e -> e.batch() != best.batch()).toList());
        out.add(best);
        out.sort(Comparator.comparingInt(Estimate::batch));
        return out;
    }
}
