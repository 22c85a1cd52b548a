package dev.hallplan.engine.perf;

import dev.hallplan.catalog.Accelerator;
import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.CatalogLoader;
import dev.hallplan.catalog.ServerModel;
import dev.hallplan.catalog.ServingEngine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Estimates every validation row the way {@code hallplan estimate} does with the row's options
 * (model, accelerator, server, engine, precision, tensor and pipeline degree, KV format, sequence
 * cap, power cap, tokens; no SLO: the offline maximum) and compares with the measurement.
 */
final class ValidationTable {
    private static final Catalog CATALOG = CatalogLoader.builtIn();
    private static final ModelZoo ZOO = ModelZoo.builtIn();

    /** One row's outcome: estimate per accelerator (0 when refused), its band, error = estimate / measured - 1. */
    record Result(ValidationRows.Row row, Estimate estimate, double estimatePerAccelerator, double lowPerAccelerator,
                  double highPerAccelerator) {
        double error() {
            return estimatePerAccelerator / row.measuredPerAccelerator() - 1;
        }

        /** Measured / estimated - 1: where the measurement lies relative to the estimate. */
        double ratioMinusOne() {
            return row.measuredPerAccelerator() / estimatePerAccelerator - 1;
        }

        boolean refused() {
            return estimate == null;
        }

        boolean measuredInsideBand() {
            double m = row.measuredPerAccelerator();
            return !refused() && m >= lowPerAccelerator && m <= highPerAccelerator;
        }
    }

    private ValidationTable() {
    }

    static List<Result> compute(List<ValidationRows.Row> rows) {
        return compute(rows, id -> CATALOG.engine(id).orElseThrow());
    }

    /** The rows estimated with engine profiles from {@code engines} (to refit calibrations). */
    static List<Result> compute(List<ValidationRows.Row> rows, Function<String, ServingEngine> engines) {
        List<Result> out = new ArrayList<>();
        for (ValidationRows.Row row : rows) {
            out.add(compute(row, engines.apply(row.engine())));
        }
        return out;
    }

    static Result compute(ValidationRows.Row row, ServingEngine engine) {
        EstimateRequest r = request(row, engine);
        List<Integer> tps = row.tensorParallel() != null ? List.of(row.tensorParallel())
                : OperatingSpace.tensorDegreesUpTo(r.hostDeviceCount());
        OperatingSpace space = new OperatingSpace(List.of(row.precision()), tps, r.effectiveMaxConcurrentSequences());
        Estimate e = Estimator.bestWithinSlo(r, Slo.NONE, space).orElse(null);
        if (e == null) {
            return new Result(row, null, 0, 0, 0);
        }
        int d = e.devices();
        return new Result(row, e, e.primaryRate() / d, e.low() / d, e.high() / d);
    }

    /** {estimated system watts with the power server's host share, accelerators alone} for a row with measured power. */
    static double[] systemWatts(ValidationRows.Row row) {
        ServingEngine engine = CATALOG.engine(row.engine()).orElseThrow();
        EstimateRequest r = request(row, engine).withServer(CATALOG.server(row.powerServer()).orElseThrow());
        OperatingSpace space = new OperatingSpace(List.of(row.precision()), List.of(row.tensorParallel()),
                r.effectiveMaxConcurrentSequences());
        Estimate e = Estimator.bestWithinSlo(r, Slo.NONE, space).orElseThrow();
        return new double[]{e.powerWatts() * row.accelerators(), e.acceleratorPowerWatts() * row.accelerators()};
    }

    static EstimateRequest request(ValidationRows.Row row, ServingEngine engine) {
        Accelerator a = CATALOG.accelerator(row.accelerator()).orElseThrow();
        ServerModel server = row.server() == null ? null : CATALOG.server(row.server()).orElseThrow();
        int tp = row.tensorParallel() == null ? 1 : row.tensorParallel();
        return EstimateRequest.of(ZOO.require(row.model()), a, engine)
                .withServer(server)
                .withPrecision(row.precision())
                .withParallelism(new Parallelism(tp, row.pipelineParallel(), 1))
                .withTokens(row.inputTokens(), row.outputTokens())
                .withKvCacheDtype(row.kvCacheDtype())
                .withMaxConcurrentSequences(row.maxConcurrentSequences())
                .withPrefillChunkTokens(row.prefillChunkTokens())
                .withPowerCap(row.powerCapWatts() == null ? Double.NaN : row.powerCapWatts());
    }

    static Map<String, ServingEngine> builtInEngines() {
        Map<String, ServingEngine> m = new java.util.LinkedHashMap<>();
        CATALOG.engines().forEach(e -> m.put(e.id(), e));
        return m;
    }
}
