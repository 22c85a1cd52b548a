package dev.hallplan.engine.perf;

import dev.hallplan.catalog.Precision;
import dev.hallplan.catalog.ServingEngine;
import dev.hallplan.catalog.ServingEngine.Calibration;

/**
 * Achieved fractions of peak for one operating point (see docs/throughput-model.md, "Calibration"):
 * a per-call override where given, else the engine's calibration row for the accelerator's family
 * and the arithmetic precision, else the engine's own figure. Each figure is resolved on its own,
 * so overriding one leaves the other where it came from.
 *
 * @param calibration the engine's row for (family, precision), or null when none applies
 */
record Efficiencies(double memory, double compute, Calibration calibration) {

    static Efficiencies resolve(EstimateRequest r, Precision compute) {
        ServingEngine e = r.engine();
        Calibration c = find(e, r.accelerator().family(), compute);
        double memory = !Double.isNaN(r.memoryEfficiency()) ? r.memoryEfficiency()
                : c != null && c.memoryBandwidthEfficiency() > 0 ? c.memoryBandwidthEfficiency()
                : e.memoryBandwidthEfficiency();
        double arithmetic = !Double.isNaN(r.computeEfficiency()) ? r.computeEfficiency()
                : c != null ? c.computeEfficiency() : e.computeEfficiency();
        return new Efficiencies(memory, arithmetic, c);
    }

    private static Calibration find(ServingEngine e, String family, Precision compute) {
        if (family.isEmpty()) {
            return null;
        }
        for (Calibration c : e.calibrations()) {
            if (c.precision() == compute && c.family().equals(family)) {
                return c;
            }
        }
        return null;
    }
}
