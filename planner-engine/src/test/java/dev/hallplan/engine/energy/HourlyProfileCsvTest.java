package dev.hallplan.engine.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.engine.supply.HourlyProfile;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HourlyProfileCsvTest {
    @Test
    void readsAYearWithAHeader() throws Exception {
        HourlyProfile p = HourlyProfileCsv.read(new StringReader("capacity_factor\n" + rows(8760, 0.25)), "cf.csv");
        assertEquals(8760, p.length());
        assertEquals(0.25, p.at(8759));
    }

    @Test
    void readsAFileTheCallerHandsOver(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("carbon.csv");
        Files.writeString(file, "\uFEFF" + rows(8760, 312.5));
        assertEquals(312.5, HourlyProfileCsv.read(file).at(100));
    }

    @Test
    void reportsBadRowsWithTheirLineNumbers() {
        String csv = "cf\n0.1\nabc\n0.2,0.3\n" + rows(8757, 0.1);
        ProfileImportException e = assertThrows(ProfileImportException.class,
                () -> HourlyProfileCsv.read(new StringReader(csv), "cf.csv"));
        // Line 1 is the header; line 3 is not a number; line 4 has two columns.
        assertEquals("line 3: 'abc' is not a number", e.problems().get(0));
        assertTrue(e.problems().get(1).startsWith("line 4: expected one column"), e.problems().get(1));
        assertEquals(2, e.problems().size());
        assertTrue(e.getMessage().startsWith("cf.csv: 2 problems"), e.getMessage());
    }

    @Test
    void reportsNegativeValues() {
        String csv = rows(99, 1) + "-5\n" + rows(8660, 1);
        ProfileImportException e = assertThrows(ProfileImportException.class,
                () -> HourlyProfileCsv.read(new StringReader(csv), "x.csv"));
        // No header: the 100th line holds the negative value.
        assertEquals("line 100: -5 is negative; hourly values must be 0 or more", e.problems().get(0));
    }

    @Test
    void reportsTheWrongCountAndHintsAtLeapYears() {
        ProfileImportException e = assertThrows(ProfileImportException.class,
                () -> HourlyProfileCsv.read(new StringReader(rows(8784, 1)), "leap.csv"));
        assertEquals(1, e.problems().size());
        assertTrue(e.problems().get(0).contains("found 8784"), e.problems().get(0));
        assertTrue(e.problems().get(0).contains("29 February"), e.problems().get(0));

        ProfileImportException shortFile = assertThrows(ProfileImportException.class,
                () -> HourlyProfileCsv.read(new StringReader(rows(24, 1)), "day.csv"));
        assertEquals("expected 8760 hourly values, found 24", shortFile.problems().get(0));
    }

    @Test
    void valuesFromElsewhereGetTheSameChecks() {
        double[] v = new double[8760];
        v[7] = -1;
        ProfileImportException e = assertThrows(ProfileImportException.class,
                () -> HourlyProfileCsv.fromValues(v, "sheet"));
        assertEquals("row 8: -1.0 is negative; hourly values must be 0 or more", e.problems().get(0));
    }

    @Test
    void aMissingFileIsAnIoError(@TempDir Path dir) {
        assertThrows(IOException.class, () -> HourlyProfileCsv.read(dir.resolve("none.csv")));
    }

    private static String rows(int n, double v) {
        return (v + "\n").repeat(n);
    }
}
