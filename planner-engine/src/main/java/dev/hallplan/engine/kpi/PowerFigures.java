package dev.hallplan.engine.kpi;

/**
 * A plan's power figures, summed over its halls; each is one headline figure ({@link Figure}).
 *
 * @param itFullLoadWatts        IT load at planned full load: every replica serving at capacity, by the
 *                               facility model's accounting (racks and sized fabric)
 * @param facilityFullLoadWatts  facility draw at planned full load in each hall's design (hottest) month
 * @param itPeakHourWatts        IT load of the busiest hour of the simulated year (replicas follow demand)
 * @param facilityPeakHourWatts  facility load (IT × PUE of the hour) of its busiest hour in the simulated year
 * @param gridImportPeakWatts    largest grid import of any hour of the simulated year
 * @param nameplateItWatts       every server at its catalog maximum, every device at its catalog power, and the fabric
 */
public record PowerFigures(double itFullLoadWatts, double facilityFullLoadWatts, double itPeakHourWatts,
        double facilityPeakHourWatts, double gridImportPeakWatts, double nameplateItWatts) {
}
