package dev.hallplan.app.cli;

import dev.hallplan.catalog.units.UnitFormat;
import dev.hallplan.engine.perf.Estimate;

import java.io.PrintWriter;

/** Human-readable rendering, every value through {@link UnitFormat}. */
final class EstimateText {
    private EstimateText() {
    }

    static void print(Estimate e, PrintWriter out) {
        out.println(e.modelId() + " on " + e.devices() + " x " + e.acceleratorId() + " (" + e.engineId() + ", "
                + e.computePrecision() + (e.weightPrecision() != e.computePrecision() ? " with " + e.weightPrecision() + " weights" : "")
                + ", tp " + e.parallelism().tensor() + ", pp " + e.parallelism().pipeline() + ", batch " + e.batch() + ")");
        if (!e.fits()) {
            out.println("  does not fit: " + e.reason());
            out.println("  weights per device  " + UnitFormat.bytes(e.weightsBytesPerDevice()));
            return;
        }
        out.println("  bound               " + e.bound().label());
        if (e.tokensGenerated()) {
            out.println("  output tokens/s     " + UnitFormat.number(e.outputTokensPerSecond()) + "  (band "
                    + UnitFormat.number(e.low()) + " .. " + UnitFormat.number(e.high()) + "; "
                    + UnitFormat.number(e.outputTokensPerSecondPerDevice()) + " per device)");
            out.println("  requests/s          " + UnitFormat.number(e.requestsPerSecond()));
            out.println("  TTFT / TPOT         " + UnitFormat.seconds(e.ttftSeconds()) + " / " + UnitFormat.seconds(e.tpotSeconds()));
            out.println("  prefill / step      " + UnitFormat.seconds(e.prefillSeconds()) + " / " + UnitFormat.seconds(e.decodeStepSeconds()));
            out.println("  KV cache            " + UnitFormat.bytes(e.kvCacheBytes()) + " per device ("
                    + UnitFormat.bytes(e.kvCacheBytesPerToken()) + " per token), max batch " + e.maxBatch());
            if (e.expertsTouchedPerLayer() > 0) {
                out.println("  experts per layer   " + UnitFormat.number(e.expertsTouchedPerLayer()) + " read per step");
            }
            out.println("  energy              " + UnitFormat.number(e.joulesPerOutputToken()) + " J per output token");
        } else {
            out.println("  queries/s           " + UnitFormat.number(e.requestsPerSecond()) + "  (band "
                    + UnitFormat.number(e.low()) + " .. " + UnitFormat.number(e.high()) + ")");
            out.println("  query latency       " + UnitFormat.seconds(e.ttftSeconds()) + " (batch time "
                    + UnitFormat.seconds(e.prefillSeconds()) + "), max batch " + e.maxBatch());
            out.println("  energy              " + UnitFormat.number(e.joulesPerRequest()) + " J per query");
        }
        out.println("  weights per device  " + UnitFormat.bytes(e.weightsBytesPerDevice()));
        out.println("  power               " + UnitFormat.watts(e.powerWatts()) + " per accelerator ("
                + UnitFormat.watts(e.replicaPowerWatts()) + " per replica)");
        out.println("  assumptions:");
        e.assumptions().forEach(a -> out.println("   - " + a));
    }
}
