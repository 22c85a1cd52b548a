package dev.hallplan.engine.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hallplan.engine.supply.Battery;
import dev.hallplan.engine.supply.EnergySupply;
import dev.hallplan.engine.supply.FirmSupply;
import dev.hallplan.engine.supply.HourlyProfile;
import dev.hallplan.engine.supply.RenewableSource;
import dev.hallplan.engine.supply.RenewableSource.RenewableKind;
import dev.hallplan.engine.supply.Tariff;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * The safety of the supply-adequacy model (docs/energy-model.md, "Supply adequacy"): over random
 * supplies (grid, firm, on-site solar, wind or hydro and grid-delivered PPAs, batteries of any
 * energy, power, efficiency and reserve), PUE curves and hourly loads with deferrable work, a
 * load the model accepts has zero unserved hours in the 8,760-hour year simulation. Each case
 * scales its load to the model's limit, where the property is tightest.
 */
class SupplyAdequacyPropertyTest {
    private static final double MW = 1e6;

    @Property(tries = 60)
    void acceptedByTheModelMeansNoUnservedHourInTheYearSimulation(
            @ForAll @DoubleRange(min = 0, max = 2) double gridMw,
            @ForAll @DoubleRange(min = 0, max = 0.5) double firmMw,
            @ForAll @DoubleRange(min = 0, max = 4) double onSiteMw,
            @ForAll @IntRange(min = 0, max = 2) int onSiteKind,
            @ForAll @DoubleRange(min = -60, max = 60) double latitude,
            @ForAll @DoubleRange(min = 0, max = 3) double ppaMw,
            @ForAll @DoubleRange(min = 0, max = 12) double batteryMwh,
            @ForAll @DoubleRange(min = 0, max = 3) double batteryMw,
            @ForAll @DoubleRange(min = 0.6, max = 1) double roundTrip,
            @ForAll @DoubleRange(min = 0, max = 0.4) double reserve,
            @ForAll @DoubleRange(min = 0, max = 0.9) double deferrableShare,
            @ForAll boolean shiftDeferrable,
            @ForAll long seed) {
        Random random = new Random(seed);
        List<RenewableSource> sources = new ArrayList<>();
        RenewableKind kind = RenewableKind.values()[onSiteKind];
        double cf = kind == RenewableKind.SOLAR ? 0.1 + 0.1 * random.nextDouble() : 0.2 + 0.3 * random.nextDouble();
        sources.add(new RenewableSource("site-" + seed, kind, onSiteMw * MW, null, latitude, cf, 30, true));
        sources.add(new RenewableSource("ppa-" + seed, RenewableKind.PPA_BLEND, ppaMw * MW, null, latitude, 0.3, 40, false));
        Battery battery = batteryMwh > 0 ? new Battery(batteryMwh * 3.6e9, batteryMw * MW, roundTrip, reserve, 0) : null;
        EnergySupply supply = new EnergySupply(gridMw * MW, firmMw * MW, sources, battery, HourlyProfile.constant(300),
                new Tariff(HourlyProfile.constant(80), 0));
        SupplyAdequacy model = SupplyAdequacy.of(supply);

        double[] shape = loadShape(random);
        double[] monthlyAmbientPue = new double[12];
        for (int m = 0; m < 12; m++) {
            monthlyAmbientPue[m] = 1.05 + 0.5 * random.nextDouble();
        }
        // PUE rises as the hall empties, as the facility model's does (constant watts of fixed load)
        PueFunction pue = (hour, it) -> monthlyAmbientPue[YearCalendar.monthOf(hour)] + (it > 0 ? 20_000 / Math.max(it, 20_000) * 0.01 : 0);
        double limit = model.largestItWatts(x -> facility(shape, x, pue));
        if (Double.isInfinite(limit) || limit <= 0) {
            return;
        }
        double[] it = scaled(shape, limit);
        double[] firm = new double[it.length];
        double[] deferrable = new double[it.length];
        double[] spare = new double[it.length];
        for (int h = 0; h < it.length; h++) {
            deferrable[h] = it[h] * deferrableShare;
            firm[h] = it[h] - deferrable[h];
            spare[h] = Math.max(0, limit - it[h]);
        }
        SupplyProfiles profiles = SupplyProfiles.of(supply);
        SimulationResult year = YearSimulator.run(new SimulationInput(firm, deferrable, spare, pue, profiles.renewableWatts(),
                profiles.renewablePriceUsdPerMwh(), profiles.gridCarbonGramsPerKwh(), null, profiles.tariffUsdPerMwh(), 0,
                supply.gridTieInWatts(), FirmSupply.gasEstimate(supply.firmSupplyWatts()), battery, shiftDeferrable));
        assertEquals(List.of(), year.unservedHours(), "limit " + limit + " W");
    }

    /** A load share per hour of the year (0..1): a random daily shape, weekly and seasonal swings and noise. */
    private static double[] loadShape(Random random) {
        double[] daily = new double[24];
        double base = 0.2 + 0.6 * random.nextDouble();
        int peakHour = random.nextInt(24);
        for (int h = 0; h < 24; h++) {
            double distance = Math.min(Math.abs(h - peakHour), 24 - Math.abs(h - peakHour));
            daily[h] = base + (1 - base) * Math.exp(-distance * distance / 18.0);
        }
        double[] year = new double[YearCalendar.HOURS_PER_YEAR];
        for (int h = 0; h < year.length; h++) {
            int day = YearCalendar.dayOf(h);
            double weekend = day % 7 >= 5 ? 0.7 : 1;
            double noise = 0.85 + 0.15 * random.nextDouble();
            year[h] = Math.min(1, daily[YearCalendar.hourOfDay(h)] * weekend * noise);
        }
        return year;
    }

    private static double[] scaled(double[] shape, double peakWatts) {
        double[] it = new double[shape.length];
        for (int h = 0; h < it.length; h++) {
            it[h] = shape[h] * peakWatts;
        }
        return it;
    }

    private static double[] facility(double[] shape, double peakWatts, PueFunction pue) {
        double[] it = scaled(shape, peakWatts);
        double[] out = new double[it.length];
        for (int h = 0; h < it.length; h++) {
            out[h] = it[h] * pue.pue(h, it[h]);
        }
        return out;
    }
}
