package dev.hallplan.engine.perf;

import dev.hallplan.catalog.Accelerator;
import dev.hallplan.catalog.CatalogLoader;
import dev.hallplan.catalog.Precision;
import dev.hallplan.catalog.ServingEngine;
import dev.hallplan.catalog.ServingEngine.Calibration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Refits the engines' calibration factors from the calibration rows alone: for each (engine,
 * accelerator family, arithmetic precision) with rows that fit "efficiency", the compute
 * efficiency at which the geometric mean of estimate / measured over those rows is 1 (bisection;
 * the estimate rises with the efficiency). Held-out rows are never read.
 */
final class CalibrationFit {
    /** A fitted key: engine, family, precision and the compute efficiency. */
    record Fitted(String engine, String family, Precision precision, double computeEfficiency) {
    }

    private CalibrationFit() {
    }

    static List<Fitted> fit(List<ValidationRows.Row> rows) {
        Map<String, List<ValidationRows.Row>> groups = new LinkedHashMap<>();
        for (ValidationRows.Row row : rows) {
            if (!row.heldOut() && row.fitsEfficiency()) {
                groups.computeIfAbsent(row.engine() + "|" + family(row) + "|" + row.precision(), k -> new ArrayList<>()).add(row);
            }
        }
        List<Fitted> out = new ArrayList<>();
        Map<String, ServingEngine> engines = ValidationTable.builtInEngines();
        for (List<ValidationRows.Row> group : groups.values()) {
            ValidationRows.Row first = group.get(0);
            ServingEngine base = engines.get(first.engine());
            double lo = 0.05;
            double hi = 1.0;
            for (int i = 0; i < 40; i++) {
                double mid = (lo + hi) / 2;
                ServingEngine e = withCalibration(base, family(first), first.precision(), mid);
                double logSum = 0;
                for (ValidationRows.Row row : group) {
                    logSum += Math.log(ValidationTable.compute(row, e).estimatePerAccelerator() / row.measuredPerAccelerator());
                }
                if (logSum > 0) {
                    hi = mid;
                } else {
                    lo = mid;
                }
            }
            out.add(new Fitted(first.engine(), family(first), first.precision(), (lo + hi) / 2));
        }
        return out;
    }

    static String family(ValidationRows.Row row) {
        Accelerator a = CatalogLoader.builtIn().accelerator(row.accelerator()).orElseThrow();
        return a.family();
    }

    /** {@code base} with its (family, precision) row's compute efficiency set to {@code efficiency}, other rows kept. */
    static ServingEngine withCalibration(ServingEngine base, String family, Precision precision, double efficiency) {
        List<Calibration> rows = new ArrayList<>();
        boolean found = false;
        for (Calibration c : base.calibrations()) {
            if (c.family().equals(family) && c.precision() == precision) {
                rows.add(new Calibration(family, precision, efficiency, c.memoryBandwidthEfficiency(), c.source(), c.note()));
                found = true;
            } else {
                rows.add(c);
            }
        }
        if (!found) {
            rows.add(new Calibration(family, precision, efficiency, 0, "refit", ""));
        }
        return new ServingEngine(base.id(), base.name(), base.memoryBandwidthEfficiency(), base.computeEfficiency(),
                base.stepOverheadSeconds(), base.runtimeReserveBytes(), base.kvCacheUtilization(), base.continuousBatching(),
                base.precisions(), base.memoryUtilization(), base.maxConcurrentSequences(), base.prefillChunkTokens(), base.kvCacheDtype(),
                base.fp8Attention(), rows, base.sources());
    }
}
