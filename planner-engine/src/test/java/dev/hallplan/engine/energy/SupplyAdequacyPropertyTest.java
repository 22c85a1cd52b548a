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
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The safety of the supply-adequacy model (docs/energy-model.md, "Supply adequacy"): over random
 * supplies (grid, firm, on-site solar, wind or hydro and grid-delivered PPAs, batteries of any
 * energy, power, efficiency and reserve), PUE curves and hourly loads with deferrable work, a
 * load the model accepts has zero unserved hours in the 8,760-hour year simulation. Each case
 * scales its load to the model's limit, where the property is tightest. Cases are drawn from fixed
 * seeds (a failure names its seed and reproduces); each parameter takes one of its range's ends in
 * about one case in five, where boundary mistakes show.
 */
class SupplyAdequacyPropertyTest {
    private static final double MW = 1e6;

    static LongStream seeds() {
        return LongStream.range(0, 60).map(i -> 0x5EED_0000L + i * 7919);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void acceptedByTheModelMeansNoUnservedHourInTheYearSimulation(long seed) {
        Draw draw = new Draw(new Random(seed));
        double gridMw = draw.between(0, 2);
        double firmMw = draw.between(0, 0.5);
        double onSiteMw = draw.between(0, 4);
        int onSiteKind = (int) Math.min(2, Math.floor(draw.between(0, 3)));
        double latitude = draw.between(-60, 60);
        double ppaMw = draw.between(0, 3);
        double batteryMwh = draw.between(0, 12);
        double batteryMw = draw.between(0, 3);
        double roundTrip = draw.between(0.6, 1);
        double reserve = draw.between(0, 0.4);
        double deferrableShare = draw.between(0, 0.9);
        boolean shiftDeferrable = draw.random.nextBoolean();
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
                supply.gridTieInWatts(), FirmSupply.gasEstimate(supply.firmSupplyWatts()), battery, shiftDeferrable,
                profiles.deliveredWatts()));
        assertEquals(List.of(), year.unservedHours(), "limit " + limit + " W");
    }

    /** Parameter values: uniform in the range, or one of its ends in about one draw in five. */
    private record Draw(Random random) {
        double between(double min, double max) {
            double u = random.nextDouble();
            return u < 0.1 ? min : u < 0.2 ? max : min + (max - min) * random.nextDouble();
        }
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
