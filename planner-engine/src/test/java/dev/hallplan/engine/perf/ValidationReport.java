package dev.hallplan.engine.perf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Statistics and the Markdown table of the validation (docs/throughput-model.md, "Validation"):
 * errors per set, band quantiles from the held-out rows and their coverage. Pure functions of the
 * computed {@link ValidationTable.Result}s, so the docs table is rebuilt from the data file alone.
 */
final class ValidationReport {
    private ValidationReport() {
    }

    /** Median of |estimate / measured - 1| over {@code results} matching {@code which}; refused rows count as 100%. */
    static double medianAbsError(List<ValidationTable.Result> results, Predicate<ValidationTable.Result> which) {
        double[] e = absErrors(results, which);
        if (e.length == 0) {
            return 0;
        }
        return e.length % 2 == 1 ? e[e.length / 2] : (e[e.length / 2 - 1] + e[e.length / 2]) / 2;
    }

    static double worstAbsError(List<ValidationTable.Result> results, Predicate<ValidationTable.Result> which) {
        double[] e = absErrors(results, which);
        return e.length == 0 ? 0 : e[e.length - 1];
    }

    private static double[] absErrors(List<ValidationTable.Result> results, Predicate<ValidationTable.Result> which) {
        return results.stream().filter(which).mapToDouble(r -> r.refused() ? 1.0 : Math.abs(r.error())).sorted().toArray();
    }

    /**
     * {low, high}: the order statistics of measured / estimated - 1 at the 10th and 90th percentile
     * (nearest rank, outward: index floor(0.1 (n-1)) and ceil(0.9 (n-1))), rounded outward to 0.01.
     */
    static double[] bandQuantiles(List<ValidationTable.Result> results) {
        double[] r = results.stream().filter(x -> !x.refused()).mapToDouble(ValidationTable.Result::ratioMinusOne).sorted().toArray();
        int n = r.length;
        double low = r[(int) Math.floor(0.1 * (n - 1))];
        double high = r[(int) Math.ceil(0.9 * (n - 1))];
        return new double[]{Math.floor(low * 100 - 1e-9) / 100, Math.ceil(high * 100 + 1e-9) / 100};
    }

    /** Share of {@code results} whose measurement lies inside the estimate's own band. */
    static double coverage(List<ValidationTable.Result> results) {
        return results.isEmpty() ? 0 : (double) results.stream().filter(ValidationTable.Result::measuredInsideBand).count() / results.size();
    }

    /** Leave-one-out: each row against the quantile band of the others (without widenings). */
    static double leaveOneOutCoverage(List<ValidationTable.Result> results) {
        int inside = 0;
        for (int i = 0; i < results.size(); i++) {
            List<ValidationTable.Result> others = new ArrayList<>(results);
            ValidationTable.Result held = others.remove(i);
            double[] band = bandQuantiles(others);
            double r = held.ratioMinusOne();
            if (r >= band[0] && r <= band[1]) {
                inside++;
            }
        }
        return (double) inside / results.size();
    }

    /** The Markdown table of {@code results}, one line per row, as docs/throughput-model.md shows it. */
    static String table(List<ValidationTable.Result> results) {
        StringBuilder sb = new StringBuilder();
        sb.append("| row | set | engine | precision | tp x pp | measured per accelerator | estimate | band | error |\n");
        sb.append("|---|---|---|---|---|---|---|---|---|\n");
        for (ValidationTable.Result r : results) {
            ValidationRows.Row row = r.row();
            Estimate e = r.estimate();
            sb.append("| ").append(row.id())
                    .append(" | ").append(row.heldOut() ? "held-out" : "calibration (" + row.fits() + ")")
                    .append(" | ").append(row.engine())
                    .append(" | ").append(row.precision())
                    .append(" | ").append(e == null ? "-" : e.parallelism().tensor() + " x " + e.parallelism().pipeline())
                    .append(" | ").append(number(row.measuredPerAccelerator()))
                    .append(" | ").append(e == null ? "refused" : number(r.estimatePerAccelerator()))
                    .append(" | ").append(e == null ? "-" : number(r.lowPerAccelerator()) + "-" + number(r.highPerAccelerator()))
                    .append(" | ").append(e == null ? "-" : percent(r.error()))
                    .append(" |\n");
        }
        return sb.toString();
    }

    /** The Markdown table of estimated against measured system power for rows that carry a measurement. */
    static String powerTable(List<ValidationRows.Row> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append("| row | system | measured wall power | estimate: accelerators + catalog host share | error | accelerators alone | implied host power |\n");
        sb.append("|---|---|---|---|---|---|---|\n");
        for (ValidationRows.Row row : rows) {
            if (row.measuredSystemWatts() == null) {
                continue;
            }
            double[] w = ValidationTable.systemWatts(row);
            sb.append("| ").append(row.id())
                    .append(" | ").append(row.accelerators()).append(" x ").append(row.accelerator()).append(" (as ").append(row.powerServer()).append(")")
                    .append(" | ").append(number(row.measuredSystemWatts())).append(" W")
                    .append(" | ").append(number(w[0])).append(" W")
                    .append(" | ").append(percent(w[0] / row.measuredSystemWatts() - 1))
                    .append(" | ").append(number(w[1])).append(" W")
                    .append(" | ").append(number(row.measuredSystemWatts() - w[1])).append(" W")
                    .append(" |\n");
        }
        return sb.toString();
    }

    static String number(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%,.1f", v);
    }

    static String percent(double v) {
        return String.format(Locale.ROOT, "%+.1f%%", 100 * v);
    }

    static String summary(String label, List<ValidationTable.Result> results) {
        double[] abs = results.stream().mapToDouble(r -> r.refused() ? 1 : Math.abs(r.error())).sorted().toArray();
        return label + ": " + results.size() + " rows, median |error| " + percent(medianAbsError(results, r -> true)).substring(1)
                + ", worst " + percent(abs.length == 0 ? 0 : abs[abs.length - 1]).substring(1)
                + ", refused " + results.stream().filter(ValidationTable.Result::refused).count()
                + ", inside band " + Math.round(100 * coverage(results)) + "%" + Arrays.toString(new int[0]).replace("[]", "");
    }
}
