package dev.hallplan.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EstimateCommandTest {
    private static JsonNode json(CliRun run) throws Exception {
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void jsonAtABatchCarriesEveryFieldTheIssueLists() throws Exception {
        CliRun run = CliRun.estimate("--model", "llama-3.1-8b", "--accelerator", "nvidia-h100-sxm", "--batch", "16",
                "--precision", "fp8", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode j = json(run);
        for (String field : List.of("fits", "bound", "prefillSeconds", "decodeStepSeconds", "ttftSeconds", "tpotSeconds",
                "batch", "outputTokensPerSecond", "requestsPerSecond", "weightsBytesPerDevice", "kvCacheBytes",
                "powerWatts", "joulesPerOutputToken", "expertsTouchedPerLayer", "low", "high", "assumptions")) {
            assertTrue(j.has(field), field);
        }
        assertTrue(j.get("fits").asBoolean());
        assertEquals(16, j.get("batch").asInt());
        assertEquals("fp8", j.get("precision").asText());
        // 8.03e9 parameters x 1 byte
        assertEquals(8.03e9, j.get("weightsBytesPerDevice").asDouble(), 1);
        assertTrue(j.get("low").asDouble() < j.get("outputTokensPerSecond").asDouble());
    }

    @Test
    void withSloLimitsAndNoBatchReportsTheBestPointWithinThem() throws Exception {
        CliRun run = CliRun.estimate("--model", "llama-3.1-70b", "--accelerator", "nvidia-h100-sxm",
                "--slo-ttft-ms", "450", "--slo-tpot-ms", "40", "--input-tokens", "2000", "--output-tokens", "300", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode j = json(run);
        assertTrue(j.get("ttftSeconds").asDouble() <= 0.450);
        assertTrue(j.get("tpotSeconds").asDouble() <= 0.040);
        assertTrue(j.get("batch").asInt() >= 1);
    }

    @Test
    void moeReportsExpertsTouched() throws Exception {
        CliRun run = CliRun.estimate("--model", "mixtral-8x7b", "--accelerator", "nvidia-h100-sxm", "--batch", "1",
                "--precision", "fp8", "--json");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(2.0, json(run).get("expertsTouchedPerLayer").asDouble(), 1e-9);
    }

    @Test
    void textOutputNamesBoundPowerAndAssumptions() {
        CliRun run = CliRun.estimate("--model", "bert-large", "--accelerator", "nvidia-h100-sxm", "--batch", "8");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("queries/s"), run.out());
        assertTrue(run.out().contains("assumptions"), run.out());
    }

    @Test
    void unknownModelExitsTwoNamingCloseIds() {
        CliRun run = CliRun.estimate("--model", "llama-70b", "--accelerator", "nvidia-h100-sxm", "--batch", "1");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("'llama-70b'") && run.err().contains("llama"), run.err());
    }

    @Test
    void unknownAcceleratorExitsTwo() {
        CliRun run = CliRun.estimate("--model", "llama-3.1-8b", "--accelerator", "nvidia-h100", "--batch", "1");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("unknown accelerator id 'nvidia-h100'"), run.err());
        assertTrue(run.err().contains("nvidia-h100-sxm"), run.err());
    }

    @Test
    void zeroBatchExitsTwo() {
        CliRun run = CliRun.estimate("--model", "llama-3.1-8b", "--accelerator", "nvidia-h100-sxm", "--batch", "0");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("batch"), run.err());
    }

    @Test
    void unknownPrecisionExitsTwo() {
        CliRun run = CliRun.estimate("--model", "llama-3.1-8b", "--accelerator", "nvidia-h100-sxm", "--precision", "fp6");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("fp6"), run.err());
    }

    @Test
    void modelTooLargeForOneDeviceExitsThreeWithReason() throws Exception {
        CliRun run = CliRun.estimate("--model", "llama-3.1-405b", "--accelerator", "nvidia-h100-sxm", "--batch", "1",
                "--tp", "1", "--json");
        assertEquals(EstimateCommand.DOES_NOT_FIT, run.exitCode());
        assertFalse(json(run).get("fits").asBoolean());
        assertTrue(run.err().contains("does not fit"), run.err());
    }

    @Test
    void impossibleSloExitsThree() {
        CliRun run = CliRun.estimate("--model", "llama-3.1-70b", "--accelerator", "nvidia-h100-sxm",
                "--slo-ttft-ms", "1", "--slo-tpot-ms", "1");
        assertEquals(EstimateCommand.DOES_NOT_FIT, run.exitCode());
        assertTrue(run.err().contains("meets the SLO") && run.err().contains("even batch 1"), run.err());
    }

    @Test
    void tensorDegreeBeyondTheHostRunsOverTheScaleOutNetwork() throws Exception {
        CliRun run = CliRun.estimate("--model", "llama-3.1-70b", "--accelerator", "nvidia-h100-sxm", "--tp", "16", "--json");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("scale-out network", json(run).get("conditions").get("tensorLink").asText());
    }

    @Test
    void l40sTensorParallelFourOverPcieEstimatesInsteadOfBeingRefused() throws Exception {
        CliRun run = CliRun.of(new HallPlanCommand(), "estimate", "--model", "llama-2-70b", "--accelerator", "nvidia-l40s",
                "--server", "nvidia-l40s-4", "--engine", "tensorrt-llm", "--precision", "fp8", "--tp", "4",
                "--input-tokens", "300", "--output-tokens", "290", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode j = json(run);
        assertEquals(4, j.get("tp").asInt());
        assertEquals("PCIe Gen4 x16", j.get("conditions").get("tensorLink").asText());
        assertTrue(j.get("outputTokensPerSecond").asDouble() > 0);
    }

    @Test
    void powerCapLowersClockThroughputAndPower() throws Exception {
        String[] base = {"--model", "llama-3.1-70b", "--accelerator", "nvidia-h100-sxm", "--precision", "fp8", "--tp", "2",
                "--batch", "256", "--json"};
        JsonNode full = json(CliRun.estimate(base));
        JsonNode capped = json(CliRun.estimate(concat(base, "--power-cap-watts", "400")));
        assertEquals(700, full.get("conditions").get("powerLimitWatts").asDouble(), 1e-9);
        assertEquals(400, capped.get("conditions").get("powerLimitWatts").asDouble(), 1e-9);
        assertTrue(capped.get("conditions").get("prefillClockFraction").asDouble()
                < full.get("conditions").get("prefillClockFraction").asDouble());
        assertTrue(capped.get("outputTokensPerSecond").asDouble() < full.get("outputTokensPerSecond").asDouble());
        assertTrue(capped.get("acceleratorPowerWatts").asDouble() <= 400 + 1e-6);
    }

    @Test
    void powerCapAboveTheTdpExitsTwo() {
        CliRun run = CliRun.estimate("--model", "llama-3.1-8b", "--accelerator", "nvidia-h100-sxm", "--batch", "1",
                "--power-cap-watts", "900");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("power cap") && run.err().contains("700"), run.err());
    }

    /** Every per-call override changes the figure it names and leaves every other condition as it was. */
    @Test
    void eachOverrideChangesOnlyWhatItNames() throws Exception {
        String[] base = {"--model", "llama-3.1-8b", "--accelerator", "nvidia-h100-sxm", "--batch", "16", "--json"};
        JsonNode b = json(CliRun.estimate(base));
        JsonNode mem = json(CliRun.estimate(concat(base, "--mem-efficiency", "0.5")));
        assertOnlyChanged(b, mem, "memoryEfficiency");
        assertEquals(0.5, mem.get("conditions").get("memoryEfficiency").asDouble(), 1e-12);
        JsonNode compute = json(CliRun.estimate(concat(base, "--compute-efficiency", "0.3")));
        assertOnlyChanged(b, compute, "computeEfficiency");
        assertEquals(0.3, compute.get("conditions").get("computeEfficiency").asDouble(), 1e-12);
        JsonNode overhead = json(CliRun.estimate(concat(base, "--step-overhead-ms", "10")));
        assertOnlyChanged(b, overhead, "stepOverheadSeconds");
        // one pipeline stage: the decode step grows by exactly the overhead difference (10 ms - vllm's 3 ms)
        assertEquals(b.get("decodeStepSeconds").asDouble() + 0.007, overhead.get("decodeStepSeconds").asDouble(), 1e-12);
        JsonNode kv = json(CliRun.estimate(concat(base, "--kv-dtype", "fp8")));
        assertOnlyChanged(b, kv, "kvCachePrecision");
        assertEquals(b.get("kvCacheBytesPerToken").asDouble() / 2, kv.get("kvCacheBytesPerToken").asDouble(), 1e-9);
        assertEquals(b.get("weightsBytesPerDevice").asDouble(), kv.get("weightsBytesPerDevice").asDouble(), 1e-9);
        JsonNode cap = json(CliRun.estimate(concat(base, "--power-cap-watts", "300")));
        assertOnlyChanged(b, cap, "powerLimitWatts");
        JsonNode seqs = json(CliRun.estimate(concat(base, "--max-concurrent-sequences", "20")));
        assertOnlyChanged(b, seqs);
        assertEquals(20, seqs.get("maxBatch").asInt());
        assertEquals(b.get("outputTokensPerSecond").asDouble(), seqs.get("outputTokensPerSecond").asDouble(), 1e-9);
    }

    /** Inputs in "conditions" other than {@code changed} are equal; clocks are results of the inputs, not inputs. */
    private static void assertOnlyChanged(JsonNode base, JsonNode other, String... changed) {
        List<String> allowed = List.of(changed);
        base.get("conditions").fieldNames().forEachRemaining(f -> {
            if (!allowed.contains(f) && !f.endsWith("ClockFraction")) {
                assertEquals(base.get("conditions").get(f), other.get("conditions").get(f), f);
            }
        });
        assertEquals(base.get("precision"), other.get("precision"));
        assertEquals(base.get("batch"), other.get("batch"));
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void builtInCatalogServerAddsItsHostShareToAcceleratorPower() throws Exception {
        CliRun run = CliRun.of(new HallPlanCommand(), "estimate", "--model", "llama-3.1-70b", "--accelerator",
                "nvidia-h200-sxm", "--server", "nvidia-hgx-h200-8", "--tp", "8", "--batch", "8", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode j = json(run);
        // the built-in HGX H200's host idles at 2,680 - 8 x 105 = 1,840 W and draws 2,800 W with its GPUs at
        // their 700 W TDP, linearly in between; each of the 8 accelerators carries an eighth
        double gpu = j.get("acceleratorPowerWatts").asDouble();
        double load = (gpu - 105) / (700 - 105);
        assertEquals(gpu + (1840 + (2800 - 1840) * load) / 8, j.get("powerWatts").asDouble(), 1e-6);
        assertEquals("vllm", j.get("engine").asText());
    }

    @Test
    void serverOfAnotherAcceleratorExitsTwo() {
        CliRun run = CliRun.of(new HallPlanCommand(), "estimate", "--model", "llama-3.1-70b", "--accelerator",
                "nvidia-h100-sxm", "--server", "nvidia-hgx-h200-8", "--batch", "1");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("nvidia-hgx-h200-8"), run.err());
    }

    @Test
    void p99SloSearchServesPoissonArrivalsBelowTheMeanOptimum() throws Exception {
        String[] args = {"estimate", "--model", "llama-2-70b", "--accelerator", "nvidia-h200-sxm", "--engine", "tensorrt-llm",
                "--precision", "fp8", "--input-tokens", "300", "--output-tokens", "290", "--slo-ttft-ms", "2000",
                "--slo-tpot-ms", "200", "--json"};
        JsonNode mean = json(CliRun.of(new HallPlanCommand(), args));
        String[] p99Args = java.util.Arrays.copyOf(args, args.length + 2);
        p99Args[args.length] = "--slo-percentile";
        p99Args[args.length + 1] = "p99";
        CliRun run = CliRun.of(new HallPlanCommand(), p99Args);
        assertEquals(0, run.exitCode(), run.err());
        JsonNode p99 = json(run);
        assertEquals("p99", p99.get("conditions").get("latencyStatistic").asText());
        assertEquals("mean", mean.get("conditions").get("latencyStatistic").asText());
        double load = p99.get("conditions").get("offeredLoad").asDouble();
        assertTrue(load > 0 && load < 1, "offered load " + load);
        assertTrue(p99.get("ttftSeconds").asDouble() <= 2.0 && p99.get("tpotSeconds").asDouble() <= 0.2);
        assertTrue(p99.get("outputTokensPerSecond").asDouble() < mean.get("outputTokensPerSecond").asDouble());
    }

    @Test
    void arrivalLoadAtABatchGivesP99LatenciesAboveTheIdleService() throws Exception {
        CliRun run = CliRun.estimate("--model", "llama-3.1-8b", "--accelerator", "nvidia-h100-sxm", "--batch", "64",
                "--precision", "fp8", "--arrival-load", "0.9", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode j = json(run);
        assertEquals(0.9, j.get("conditions").get("offeredLoad").asDouble(), 1e-12);
        assertTrue(j.get("ttftSeconds").asDouble() > j.get("prefillSeconds").asDouble());
    }

    @Test
    void arrivalLoadOutsideZeroToOneOrWithoutBatchExitsTwo() {
        CliRun high = CliRun.estimate("--model", "llama-3.1-8b", "--accelerator", "nvidia-h100-sxm", "--batch", "8",
                "--arrival-load", "1.2");
        assertEquals(2, high.exitCode());
        assertTrue(high.err().contains("--arrival-load"), high.err());
        CliRun noBatch = CliRun.estimate("--model", "llama-3.1-8b", "--accelerator", "nvidia-h100-sxm", "--arrival-load", "0.5");
        assertEquals(2, noBatch.exitCode());
        CliRun percentile = CliRun.estimate("--model", "llama-3.1-8b", "--accelerator", "nvidia-h100-sxm", "--slo-percentile", "p95");
        assertEquals(2, percentile.exitCode());
        assertTrue(percentile.err().contains("mean or p99"), percentile.err());
    }
}
