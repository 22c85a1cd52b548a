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
    void searchWithATensorDegreeBeyondTheDomainSaysSo() {
        CliRun run = CliRun.estimate("--model", "llama-3.1-70b", "--accelerator", "nvidia-h100-sxm", "--tp", "16");
        assertEquals(EstimateCommand.DOES_NOT_FIT, run.exitCode());
        assertTrue(run.err().contains("scale-up domain"), run.err());
    }

    @Test
    void builtInCatalogServerAddsItsHostShareToAcceleratorPower() throws Exception {
        CliRun run = CliRun.of(new HallPlanCommand(), "estimate", "--model", "llama-3.1-70b", "--accelerator",
                "nvidia-h200-sxm", "--server", "nvidia-hgx-h200-8", "--tp", "8", "--batch", "8", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode j = json(run);
        // the built-in HGX H200 charges 4,600 W of host overhead to 8 accelerators: 575 W each
        assertEquals(j.get("acceleratorPowerWatts").asDouble() + 575, j.get("powerWatts").asDouble(), 1e-6);
        assertEquals("vllm", j.get("engine").asText());
    }

    @Test
    void serverOfAnotherAcceleratorExitsTwo() {
        CliRun run = CliRun.of(new HallPlanCommand(), "estimate", "--model", "llama-3.1-70b", "--accelerator",
                "nvidia-h100-sxm", "--server", "nvidia-hgx-h200-8", "--batch", "1");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("nvidia-hgx-h200-8"), run.err());
    }
}
