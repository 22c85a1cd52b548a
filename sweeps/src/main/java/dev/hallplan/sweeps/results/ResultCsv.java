package dev.hallplan.sweeps.results;

import dev.hallplan.engine.project.file.AtomicFiles;
import dev.hallplan.sweeps.point.PointResult;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The result table as one CSV file (RFC 4180, header row, one row per point): numbers as Java
 * writes them (exact round trip, SI units as the column names say), empty cells where a failed
 * point has no figure.
 */
public final class ResultCsv {
    private ResultCsv() {
    }

    public static void write(Path file, List<ResultColumn> columns, List<PointResult> rows) throws IOException {
        AtomicFiles.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder()
                    .setHeader(columns.stream().map(ResultColumn::name).toArray(String[]::new)).get());
            for (PointResult r : rows) {
                for (ResultColumn c : columns) {
                    Object v = c.of(r);
                    csv.print(v == null ? "" : v);
                }
                csv.println();
            }
            csv.flush();
        });
    }
}
