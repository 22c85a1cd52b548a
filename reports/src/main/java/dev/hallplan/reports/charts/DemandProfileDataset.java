package dev.hallplan.reports.charts;

import dev.hallplan.engine.project.Demand;
import dev.hallplan.engine.supply.HourlyProfile;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * One week of a workload's demand in requests (or queries) per second, hour by hour: the shape
 * the workloads view draws and a report may print. Profiles of 1, 24 or 168 values repeat every
 * week, so the first week is every week; for a full year (8760 values) the week shown is the
 * Monday-started week holding the busiest hour.
 */
public final class DemandProfileDataset {
    /** Hours in the week shown. */
    public static final int WEEK_HOURS = 168;
    /** Key of the single series. */
    public static final String SERIES = "Demand";

    private DemandProfileDataset() {
    }

    /** Hour of the year the week shown starts at (a multiple of 168, Monday 00:00). */
    public static int firstHourShown(HourlyProfile shape) {
        if (shape.length() < HourlyProfile.HOURS_PER_YEAR) {
            return 0;
        }
        double[] v = shape.values();
        int peak = 0;
        for (int h = 1; h < v.length; h++) {
            if (v[h] > v[peak]) {
                peak = h;
            }
        }
        int start = peak / WEEK_HOURS * WEEK_HOURS;
        return Math.min(start, HourlyProfile.HOURS_PER_YEAR - WEEK_HOURS);
    }

    /** x = hour of the week shown (0 = Monday 00:00), y = requests/s = peak × share of peak at that hour. */
    public static XYSeriesCollection week(Demand demand) {
        HourlyProfile shape = demand.shareOfPeak();
        int start = firstHourShown(shape);
        XYSeries s = new XYSeries(SERIES, false, false);
        for (int h = 0; h < WEEK_HOURS; h++) {
            s.add(h, demand.requestsPerSecondAt(start + h));
        }
        return new XYSeriesCollection(s);
    }
}
