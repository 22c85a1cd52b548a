package dev.hallplan.reports.excel;

import dev.hallplan.engine.kpi.DeploymentReport;
import dev.hallplan.reports.units.ReportUnits;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The Deployments sheet, one row per replica; plain values so it can be streamed (SXSSF). The last
 * column says whether the TTFT and TPOT figures are means or 99th percentiles (a p99 SLO).
 */
final class DeploymentSheet {
    private static final List<Column> COLUMNS = List.of(
            new Column("Replica", 12), new Column("Workload", 14), new Column("Model", 20), new Column("Hall", 10),
            new Column("Rack", 16), new Column("Server", 18), new Column("Server model", 20),
            new Column("Accelerators", 9), new Column("Precision", 9), new Column("Tensor parallel", 9),
            new Column("Batch", 7), new Column("Capacity (req/s)", 12), new Column("Output tokens/s", 13),
            new Column("TTFT (ms)", 9), new Column("TPOT (ms)", 9), new Column("Power (kW)", 10),
            new Column("TTFT/TPOT statistic", 11));

    private DeploymentSheet() {
    }

    static void write(Sheet sheet, List<DeploymentReport> deployments, ExcelStyles styles) {
        Cells.header(sheet, 0, COLUMNS, styles);
        var integer = styles.number(ExcelStyles.INTEGER);
        var decimal = styles.number(ExcelStyles.DECIMAL_1);
        int r = 1;
        for (DeploymentReport d : deployments) {
            Row row = sheet.createRow(r++);
            Cells.text(row, 0, d.replicaId(), styles.text());
            Cells.text(row, 1, d.workloadId(), styles.text());
            Cells.text(row, 2, d.modelId(), styles.text());
            Cells.text(row, 3, d.hallId(), styles.text());
            Cells.text(row, 4, d.rackId(), styles.text());
            Cells.text(row, 5, d.serverId(), styles.text());
            Cells.text(row, 6, d.serverModelId(), styles.text());
            Cells.number(row, 7, d.accelerators(), integer);
            Cells.text(row, 8, d.precision(), styles.text());
            Cells.number(row, 9, d.tensorParallel(), integer);
            Cells.number(row, 10, d.batch(), integer);
            Cells.number(row, 11, d.capacityRequestsPerSecond(), decimal);
            Cells.number(row, 12, d.outputTokensPerSecond(), integer);
            Cells.number(row, 13, ReportUnits.milliseconds(d.ttftSeconds()), decimal);
            Cells.number(row, 14, ReportUnits.milliseconds(d.tpotSeconds()), decimal);
            Cells.number(row, 15, ReportUnits.kilowatts(d.powerWatts()), styles.number(ExcelStyles.DECIMAL_2));
            Cells.text(row, 16, d.latencyStatistic(), styles.text());
        }
        Cells.filter(sheet, 0, r - 1, COLUMNS.size());
    }
}
