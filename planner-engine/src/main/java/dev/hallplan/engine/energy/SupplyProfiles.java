package dev.hallplan.engine.energy;

import dev.hallplan.engine.supply.EnergySupply;
import dev.hallplan.engine.supply.HourlyProfile;
import dev.hallplan.engine.supply.RenewableSource;
/**
 * A hall's {@link EnergySupply} expanded to the hourly arrays the simulation reads: renewable
 * generation summed over sources (own profile or a synthetic one), its generation-weighted price,
 * grid carbon and tariff.
 *
 * @param renewableWatts              generation of all sources per hour, W
 * @param deliveredWatts              the part of it from grid-delivered sources ({@code onSite == false}),
 *                                    which reaches the hall through its grid tie-in, W
 * @param renewablePriceUsdPerMwh     total renewable cost / total generation (0 without generation)
 * @param gridCarbonGramsPerKwh       per hour
 * @param tariffUsdPerMwh             per hour
 */
public record SupplyProfiles(
        double[] renewableWatts,
        double[] deliveredWatts,
        double renewablePriceUsdPerMwh,
        double[] gridCarbonGramsPerKwh,
        double[] tariffUsdPerMwh) {

    public static SupplyProfiles of(EnergySupply supply) {
        double[] renewable = new double[YearCalendar.HOURS_PER_YEAR];
        double[] delivered = new double[YearCalendar.HOURS_PER_YEAR];
        double cost = 0;
        double generation = 0;
        for (RenewableSource source : supply.renewables()) {
            HourlyProfile cf = SyntheticProfiles.forSource(source);
            double sourceGeneration = 0;
            for (int h = 0; h < renewable.length; h++) {
                double watts = cf.at(h) * source.capacityWatts();
                renewable[h] += watts;
                if (!source.onSite()) {
                    delivered[h] += watts;
                }
                sourceGeneration += watts;
            }
            generation += sourceGeneration;
            cost += sourceGeneration * source.priceUsdPerMwh();
        }
        return new SupplyProfiles(renewable, delivered, generation > 0 ? cost / generation : 0,
                supply.gridCarbonGramsPerKwh().toYear(), supply.tariff().energyUsdPerMwh().toYear());
    }
}
