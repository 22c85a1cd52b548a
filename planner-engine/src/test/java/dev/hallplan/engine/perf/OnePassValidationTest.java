package dev.hallplan.engine.perf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hallplan.catalog.CatalogLoader;
import dev.hallplan.catalog.Precision;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * One-pass models against MLPerf Offline results (issue 14 item 10): the table in
 * docs/throughput-model.md, "One-pass models against MLPerf", is rebuilt here and must match.
 */
class OnePassValidationTest {
    record Row(String id, String model, String accelerator, String engine, Precision precision, double measuredSystem,
               int accelerators, String repository, String path, String note) {
    }

    record Rows(int formatVersion, String description, List<Row> rows) {
    }

    record Compared(Row row, double estimatedPerAccelerator, int batch, Bound bound) {
        double measuredPerAccelerator() {
            return row.measuredSystem() / row.accelerators();
        }

        double error() {
            return estimatedPerAccelerator / measuredPerAccelerator() - 1;
        }
    }

    static List<Compared> compare() throws IOException {
        Rows rows;
        try (InputStream in = OnePassValidationTest.class.getResourceAsStream("validation/mlperf-onepass-rows.json")) {
            rows = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(in, Rows.class);
        }
        var catalog = CatalogLoader.builtIn();
        var zoo = ModelZoo.builtIn();
        List<Compared> out = new ArrayList<>();
        for (Row r : rows.rows()) {
            EstimateRequest req = EstimateRequest.of(zoo.require(r.model()), catalog.accelerator(r.accelerator()).orElseThrow(),
                    catalog.engine(r.engine()).orElseThrow());
            OperatingSpace space = new OperatingSpace(List.of(r.precision()), List.of(1), req.effectiveMaxConcurrentSequences());
            Estimate e = Estimator.bestWithinSlo(req, Slo.NONE, space).orElseThrow();
            out.add(new Compared(r, e.requestsPerSecondPerDevice(), e.batch(), e.bound()));
        }
        return out;
    }

    static String table(List<Compared> rows) {
        StringBuilder sb = new StringBuilder("| row | engine | precision | measured queries/s per accelerator | estimate | batch | bound | error |\n|---|---|---|---|---|---|---|---|\n");
        for (Compared c : rows) {
            sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %,.1f | %,.1f | %d | %s | %+.1f%% |%n", c.row().id(), c.row().engine(),
                    c.row().precision(), c.measuredPerAccelerator(), c.estimatedPerAccelerator(), c.batch(),
                    c.bound().name().toLowerCase(Locale.ROOT), 100 * c.error()));
        }
        return sb.toString();
    }

    @Test
    void bertErrorsAreOneOffsetAcrossAcceleratorsSoTheQueryProfileNotTheHardwareModelIsOff() throws IOException {
        double[] bert = compare().stream().filter(c -> c.row().model().equals("bert-large")).mapToDouble(Compared::error).toArray();
        double lo = java.util.Arrays.stream(bert).min().orElseThrow();
        double hi = java.util.Arrays.stream(bert).max().orElseThrow();
        assertTrue(bert.length >= 5 && hi - lo < 0.10, "BERT errors spread " + lo + " .. " + hi);
    }

    @Test
    void docsShowTheOnePassTableThisDataGives() throws IOException {
        String docs = Files.readString(Path.of("..", "docs", "throughput-model.md"));
        String table = table(compare());
        assertTrue(docs.contains(table), "docs/throughput-model.md must contain:\n" + table);
    }
}
