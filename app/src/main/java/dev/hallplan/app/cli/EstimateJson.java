package dev.hallplan.app.cli;

import dev.hallplan.engine.perf.Estimate;
import dev.hallplan.engine.perf.RunConditions;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The {@code estimate --json} object: SI values under unit-carrying names, as issue 3 lists them. */
final class EstimateJson {
    private EstimateJson() {
    }

    static Map<String, Object> of(Estimate e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fits", e.fits());
        if (!e.fits()) {
            m.put("reason", e.reason());
        }
        m.put("model", e.modelId());
        m.put("kind", e.kind().name());
        m.put("accelerator", e.acceleratorId());
        m.put("engine", e.engineId());
        m.put("precision", e.computePrecision().name().toLowerCase(Locale.ROOT));
        m.put("weightPrecision", e.weightPrecision().name().toLowerCase(Locale.ROOT));
        m.put("tp", e.parallelism().tensor());
        m.put("pp", e.parallelism().pipeline());
        m.put("devices", e.devices());
        m.put("bound", e.bound().label());
        m.put("batch", e.batch());
        m.put("maxBatch", e.maxBatch());
        m.put("inputTokens", e.inputTokens());
        m.put("outputTokens", e.outputTokens());
        m.put("contextTokens", e.contextTokens());
        m.put("prefillSeconds", e.prefillSeconds());
        m.put("decodeStepSeconds", e.decodeStepSeconds());
        m.put("ttftSeconds", e.ttftSeconds());
        m.put("tpotSeconds", e.tpotSeconds());
        m.put("endToEndSeconds", e.endToEndSeconds());
        m.put("outputTokensPerSecond", e.outputTokensPerSecond());
        m.put("outputTokensPerSecondPerDevice", e.outputTokensPerSecondPerDevice());
        m.put("requestsPerSecond", e.requestsPerSecond());
        m.put("weightsBytesPerDevice", e.weightsBytesPerDevice());
        m.put("kvCacheBytesPerToken", e.kvCacheBytesPerToken());
        m.put("kvCacheBytes", e.kvCacheBytes());
        m.put("expertsTouchedPerLayer", e.expertsTouchedPerLayer());
        m.put("acceleratorPowerWatts", e.acceleratorPowerWatts());
        m.put("powerWatts", e.powerWatts());
        m.put("joulesPerOutputToken", e.joulesPerOutputToken());
        m.put("joulesPerRequest", e.joulesPerRequest());
        m.put("low", e.low());
        m.put("high", e.high());
        m.put("assumptions", e.assumptions());
        m.put("conditions", conditions(e.conditions()));
        return m;
    }

    /** Power limit, clocks, tensor link, KV format, efficiencies and where they came from, latency statistic. */
    private static Map<String, Object> conditions(RunConditions c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("powerLimitWatts", c.powerLimitWatts());
        m.put("prefillClockFraction", c.prefillClockFraction());
        m.put("decodeClockFraction", c.decodeClockFraction());
        m.put("tensorLink", c.tensorLink());
        m.put("kvCachePrecision", c.kvCachePrecision() == null ? null : c.kvCachePrecision().name().toLowerCase(Locale.ROOT));
        m.put("memoryEfficiency", c.memoryEfficiency());
        m.put("computeEfficiency", c.computeEfficiency());
        if (c.calibration() != null) {
            Map<String, Object> cal = new LinkedHashMap<>();
            cal.put("family", c.calibration().family());
            cal.put("precision", c.calibration().precision().name().toLowerCase(Locale.ROOT));
            cal.put("source", c.calibration().source());
            m.put("calibration", cal);
        }
        m.put("stepOverheadSeconds", c.stepOverheadSeconds());
        m.put("latencyStatistic", c.latencyStatistic());
        m.put("offeredLoad", c.offeredLoad());
        return m;
    }
}
