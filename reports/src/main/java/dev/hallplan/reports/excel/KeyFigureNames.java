package dev.hallplan.reports.excel;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

/**
 * Named ranges for the key figures of a Summary sheet, so a reader can write {@code =Capex_USD}
 * or {@code =Facility_peak_MW} in a workbook of their own. Each name points at the value cell
 * (column B) of the Summary row with the given label; the unit in the name is the unit of that
 * row. One scenario: workbook-wide names. Several scenarios (a comparison): the same names, each
 * scoped to its scenario's Summary sheet ({@code ='H200 Summary'!Capex_USD}).
 */
final class KeyFigureNames {
    /** Summary row label to name. */
    static final Map<String, String> BY_LABEL = byLabel();

    private KeyFigureNames() {
    }

    private static Map<String, String> byLabel() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("IT power at peak", "IT_peak_MW");
        m.put("Facility power at peak", "Facility_peak_MW");
        m.put("Annual PUE", "Annual_PUE");
        m.put("Annual facility energy", "Annual_facility_energy_MWh");
        m.put("Output tokens/s served", "Output_tokens_per_second");
        m.put("Capex", "Capex_USD");
        m.put("Annual TCO (amortised capex + opex)", "Annual_TCO_USD");
        m.put("Cost per million output tokens", "USD_per_million_output_tokens");
        m.put("Renewable share", "Renewable_share");
        m.put("24/7 carbon-free share", "Carbon_free_share_24x7");
        m.put("Annual emissions", "Annual_emissions_tCO2e");
        m.put("BOM total (live from the BOM sheet)", "BOM_total_USD");
        return m;
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
