package dev.hallplan.reports.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class CellsTest {
    @Test
    void aTextLongerThanACellHoldsIsCutInsteadOfFailingTheExport() throws Exception {
        // a 100,000-character workload id failed the workbook with POI's 32,767-character limit (fuzz corpus, issue 15)
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            var cell = Cells.text(book.createSheet("s").createRow(0), 0, "x".repeat(100_000), book.createCellStyle());
            String written = cell.getStringCellValue();
            assertEquals(32_767, written.length());
            assertTrue(written.endsWith("…"));
        }
    }
}
