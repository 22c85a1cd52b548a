package dev.hallplan.engine.energy;

import dev.hallplan.engine.supply.Battery;
import dev.hallplan.engine.supply.FirmSupply;
import java.util.Objects;

/**
 * Everything the hourly year simulation reads, as 8760-value arrays (hour 0 = 1 January 00:00;
 * each value is the mean over its hour). Arrays are held, not copied, so building an input is
 * cheap: the caller must not change them afterwards.
 *
 * @param itFirmWatts                IT load that must run in its hour
 * @param itDeferrableWatts          IT load of batch work that may move within its day
 * @param spareItWatts               nullable: extra IT load each hour could take (replicas' spare
 *                                   capacity); null means deferrable work cannot move
 * @param pue                        facility overhead per hour
 * @param renewableWatts             renewable generation available to the hall (all sources)
 * @param renewablePriceUsdPerMwh    generation-weighted price of renewable energy, paid on all
 *                                   generation including curtailed (take-or-pay)
 * @param gridCarbonGramsPerKwh      grid carbon intensity
 * @param gridCarbonFreeShare        nullable: share of grid energy that is carbon-free each hour
 *                                   (0..1); null means grid energy never counts as carbon-free
 * @param tariffUsdPerMwh            grid energy price
 * @param demandChargeUsdPerKwMonth  charge on each month's peak grid import
 * @param gridTieInWatts             largest grid import
 * @param firm                       on-site dispatchable supply, {@link FirmSupply#NONE} for none
 * @param battery                    nullable: no battery
 * @param shiftDeferrable            true to move deferrable work into surplus-renewable hours
 * @param deliveredRenewableWatts    nullable: the part of {@code renewableWatts} from grid-delivered
 *                                   sources (PPAs), which reaches the hall through the tie-in and
 *                                   shares it with grid import; null means every source is on site
 */
public record SimulationInput(
        double[] itFirmWatts,
        double[] itDeferrableWatts,
        double[] spareItWatts,
        PueFunction pue,
        double[] renewableWatts,
        double renewablePriceUsdPerMwh,
        double[] gridCarbonGramsPerKwh,
        double[] gridCarbonFreeShare,
        double[] tariffUsdPerMwh,
        double demandChargeUsdPerKwMonth,
        double gridTieInWatts,
        FirmSupply firm,
        Battery battery,
        boolean shiftDeferrable,
        double[] deliveredRenewableWatts) {

    public SimulationInput {
        YearCalendar.requireYear("itFirmWatts", itFirmWatts);
        YearCalendar.requireYear("itDeferrableWatts", itDeferrableWatts);
        if (spareItWatts != null) {
            YearCalendar.requireYear("spareItWatts", spareItWatts);
        }
        Objects.requireNonNull(pue, "pue");
        YearCalendar.requireYear("renewableWatts", renewableWatts);
        if (deliveredRenewableWatts != null) {
            YearCalendar.requireYear("deliveredRenewableWatts", deliveredRenewableWatts);
        }
        YearCalendar.requireYear("gridCarbonGramsPerKwh", gridCarbonGramsPerKwh);
        if (gridCarbonFreeShare != null) {
            YearCalendar.requireYear("gridCarbonFreeShare", gridCarbonFreeShare);
        }
        YearCalendar.requireYear("tariffUsdPerMwh", tariffUsdPerMwh);
        nonNegative("renewablePriceUsdPerMwh", renewablePriceUsdPerMwh);
        nonNegative("demandChargeUsdPerKwMonth", demandChargeUsdPerKwMonth);
        nonNegative("gridTieInWatts", gridTieInWatts);
        firm = firm == null ? FirmSupply.NONE : firm;
    }

    /** An input whose renewable sources are all on site (no grid-delivered part). */
    public SimulationInput(double[] itFirmWatts, double[] itDeferrableWatts, double[] spareItWatts, PueFunction pue,
                           double[] renewableWatts, double renewablePriceUsdPerMwh, double[] gridCarbonGramsPerKwh,
                           double[] gridCarbonFreeShare, double[] tariffUsdPerMwh, double demandChargeUsdPerKwMonth,
                           double gridTieInWatts, FirmSupply firm, Battery battery, boolean shiftDeferrable) {
        this(itFirmWatts, itDeferrableWatts, spareItWatts, pue, renewableWatts, renewablePriceUsdPerMwh, gridCarbonGramsPerKwh,
                gridCarbonFreeShare, tariffUsdPerMwh, demandChargeUsdPerKwMonth, gridTieInWatts, firm, battery, shiftDeferrable,
                null);
    }

    /**
     * Renewable output that can reach the hall each hour: on-site sources, and grid-delivered ones
     * up to the tie-in (as {@link Dispatch} takes them). A new array.
     */
    public double[] usableRenewableWatts() {
        double[] usable = renewableWatts.clone();
        if (deliveredRenewableWatts != null) {
            for (int h = 0; h < usable.length; h++) {
                usable[h] -= Math.max(0, deliveredRenewableWatts[h] - gridTieInWatts);
            }
        }
        return usable;
    }

    /** The same input with deferrable shifting switched on or off. */
    public SimulationInput withShiftDeferrable(boolean shift) {
        return new SimulationInput(itFirmWatts, itDeferrableWatts, spareItWatts, pue, renewableWatts,
                renewablePriceUsdPerMwh, gridCarbonGramsPerKwh, gridCarbonFreeShare, tariffUsdPerMwh,
                demandChargeUsdPerKwMonth, gridTieInWatts, firm, battery, shift, deliveredRenewableWatts);
    }

    private static void nonNegative(String what, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(what + " must not be negative, was " + v);
        }
    }
}
