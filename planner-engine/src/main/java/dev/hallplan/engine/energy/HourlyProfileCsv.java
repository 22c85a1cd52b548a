package dev.hallplan.engine.energy;

import dev.hallplan.engine.supply.HourlyProfile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a year of hourly values from CSV: one column, 8760 rows (hour 0 = 1 January 00:00), an
 * optional header line, blank lines ignored. Values must be finite and not negative. Every
 * problem is reported at once with its line number. XLSX import belongs to the reports module
 * (Apache POI) and will hand its cells to {@link #fromValues}.
 */
public final class HourlyProfileCsv {
    private HourlyProfileCsv() {
    }

    /** Reads the UTF-8 file the caller chose. */
    public static HourlyProfile read(Path file) throws IOException, ProfileImportException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.getFileName().toString());
        }
    }

    /**
     * Reads from {@code reader} (not closed here).
     *
     * @param sourceName how to name the input in messages, e.g. the file name
     */
    public static HourlyProfile read(Reader reader, String sourceName) throws IOException, ProfileImportException {
        BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<String> problems = new ArrayList<>();
        double[] values = new double[YearCalendar.HOURS_PER_YEAR];
        int count = 0;
        int lineNumber = 0;
        boolean seenContent = false;
        String line;
        while ((line = lines.readLine()) != null) {
            lineNumber++;
            String cell = clean(line, lineNumber == 1);
            if (cell.isEmpty()) {
                continue;
            }
            if (!seenContent) {
                seenContent = true;
                if (isHeader(cell)) {
                    continue;
                }
            }
            if (cell.indexOf(',') >= 0 || cell.indexOf(';') >= 0 || cell.indexOf('\t') >= 0) {
                problems.add("line " + lineNumber + ": expected one column, found '" + line.strip() + "'");
                count++;
                continue;
            }
            double v;
            try {
                v = Double.parseDouble(cell);
            } catch (NumberFormatException e) {
                problems.add("line " + lineNumber + ": '" + cell + "' is not a number");
                count++;
                continue;
            }
            if (!Double.isFinite(v)) {
                problems.add("line " + lineNumber + ": '" + cell + "' is not a finite number");
            } else if (v < 0) {
                problems.add("line " + lineNumber + ": " + cell + " is negative; hourly values must be 0 or more");
            }
            if (count < values.length) {
                values[count] = v;
            }
            count++;
        }
        if (count != YearCalendar.HOURS_PER_YEAR) {
            problems.add("expected " + YearCalendar.HOURS_PER_YEAR + " hourly values, found " + count
                    + (count == 8784 ? " (a leap year: drop 29 February, hours 1416..1439)" : ""));
        }
        if (!problems.isEmpty()) {
            throw new ProfileImportException(sourceName, problems);
        }
        return HourlyProfile.of(values);
    }

    /**
     * A profile from values read elsewhere (e.g. spreadsheet cells), with the same checks; value
     * {@code i} is named "row i+1" in messages.
     */
    public static HourlyProfile fromValues(double[] values, String sourceName) throws ProfileImportException {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                problems.add("row " + (i + 1) + ": not a finite number");
            } else if (values[i] < 0) {
                problems.add("row " + (i + 1) + ": " + values[i] + " is negative; hourly values must be 0 or more");
            }
        }
        if (values.length != YearCalendar.HOURS_PER_YEAR) {
            problems.add("expected " + YearCalendar.HOURS_PER_YEAR + " hourly values, found " + values.length);
        }
        if (!problems.isEmpty()) {
            throw new ProfileImportException(sourceName, problems);
        }
        return HourlyProfile.of(values);
    }

    private static String clean(String line, boolean first) {
        String s = first && line.startsWith("\uFEFF") ? line.substring(1) : line;
        s = s.strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s;
    }

    /** A first line that does not start like a number is a header. */
    private static boolean isHeader(String cell) {
        char c = cell.charAt(0);
        return !(Character.isDigit(c) || c == '-' || c == '+' || c == '.');
    }
}
