package dev.hallplan.sweeps.workbook;

import dev.hallplan.engine.project.file.AtomicFiles;
import dev.hallplan.reports.excel.ExcelStyles;
import dev.hallplan.sweeps.point.PointResult;
import dev.hallplan.sweeps.results.ResultColumn;
import dev.hallplan.sweeps.results.SweepManifest;
import dev.hallplan.sweeps.spec.Axis;
import dev.hallplan.sweeps.summary.AxisEffect;
import dev.hallplan.sweeps.summary.ParetoFront;
import dev.hallplan.sweeps.summary.ScenarioDistribution;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The sweep's summary workbook (.xlsx): Summary (the study and, per scenario, percentiles of cost
 * per million output tokens), Tornado (each axis' effect on that cost), Pareto (cost against
 * emissions with the Pareto front marked) and Points (every result row). Styles, number formats,
 * cell helpers and native charts are the reports module's; the point table is streamed so a
 * 10,000-point sweep stays small in memory.
 */
public final class SweepWorkbook {
    public static final List<String> SHEETS = List.of("Summary", "Tornado", "Pareto", "Points");
    /** Rows of the streamed point table kept in memory. */
    private static final int STREAM_WINDOW = 200;

    private SweepWorkbook() {
    }

    /** Writes the workbook to {@code file} atomically. */
    public static void write(Path file, SweepManifest manifest, List<Axis> axes, List<ResultColumn> columns,
                             List<PointResult> rows) throws IOException {
        AtomicFiles.write(file, out -> {
            try (XSSFWorkbook xssf = new XSSFWorkbook()) {
                ExcelStyles styles = new ExcelStyles(xssf);
                SummarySheet.write(xssf.createSheet(SHEETS.get(0)), manifest, rows, ScenarioDistribution.of(rows), styles);
                TornadoSheet.write(xssf.createSheet(SHEETS.get(1)), AxisEffect.tornado(rows, axes), styles);
                ParetoSheet.write(xssf.createSheet(SHEETS.get(2)), rows, ParetoFront.of(rows), styles);
                // cached formula values for viewers that do not recalculate; Excel recalculates on open
                XSSFFormulaEvaluator.evaluateAllFormulaCells(xssf);
                xssf.setForceFormulaRecalculation(true);
                SXSSFWorkbook streamed = new SXSSFWorkbook(xssf, STREAM_WINDOW);
                try {
                    PointSheet.write(streamed.createSheet(SHEETS.get(3)), columns, rows, ParetoFront.of(rows), styles);
                    streamed.setActiveSheet(0);
                    streamed.write(out);
                } finally {
                    streamed.dispose();
                }
            }
        });
    }
}
