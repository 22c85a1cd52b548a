package dev.hallplan.engine.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.engine.supply.Battery;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SupplyAdequacyTest {
    private static final double MWH = 3.6e9;

    /** {@code watts} from 08:00 to 08:00 + hours on every day of the year, 0 otherwise. */
    private static double[] daylight(double watts, int hours) {
        double[] year = new double[8760];
        for (int h = 0; h < year.length; h++) {
            int hod = YearCalendar.hourOfDay(h);
            year[h] = hod >= 8 && hod < 8 + hours ? watts : 0;
        }
        return year;
    }

    /** Load {@code x} from 08:00 to midnight and none before: the year's first night asks nothing of the battery. */
    private static SupplyAdequacy.LoadBound eveningLoad() {
        return x -> {
            double[] load = new double[8760];
            for (int h = 0; h < load.length; h++) {
                load[h] = YearCalendar.hourOfDay(h) >= 8 ? x : 0;
            }
            return load;
        };
    }

    @Test
    void withoutRenewablesOrBatteryTheLimitIsTieInAndFirmOverTheWorstMonthsPue() {
        SupplyAdequacy model = new SupplyAdequacy(new double[8760], 1_000_000, 200_000, null);
        double[] pue = {1.2, 1.2, 1.25, 1.3, 1.35, 1.4, 1.5, 1.45, 1.4, 1.3, 1.25, 1.2};
        // (1 MW + 0.2 MW) / 1.5 in July = 800 kW
        assertEquals(800_000, model.largestConstantItWatts(pue));
        assertTrue(model.checkConstantIt(799_000, pue).adequate());
        assertTrue(!model.checkConstantIt(801_000, pue).adequate());
    }

    @Test
    void batteryStartsTheYearAtItsFloorSoTheFirstNightHasOnlyTheGrid() {
        // 2 MW of sun from 08:00 to 18:00 and a 10 MWh / 1 MW battery: 1 January 00:00 to 08:00
        // comes before any sun, with the battery at its floor, as in the year simulation
        SupplyAdequacy model = new SupplyAdequacy(daylight(2_000_000, 10), 1_000_000, 0, new Battery(10 * MWH, 1_000_000, 1, 0, 0));
        double[] pue = new double[12];
        Arrays.fill(pue, 1);
        assertEquals(1_000_000, model.largestConstantItWatts(pue));
    }

    @Test
    void batteryEnergyLimitsTheEveningItCarries() {
        // 3 MW of sun 08:00-16:00, grid 1 MW, battery 10 MWh / 2 MW, lossless; load x from 08:00.
        // The dispatch is the simulation's greedy one: in a deficit the battery gives min(deficit,
        // power) before the grid, so it carries the whole evening load x while it can and the grid
        // tops up. The day's surplus 8 h x (3 MW - x) fills it. Seven evening hours take x each
        // from the battery and the last at least x - 1 MW: 7x + (x - 1 MW) <= 10 MWh, x <= 1.375 MW.
        SupplyAdequacy model = new SupplyAdequacy(daylight(3_000_000, 8), 1_000_000, 0, new Battery(10 * MWH, 2_000_000, 1, 0, 0));
        assertEquals(1_375_000, model.largestItWatts(eveningLoad()));
    }

    @Test
    void batteryPowerLimitsTheEveningItCarries() {
        // As above with a 0.25 MW / 40 MWh battery: it charges 8 h x 0.25 MW = 2 MWh and gives
        // 0.25 MW for the 8 evening hours, so the evening load is at most 1 MW grid + 0.25 MW.
        SupplyAdequacy model = new SupplyAdequacy(daylight(3_000_000, 8), 1_000_000, 0, new Battery(40 * MWH, 250_000, 1, 0, 0));
        assertEquals(1_250_000, model.largestItWatts(eveningLoad()));
    }

    @Test
    void roundTripLossesAndReserveShrinkWhatTheBatteryCarries() {
        // Grid 0.5 MW; battery 10 MWh / 2 MW, 81% round trip (0.9 each way), 20% reserve: 8 MWh
        // stored above the floor (the surplus fills it), 8 MWh x 0.9 = 7.2 MWh delivered; as above,
        // 7x + (x - 0.5 MW) <= 7.2 MWh, x <= 0.9625 MW.
        SupplyAdequacy model = new SupplyAdequacy(daylight(3_000_000, 8), 500_000, 0, new Battery(10 * MWH, 2_000_000, 0.81, 0.2, 0));
        assertEquals(962_500, model.largestItWatts(eveningLoad()), 1);
    }

    @Test
    void shortfallNamesItsHoursEnergyAndWorstHour() {
        SupplyAdequacy model = new SupplyAdequacy(daylight(100_000, 4), 1_000_000, 0, null);
        double[] pue = new double[12];
        Arrays.fill(pue, 1);
        SupplyCheck check = model.checkConstantIt(1_050_000, pue);
        // 50 kW short in the 20 sunless hours of each of 365 days; the sun covers 08:00-12:00
        assertEquals(20 * 365, check.shortHours());
        assertEquals(50_000.0 * 20 * 365 * 3600, check.shortEnergyJoules(), 1);
        assertEquals(50_000, check.worstShortWatts(), 1e-6);
        assertEquals("1 Jan 00:00", check.worstHourLabel());
    }

    @Test
    void brokenInputIsRejectedWithWhatIsWrong() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SupplyAdequacy(new double[8760], 1, 0, null).check(new double[24]));
        assertEquals("facility load needs 8760 hourly values, had 24", e.getMessage());
        SupplyAdequacy model = new SupplyAdequacy(new double[8760], 1, 0, null);
        double[] pue = new double[12];
        Arrays.fill(pue, 0.9);
        assertEquals("PUE must be 1 or more, was 0.9",
                assertThrows(IllegalArgumentException.class, () -> model.largestConstantItWatts(pue)).getMessage());
    }
}
