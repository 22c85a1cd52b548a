package dev.hallplan.samples;

import dev.hallplan.engine.project.Climate;
import dev.hallplan.engine.supply.Battery;
import dev.hallplan.engine.supply.EnergySupply;
import dev.hallplan.engine.supply.RenewableSource.RenewableKind;
import dev.hallplan.engine.supply.RenewableSource;
import dev.hallplan.engine.supply.Tariff;
import java.util.ArrayList;
import java.util.List;

/**
 * Energy supplies and climates of the sample sites. Figures are rounded public averages, marked
 * ESTIMATE in samples/README.md with their sources: grid carbon from Ember's 2023 yearly data,
 * industrial tariffs from EIA (US) and Eurostat (EU) 2023, capacity factors from NREL ATB 2023,
 * battery round-trip efficiency and cost from NREL ATB 2023 (4-hour utility-scale Li-ion), and
 * monthly temperatures from climate normals of the nearest large city.
 */
public final class SampleSupply {
    private static final double MWH = 3.6e9;

    private SampleSupply() {
    }

    /** A site: latitude, grid carbon mean (g/kWh), base tariff ($/MWh), demand charge ($/kW-month). */
    public record Site(String name, double latitudeDegrees, double gridGramsPerKwh, double usdPerMwh,
                       double demandChargeUsdPerKwMonth, double solarCapacityFactor, double windCapacityFactor,
                       Climate climate) {
    }

    public static final Site DALLAS = new Site("Dallas, TX", 32.8, 380, 65, 9, 0.25, 0.38,
            new Climate(List.of(8.0, 10.0, 15.0, 19.0, 24.0, 28.0, 30.0, 30.0, 26.0, 20.0, 13.0, 9.0)));
    public static final Site FRANKFURT = new Site("Frankfurt, DE", 50.1, 380, 190, 12, 0.11, 0.25,
            new Climate(List.of(1.0, 2.0, 6.0, 10.0, 14.0, 18.0, 20.0, 19.0, 15.0, 10.0, 5.0, 2.0)));
    public static final Site PARIS = new Site("Paris, FR", 48.9, 56, 150, 10, 0.13, 0.24,
            new Climate(List.of(5.0, 6.0, 9.0, 12.0, 16.0, 19.0, 21.0, 21.0, 17.0, 13.0, 8.0, 5.0)));
    public static final Site ASHBURN = new Site("Ashburn, VA", 39.0, 340, 80, 11, 0.19, 0.30,
            new Climate(List.of(1.0, 3.0, 7.0, 13.0, 18.0, 23.0, 26.0, 25.0, 21.0, 14.0, 8.0, 3.0)));
    public static final Site THE_DALLES = new Site("The Dalles, OR", 45.6, 280, 60, 8, 0.20, 0.33,
            new Climate(List.of(1.0, 4.0, 8.0, 11.0, 16.0, 20.0, 24.0, 24.0, 19.0, 12.0, 5.0, 1.0)));
    public static final Site MADRID = new Site("Madrid, ES", 40.4, 120, 110, 8, 0.21, 0.26,
            new Climate(List.of(6.0, 8.0, 11.0, 13.0, 17.0, 23.0, 26.0, 26.0, 21.0, 15.0, 10.0, 7.0)));

    /**
     * A supply at {@code site}: grid tie-in, optional solar and wind PPAs (nameplate W, 0 for
     * none; solar and wind at $35 and $30/MWh PPA strike prices, ESTIMATE), and an optional
     * battery of {@code batteryMwh} at 4-hour duration (87% round trip, 10% reserve, $330/kWh installed).
     */
    public static EnergySupply supply(Site site, double gridTieInWatts, double solarWatts, double windWatts,
                                      double batteryMwh) {
        return supply(site, gridTieInWatts, solarWatts, windWatts, batteryMwh, false);
    }

    /** As {@link #supply} but the solar plant is on site, behind the meter: it adds to what the grid connection delivers. */
    public static EnergySupply onSiteSolar(Site site, double gridTieInWatts, double solarWatts, double windWatts,
                                           double batteryMwh) {
        return supply(site, gridTieInWatts, solarWatts, windWatts, batteryMwh, true);
    }

    private static EnergySupply supply(Site site, double gridTieInWatts, double solarWatts, double windWatts,
                                       double batteryMwh, boolean solarOnSite) {
        List<RenewableSource> renewables = new ArrayList<>();
        if (solarWatts > 0) {
            renewables.add(new RenewableSource("solar-ppa", RenewableKind.SOLAR, solarWatts, null,
                    site.latitudeDegrees(), site.solarCapacityFactor(), 35, solarOnSite));
        }
        if (windWatts > 0) {
            renewables.add(new RenewableSource("wind-ppa", RenewableKind.WIND, windWatts, null,
                    site.latitudeDegrees(), site.windCapacityFactor(), 30, false));
        }
        Battery battery = batteryMwh > 0
                ? new Battery(batteryMwh * MWH, batteryMwh / 4 * 1e6, 0.87, 0.10, batteryMwh * 1000 * 330)
                : null;
        return new EnergySupply(gridTieInWatts, 0, renewables, battery,
                Profiles.gridCarbon(site.gridGramsPerKwh(), 0.15),
                new Tariff(Profiles.timeOfUse(site.usdPerMwh()), site.demandChargeUsdPerKwMonth()));
    }
}
