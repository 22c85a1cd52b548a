package dev.hallplan.engine.facility;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A hall's live state under a load: what the UI shows on every edit.
 *
 * @param racks             per rack, in row order
 * @param rows              per row
 * @param loops             per liquid-cooling loop (a row's CDUs of one model)
 * @param mix               IT load share by rack cooling type
 * @param powerChain        the chain at the design (hottest) month; its IT load includes the fabric
 * @param fabricWatts       power of the sized network fabric (halls without placed switches), IT load outside every rack
 * @param monthlyPue        facility power / IT power per month, January first (12 values)
 * @param monthlyWueLitresPerKwh site water per IT kWh per month; 0 without evaporative plant
 * @param designAmbientCelsius the hottest month's ambient, used for the capacity checks
 * @param stranded          capacity that one resource provides but another prevents using
 * @param hallViolations    power-chain and plant violations (rack, row and loop ones sit in their states)
 */
public record HallState(
        String hallId,
        List<RackState> racks,
        List<RowState> rows,
        List<LoopState> loops,
        CoolingMix mix,
        PowerChainState powerChain,
        double fabricWatts,
        double plantCapacityWatts,
        List<Double> monthlyPue,
        List<Double> monthlyWueLitresPerKwh,
        double designAmbientCelsius,
        StrandedCapacity stranded,
        List<Violation> hallViolations) {

    public HallState {
        racks = Collections.unmodifiableList(racks);
        rows = List.copyOf(rows);
        loops = List.copyOf(loops);
        monthlyPue = List.copyOf(monthlyPue);
        monthlyWueLitresPerKwh = List.copyOf(monthlyWueLitresPerKwh);
        hallViolations = List.copyOf(hallViolations);
    }

    /** IT load of the hall: its racks plus the sized fabric. */
    public double itWatts() {
        return powerChain.itWatts();
    }

    /** Facility draw at the design month: IT, chain losses, cooling and fixed loads (what the grid and firm supply deliver). */
    public double facilityWatts() {
        return powerChain.gridDrawWatts();
    }

    /** Facility power / IT power at the design month. */
    public double designPue() {
        return powerChain.itWatts() > 0 ? powerChain.gridDrawWatts() / powerChain.itWatts() : Double.NaN;
    }

    /** IT load the hall could still take before power, cooling or rack space runs out (negative when over). */
    public double itHeadroomWatts() {
        return stranded.usableWatts() - itWatts();
    }

    /** Heat the chiller / dry-cooler plant could still reject; +infinity when no plant is listed. */
    public double plantHeadroomWatts() {
        return plantCapacityWatts > 0 ? plantCapacityWatts - itWatts() : Double.POSITIVE_INFINITY;
    }

    /** Every violation: racks, rows, loops, then the hall's. */
    public List<Violation> violations() {
        List<Violation> all = new ArrayList<>();
        racks.forEach(r -> all.addAll(r.violations()));
        rows.forEach(r -> all.addAll(r.violations()));
        loops.forEach(l -> all.addAll(l.violations()));
        all.addAll(hallViolations);
        return all;
    }

    public boolean hasViolations() {
        return !hallViolations.isEmpty() || racks.stream().anyMatch(r -> !r.violations().isEmpty())
                || rows.stream().anyMatch(r -> !r.violations().isEmpty()) || loops.stream().anyMatch(l -> !l.violations().isEmpty());
    }
}
