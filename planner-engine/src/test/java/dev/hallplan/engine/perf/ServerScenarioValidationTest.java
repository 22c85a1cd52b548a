package dev.hallplan.engine.perf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hallplan.catalog.CatalogLoader;
import dev.hallplan.catalog.ServingEngine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The p99 SLO search against MLPerf Server results (Poisson arrivals, p99 limits) of the systems
 * whose Offline results the estimator is validated on: the table in docs/throughput-model.md,
 * "Tail latency against MLPerf Server", is rebuilt here and must match.
 */
class ServerScenarioValidationTest {
    record ServerRow(String offlineRow, double measuredServerSystem, String repository, String path) {
    }

    record ServerRows(int formatVersion, String description, List<ServerRow> rows) {
    }

    record Compared(String id, double measuredRatio, double estimatedRatio, double measured, double estimated) {
        double error() {
            return estimated / measured - 1;
        }
    }

    static List<Compared> compare() throws IOException {
        ServerRows server;
        try (InputStream in = ServerScenarioValidationTest.class.getResourceAsStream("validation/mlperf-server-rows.json")) {
            server = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(in, ServerRows.class);
        }
        Map<String, ValidationRows.Row> offline = ValidationRows.load().rows().stream()
                .collect(Collectors.toMap(ValidationRows.Row::id, Function.identity()));
        var catalog = CatalogLoader.builtIn();
        List<Compared> out = new ArrayList<>();
        for (ServerRow s : server.rows()) {
            ValidationRows.Row row = offline.get(s.offlineRow());
            ServingEngine engine = catalog.engine(row.engine()).orElseThrow();
            EstimateRequest r = ValidationTable.request(row, engine);
            List<Integer> tps = row.tensorParallel() != null ? List.of(row.tensorParallel())
                    : OperatingSpace.tensorDegreesUpTo(r.hostDeviceCount());
            OperatingSpace space = new OperatingSpace(List.of(row.precision()), tps, r.effectiveMaxConcurrentSequences());
            Estimate offlineMax = Estimator.bestWithinSlo(r, Slo.NONE, space).orElseThrow();
            Estimate p99 = Estimator.bestWithinSlo(r, Slo.MLPERF_SERVER.onP99(), space).orElseThrow();
            int d = p99.devices();
            out.add(new Compared(s.offlineRow(), s.measuredServerSystem() / row.measuredSystem(),
                    p99.primaryRate() / offlineMax.primaryRate(), s.measuredServerSystem() / row.accelerators(),
                    p99.primaryRate() / d));
        }
        return out;
    }

    static String table(List<Compared> rows) {
        StringBuilder sb = new StringBuilder("| row | measured Server / Offline | estimated p99 search / offline maximum | measured Server per accelerator | p99 estimate | error |\n|---|---|---|---|---|---|\n");
        for (Compared c : rows) {
            sb.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %,.0f | %,.0f | %+.1f%% |%n", c.id(), c.measuredRatio(),
                    c.estimatedRatio(), c.measured(), c.estimated(), 100 * c.error()));
        }
        double[] ratioErrors = rows.stream().mapToDouble(c -> Math.abs(c.estimatedRatio() - c.measuredRatio())).sorted().toArray();
        double[] errors = rows.stream().mapToDouble(c -> Math.abs(c.error())).sorted().toArray();
        sb.append(String.format(Locale.ROOT, "%nRatio: median absolute difference %.3f, worst %.3f. Server throughput: median absolute error %.1f%%, worst %.1f%% (%d rows).%n",
                median(ratioErrors), ratioErrors[ratioErrors.length - 1], 100 * median(errors), 100 * errors[errors.length - 1], rows.size()));
        return sb.toString();
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    @Test
    void p99SearchFollowsTheServerToOfflineRatioMlperfMeasured() throws IOException {
        List<Compared> rows = compare();
        double[] diffs = rows.stream().mapToDouble(c -> Math.abs(c.estimatedRatio() - c.measuredRatio())).sorted().toArray();
        assertTrue(median(diffs) <= 0.05, table(rows));
        assertTrue(rows.stream().allMatch(c -> c.estimatedRatio() < 1), "Poisson arrivals never beat the offline maximum");
        assertTrue(Arrays.stream(diffs).max().orElseThrow() <= 0.20, table(rows));
    }

    @Test
    void docsShowTheServerTableThisDataGives() throws IOException {
        String docs = Files.readString(Path.of("..", "docs", "throughput-model.md"));
        String table = table(compare());
        assertTrue(docs.contains(table), "docs/throughput-model.md must contain:\n" + table);
    }
}
