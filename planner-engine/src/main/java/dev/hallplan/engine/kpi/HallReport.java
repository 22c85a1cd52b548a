package dev.hallplan.engine.kpi;

import java.util.List;

/**
 * One hall of a planned scenario at planned full load (every replica serving at capacity), from
 * the facility model: what the floor plan and the per-hall lines of the reports show.
 *
 * @param racks                      placed racks
 * @param itFullLoadWatts            IT load at planned full load: its racks plus the sized fabric
 * @param facilityFullLoadWatts      facility draw at planned full load in the design (hottest) month
 * @param fabricWatts                the sized network fabric's part of the IT load (0 when switches are placed)
 * @param nameplateItWatts           every server at its catalog maximum, devices and fabric
 * @param whiteSpaceSquareMeters     rows, aisles and clearances ({@code facility.FloorArea})
 * @param rackFootprintSquareMeters  the racks' own footprint
 * @param limitViolations            facility limits broken at planned full load (racks, rows, loops, power chain,
 *                                   plant), then the supply-adequacy model's verdicts: each month's busiest day
 *                                   of the plan's load not carried in every hour of the year, and hours the
 *                                   year simulation could not supply (with the energy short and the worst hour)
 */
public record HallReport(
        String hallId,
        String hallName,
        int racks,
        double itFullLoadWatts,
        double facilityFullLoadWatts,
        double fabricWatts,
        double nameplateItWatts,
        double whiteSpaceSquareMeters,
        double rackFootprintSquareMeters,
        List<String> limitViolations) {

    public HallReport {
        limitViolations = List.copyOf(limitViolations);
    }

    /** IT load at planned full load per m² of white space; NaN without white space. */
    public double itWattsPerSquareMeter() {
        return whiteSpaceSquareMeters > 0 ? itFullLoadWatts / whiteSpaceSquareMeters : Double.NaN;
    }
}
