package dev.hallplan.app.cli;

import dev.hallplan.catalog.units.UnitFormat;
import dev.hallplan.engine.perf.Estimate;
import dev.hallplan.engine.perf.RunConditions;

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
                + UnitFormat.watts(e.acceleratorPowerWatts()) + " the accelerator, the rest its host share; "
                + UnitFormat.watts(e.replicaPowerWatts()) + " per replica)");
        printConditions(e.conditions(), e.tokensGenerated(), out);
        out.println("  assumptions:");
        e.assumptions().forEach(a -> out.println("   - " + a));
    }

    private static void printConditions(RunConditions c, boolean llm, PrintWriter out) {
        out.println("  power limit         " + UnitFormat.watts(c.powerLimitWatts()) + " per accelerator; clock "
                + UnitFormat.percent(c.prefillClockFraction()) + (llm ? " in prefill, " + UnitFormat.percent(c.decodeClockFraction())
                + " in decode" : "") + " of peak");
        if (llm) {
            out.println("  tensor link / KV    " + c.tensorLink() + " / " + c.kvCachePrecision()
                    + " cache; latencies are " + c.latencyStatistic() + "s"
                    + (c.offeredLoad() < 1 ? " under Poisson arrivals at " + UnitFormat.percent(c.offeredLoad()) + " of the batch's capacity" : ""));
        }
        out.println("  efficiencies        " + UnitFormat.percent(c.memoryEfficiency()) + " of peak bandwidth, "
                + UnitFormat.percent(c.computeEfficiency()) + " of peak compute"
                + (c.calibration() != null ? " (calibrated for " + c.calibration().family() + " " + c.calibration().precision()
                + ": " + c.calibration().source() + ")" : "") + "; step overhead " + UnitFormat.seconds(c.stepOverheadSeconds()));
    }
}
