package dev.hallplan.app.workloads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.catalog.Precision;
import dev.hallplan.engine.project.Demand;
import dev.hallplan.engine.project.LatencySlo;
import dev.hallplan.engine.project.RequestShape;
import dev.hallplan.engine.project.Workload;
import dev.hallplan.engine.supply.HourlyProfile;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkloadFieldTest {
    static Workload chat() {
        return new Workload("chat", "Chat", "llama-3.1-70b", "vllm", List.of(), new Demand(20, HourlyProfile.constant(1)),
                new RequestShape(1000, 300), LatencySlo.llm(2, 0.2), Set.of(), Set.of(), "acme", null, Precision.FP8, 5, 0, null);
    }

    @Test
    void priorityOutsideOneToTenIsRefusedWithTheRecordsReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WorkloadField.PRIORITY.with(chat(), "11"));
        assertEquals("workload chat: priority must be within 1..10, was 11", e.getMessage());
    }

    @Test
    void textThatIsNoNumberIsRefusedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WorkloadField.PEAK_DEMAND.with(chat(), "lots"));
        assertEquals("peak demand: 'lots' is not a number", e.getMessage());
    }

    @Test
    void zeroOutputTokensAreAllowedButNegativeInputIsRefused() {
        assertEquals(0, WorkloadField.OUTPUT_TOKENS.with(chat(), "0").requestShape().outputTokens());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WorkloadField.INPUT_TOKENS.with(chat(), "-5"));
        assertTrue(e.getMessage().contains("inputTokens must be 1 or more"), e.getMessage());
    }

    @Test
    void latencyLimitsAreTypedInMillisecondsAndStoredInSeconds() {
        Workload w = WorkloadField.TPOT_MS.with(chat(), "35");
        assertEquals(0.035, w.slo().tpotSeconds(), 1e-12);
        assertEquals("35", WorkloadField.TPOT_MS.text(w));
        assertEquals(SloPreset.CUSTOM, SloPreset.of(w.slo()));
        assertEquals(0, WorkloadField.TTFT_MS.with(chat(), "none").slo().ttftSeconds());
        // one reading with the explorer (TypedNumbers.limitSeconds): blank and 0 are no limit too, negatives refused
        assertEquals(0, WorkloadField.TTFT_MS.with(chat(), "").slo().ttftSeconds());
        assertEquals(0, WorkloadField.TTFT_MS.with(chat(), "0").slo().ttftSeconds());
        assertEquals("none", WorkloadField.TTFT_MS.text(WorkloadField.TTFT_MS.with(chat(), "0")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WorkloadField.TPOT_MS.with(chat(), "-5"));
        assertEquals("TPOT limit (ms): must be 0 (no limit) or more, was -5", e.getMessage());
    }

    @Test
    void sloPresetsSetTheEstimatorsLimits() {
        Workload interactive = WorkloadField.SLO.with(chat(), SloPreset.INTERACTIVE.label());
        assertEquals(LatencySlo.llm(0.450, 0.040), interactive.slo());
        assertEquals("Chat (2 s / 200 ms)", WorkloadField.SLO.text(chat()));
        assertEquals(new LatencySlo(0, 0, 0), WorkloadField.SLO.with(chat(), SloPreset.BATCH.label()).slo());
        // Custom keeps the limits the workload has
        assertEquals(chat().slo(), WorkloadField.SLO.with(chat(), SloPreset.CUSTOM.label()).slo());
    }

    @Test
    void sloStatisticIsMeanUnlessTheUserPicksP99AndPresetsKeepTheChoice() {
        assertEquals("mean", WorkloadField.SLO_STATISTIC.text(chat()));
        Workload p99 = WorkloadField.SLO_STATISTIC.with(chat(), "p99");
        assertTrue(p99.slo().onP99());
        assertEquals(LatencySlo.llm(2, 0.2).withStatistic("p99"), p99.slo());
        assertEquals("Chat (2 s / 200 ms)", WorkloadField.SLO.text(p99), "the preset is named on either statistic");
        Workload interactive = WorkloadField.SLO.with(p99, SloPreset.INTERACTIVE.label());
        assertEquals(LatencySlo.llm(0.450, 0.040).withStatistic("p99"), interactive.slo(), "a preset keeps the p99 the user picked");
        assertTrue(WorkloadField.TTFT_MS.with(p99, "900").slo().onP99(), "a typed limit keeps the statistic");
        assertEquals(LatencySlo.llm(0.450, 0.040), WorkloadField.SLO.with(chat(), SloPreset.INTERACTIVE.label()).slo(),
                "presets on a mean SLO stay mean");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WorkloadField.SLO_STATISTIC.with(chat(), "p95"));
        assertEquals("unknown SLO statistic 'p95'; use mean or p99", e.getMessage());
    }

    @Test
    void preferredOptionReadsBackTheTextItShowsAndNoneClearsIt() {
        Workload w = WorkloadField.PREFERRED.with(chat(), "nvidia-h200-sxm fp8 tp 2");
        assertEquals(new dev.hallplan.engine.project.PreferredOption("nvidia-h200-sxm", Precision.FP8, 2), w.preferred());
        assertEquals("nvidia-h200-sxm · FP8 · TP 2", WorkloadField.PREFERRED.text(w));
        assertEquals(w.preferred(), WorkloadField.PREFERRED.with(chat(), WorkloadField.PREFERRED.text(w)).preferred());
        assertEquals(new dev.hallplan.engine.project.PreferredOption("amd-mi325x-8", null, null),
                WorkloadField.PREFERRED.with(chat(), "amd-mi325x-8").preferred());
        assertNull(WorkloadField.PREFERRED.with(w, "none").preferred());
        assertEquals("none", WorkloadField.PREFERRED.text(chat()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WorkloadField.PREFERRED.with(chat(), "h200 fp7"));
        assertTrue(e.getMessage().startsWith("unknown precision 'fp7'"), e.getMessage());
    }

    @Test
    void deferrableShareIsTypedInPercentAndAboveHundredIsRefused() {
        assertEquals(0.25, WorkloadField.DEFERRABLE_PERCENT.with(chat(), "25").deferrableShare(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> WorkloadField.DEFERRABLE_PERCENT.with(chat(), "120"));
    }

    @Test
    void listsAndPrecisionAreParsed() {
        Workload w = WorkloadField.REGIONS.with(chat(), " DE, FR ,,");
        assertEquals(Set.of("DE", "FR"), w.allowedRegions());
        assertNull(WorkloadField.MIN_PRECISION.with(chat(), "any").minPrecision());
        assertEquals(Precision.INT4, WorkloadField.MIN_PRECISION.with(chat(), "int4").minPrecision());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WorkloadField.MIN_PRECISION.with(chat(), "fp7"));
        assertTrue(e.getMessage().startsWith("unknown precision 'fp7'"), e.getMessage());
    }
}
