package dev.hallplan.app.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hallplan.app.cli.EstimateCommand;
import dev.hallplan.app.testutil.TestEngine;
import dev.hallplan.catalog.Precision;
import dev.hallplan.engine.perf.Estimate;
import dev.hallplan.engine.perf.Slo;
import dev.hallplan.engine.plan.ReplicaSizing;
import dev.hallplan.reports.charts.LatencyThroughputDataset.Latency;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ExplorerSweepTest {
    private static final List<String> FOUR = List.of("nvidia-h100-sxm", "nvidia-h200-sxm", "nvidia-b200", "nvidia-hgx-h200-8");
    private final ReplicaSizing engine = TestEngine.sizing();

    private List<ChipCurve> run(ExplorerInputs in) {
        return ExplorerSweep.run(engine.catalog(), engine.zoo(), in);
    }

    /** {@code ./hallplan estimate ARGS --json} in-process, through the command's own code. */
    private static JsonNode estimate(String... args) throws Exception {
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(new EstimateCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--json");
        assertEquals(0, cl.execute(all.toArray(String[]::new)), out.toString());
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void fourChipsGiveFourCurvesEachPassingThroughItsBestPoint() {
        List<ChipCurve> curves = run(new ExplorerInputs("llama-3.1-70b", FOUR, null, Precision.FP8, 1024, 256,
                Slo.MLPERF_SERVER, Latency.TPOT));
        assertEquals(4, curves.size());
        assertEquals("nvidia-hgx-h200-8 (server)", curves.get(3).label());
        for (ChipCurve c : curves) {
            assertNotNull(c.best(), c.label() + ": " + c.note());
            assertTrue(c.points().size() >= 3, c.label());
            assertTrue(c.points().contains(c.best()), "the curve passes through the marked point");
            for (int i = 1; i < c.points().size(); i++) {
                // TPOT grows with the batch, so the curve runs one way
                assertTrue(c.points().get(i).tpotSeconds() >= c.points().get(i - 1).tpotSeconds(), c.label());
            }
        }
    }

    @Test
    void theSloOptimumIsWhatHallplanEstimateGivesForTheSameInputs() throws Exception {
        List<ChipCurve> curves = run(new ExplorerInputs("llama-3.1-70b", FOUR, null, Precision.FP8, 1024, 256,
                Slo.INTERACTIVE, Latency.TPOT));
        for (ChipCurve c : curves) {
            boolean server = c.chipId().startsWith("nvidia-hgx");
            List<String> args = new ArrayList<>(List.of("--model", "llama-3.1-70b", "--precision", "fp8",
                    "--slo-ttft-ms", "450", "--slo-tpot-ms", "40", "--input-tokens", "1024", "--output-tokens", "256"));
            args.addAll(server ? List.of("--accelerator", "nvidia-h200-sxm", "--server", c.chipId()) : List.of("--accelerator", c.chipId()));
            JsonNode cli = estimate(args.toArray(String[]::new));
            Estimate best = c.best();
            assertEquals(cli.get("batch").asInt(), best.batch(), c.label());
            assertEquals(cli.get("tp").asInt(), best.parallelism().tensor(), c.label());
            assertEquals(cli.get("precision").asText(), best.computePrecision().name().toLowerCase(), c.label());
            assertEquals(cli.get("outputTokensPerSecond").asDouble(), best.outputTokensPerSecond(), 0.0, c.label());
            assertEquals(cli.get("tpotSeconds").asDouble(), best.tpotSeconds(), 0.0, c.label());
            assertEquals(cli.get("powerWatts").asDouble(), best.powerWatts(), 0.0, c.label());
        }
    }

    @Test
    void searchedPrecisionsAgreeWithTheCommandWithoutPrecision() throws Exception {
        ChipCurve c = run(new ExplorerInputs("llama-3.1-8b", List.of("nvidia-l40s"), null, null, 2000, 300,
                Slo.MLPERF_SERVER, Latency.TTFT)).get(0);
        JsonNode cli = estimate("--model", "llama-3.1-8b", "--accelerator", "nvidia-l40s", "--slo-ttft-ms", "2000",
                "--slo-tpot-ms", "200", "--input-tokens", "2000", "--output-tokens", "300");
        assertEquals(cli.get("outputTokensPerSecond").asDouble(), c.best().outputTokensPerSecond(), 0.0);
        assertEquals(cli.get("precision").asText(), c.best().computePrecision().name().toLowerCase());
    }

    @Test
    void aOnePassModelIsSweptInQueriesPerSecond() {
        ChipCurve c = run(new ExplorerInputs("bert-large", List.of("nvidia-l4"), null, null, 128, 1,
                new Slo(0.020, Double.POSITIVE_INFINITY), Latency.TTFT)).get(0);
        assertNotNull(c.best(), c.note());
        assertFalse(c.best().tokensGenerated());
        assertTrue(c.best().requestsPerSecond() > 0);
        assertTrue(c.best().ttftSeconds() <= 0.020);
        assertEquals("triton", c.best().engineId(), "one-pass models default to triton as hallplan estimate does");
    }

    @Test
    void aModelThatFitsNowhereSaysWhy() {
        ChipCurve c = run(new ExplorerInputs("llama-3.1-405b", List.of("nvidia-l4"), null, Precision.BF16, 1024, 256,
                Slo.NONE, Latency.TPOT)).get(0);
        assertEquals(null, c.best());
        assertTrue(c.points().isEmpty());
        assertFalse(c.note().isEmpty());
    }
}
