package dev.hallplan.reports.excel;

import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.reports.PlanReportFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Opens the workbook in LibreOffice Calc headless (when {@code soffice} is installed: Debian
 * package libreoffice-calc-nogui) and exports every sheet to CSV: proves a second spreadsheet
 * engine reads the file and gets the same BOM total.
 */
@EnabledIf("sofficeInstalled")
class LibreOfficeConversionTest {

    static boolean sofficeInstalled() {
        return Files.isExecutable(Path.of("/usr/bin/soffice"));
    }

    @Test
    void libreOfficeReadsTheWorkbookAndAgreesOnTheBomTotal() throws IOException, InterruptedException {
        PlanReport report = PlanReportFixtures.twoHalls();
        Path dir = Path.of("target", "libreoffice").toAbsolutePath();
        Files.createDirectories(dir);
        Path xlsx = dir.resolve("plan.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            new WorkbookWriter().write(report, out);
        }
        // CSV filter options: comma, double quote, UTF-8, from line 1, raw values (not as shown), all sheets (-1)
        Process p = new ProcessBuilder("/usr/bin/soffice", "-env:UserInstallation=file://" + dir.resolve("profile"),
                "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                "--outdir", dir.toString(), xlsx.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "soffice did not finish in 180 s");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("soffice.log")));

        Path bomCsv = dir.resolve("plan-BOM.csv");
        assertTrue(Files.exists(bomCsv), "no per-sheet CSV: " + Files.readString(dir.resolve("soffice.log")));
        List<String> lines = Files.readAllLines(bomCsv, StandardCharsets.UTF_8);
        String total = lines.stream().filter(l -> l.startsWith("Total")).findFirst().orElseThrow();
        double value = Double.parseDouble(total.split(",")[BomSheet.EXTENDED_PRICE]);
        assertEquals(report.bomTotalUsd(), value, 0.5);
        assertTrue(Files.exists(dir.resolve("plan-Summary.csv")));
    }
}
