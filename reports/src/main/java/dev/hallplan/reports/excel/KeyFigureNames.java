package dev.hallplan.reports.excel;

import dev.hallplan.engine.kpi.Figure;
import dev.hallplan.reports.compare.MetricUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

/**
 * Named ranges for the key figures of a Summary sheet, so a reader can write {@code =CAPEX_USD}
 * or {@code =FACILITY_FULL_LOAD_MW} in a workbook of their own. One name per engine
 * {@link Figure} (its constant, then the unit of its Summary row) and one for the live BOM total;
 * each points at the value cell (column B) of the Summary row with that figure's label. One
 * scenario: workbook-wide names. Several scenarios (a comparison): the same names, each scoped to
 * its scenario's Summary sheet ({@code ='H200 Summary'!CAPEX_USD}).
 */
final class KeyFigureNames {
    /** The Summary row of the live BOM total (not an engine figure: a formula over the BOM sheet). */
    static final String BOM_TOTAL_LABEL = "BOM total (live from the BOM sheet)";
    /** Summary row label to name. */
    static final Map<String, String> BY_LABEL = byLabel();

    private KeyFigureNames() {
    }

    private static Map<String, String> byLabel() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Figure f : Figure.values()) {
            m.put(f.label(), nameOf(f));
        }
        m.put(BOM_TOTAL_LABEL, "BOM_TOTAL_USD");
        return m;
    }

    /** The defined name of {@code figure}'s Summary value: its constant and its row's unit, e.g. CAPEX_USD. */
    static String nameOf(Figure figure) {
        String suffix = switch (MetricUnit.of(figure.quantity())) {
            case USD -> "_USD";
            case MEGAWATT_HOURS -> "_MWh";
            case MEGAWATTS -> "_MW";
            case SQUARE_METERS -> "_m2";
            case KILOWATTS_PER_SQUARE_METER -> "_kW_per_m2";
            case TOKENS_PER_SECOND -> "_tokens_per_s";
            case REQUESTS_PER_SECOND -> "_req_per_s";
            case TONNES_CO2E -> "_tCO2e";
            case RATIO, COUNT, SHARE, USD_PER_MILLION_TOKENS, TOKENS_PER_KWH, TOKENS_PER_USD -> ""; // the constant says it
        };
        return figure.name() + suffix;
    }

    /**
     * Names the value cells of {@code summary}'s key-figure rows.
     *
     * @param sheetScoped true to scope the names to the sheet (several scenarios in one workbook)
     */
    static void define(Sheet summary, boolean sheetScoped) {
        int sheetIndex = summary.getWorkbook().getSheetIndex(summary);
        for (Row row : summary) {
            Cell label = row.getCell(0);
            if (label == null || label.getCellType() != CellType.STRING || !BY_LABEL.containsKey(label.getStringCellValue())) {
                continue;
            }
            Name name = summary.getWorkbook().createName();
            name.setNameName(BY_LABEL.get(label.getStringCellValue()));
            if (sheetScoped) {
                name.setSheetIndex(sheetIndex);
            }
            name.setRefersToFormula(new CellReference(summary.getSheetName(), row.getRowNum(), 1, true, true).formatAsString());
        }
    }
}
