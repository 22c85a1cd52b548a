package dev.hallplan.engine.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.engine.supply.FirmSupply;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class YearSimulatorTest {
    private static final int YEAR = 8760;
    private static final double WH = 3600;

    /** 100 W flat IT load, PUE 1, 150 W of renewables from 08:00 to 16:00 every day, no battery. */
    private static SimulationInput sunnyDays(double[] gridCfeShare) {
        return new SimulationInput(year(100), year(0), null, PueFunction.constant(1), daytime(150),
                50, year(400), gridCfeShare, year(100), 0, 1e6, FirmSupply.NONE, null, false);
    }

    @Test
    void carbonFreeShareIsHourlyMatched() {
        SimulationResult r = YearSimulator.run(sunnyDays(null));
        // Daily load 2400 Wh; renewables 8 h x 150 = 1200 Wh, but only 8 h x 100 = 800 Wh can be
        // used in their hour. Annual matching sees 1200 / 2400 = 0.5; 24/7 CFE only 800 / 2400 = 1/3.
        assertEquals(0.5, r.annualRenewableShare(), 1e-12);
        assertEquals(1.0 / 3, r.carbonFreeShare(), 1e-12);
        assertEquals(1.0 / 3, r.renewableShareOfLoad(), 1e-12);
    }

    @Test
    void gridCarbonFreeShareCountsOnlyWhenGiven() {
        SimulationResult r = YearSimulator.run(sunnyDays(year(0.5)));
        // The 16 grid hours of 100 W are half carbon-free: 800 Wh more, (800 + 800) / 2400 = 2/3.
        assertEquals(2.0 / 3, r.carbonFreeShare(), 1e-12);
        assertEquals(1.0 / 3, r.renewableShareOfLoad(), 1e-12); // unchanged: grid is no renewable
    }

    @Test
    void surplusRenewablesAreCurtailedAndStillPaid() {
        SimulationResult r = YearSimulator.run(sunnyDays(null));
        // 50 W over the load for 8 h a day, 365 days.
        assertEquals(50 * 8 * 365 * WH, r.curtailedEnergyJoules(), 1e-3);
        // Take-or-pay: all 150 W x 8 h x 365 = 438 kWh at $50/MWh = $21.90, used or not.
        assertEquals(21.90, r.cost().renewableUsd(), 1e-9);
        // Grid: 100 W x 16 h x 365 = 584 kWh at $100/MWh = $58.40 and 400 g/kWh = 0.2336 t.
        assertEquals(58.40, r.cost().gridEnergyUsd(), 1e-9);
        assertEquals(0.2336, r.carbonTonnes(), 1e-12);
    }

    @Test
    void demandChargesBillEachMonthsPeak() {
        double[] it = year(1000);
        it[10] = 3000; // one January hour at 3 kW
        SimulationInput in = new SimulationInput(it, year(0), null, PueFunction.constant(1), year(0), 0,
                year(400), null, year(100), 10, 1e6, FirmSupply.NONE, null, false);
        SimulationResult r = YearSimulator.run(in);
        // January peaks at 3 kW, the 11 other months at 1 kW: (3 + 11) kW x $10 = $140.
        assertEquals(140, r.cost().demandChargeUsd(), 1e-9);
        assertEquals(3000, r.monthlyPeakGridWatts().get(0), 1e-9);
        assertEquals(1000, r.monthlyPeakGridWatts().get(1), 1e-9);
        // 1 kW x 8760 h + 2 kWh extra = 8762 kWh: $876.20 at $100/MWh, 3.5048 t at 400 g/kWh.
        assertEquals(876.20, r.cost().gridEnergyUsd(), 1e-9);
        assertEquals(3.5048, r.carbonTonnes(), 1e-12);
    }

    @Test
    void pueScalesItLoadToFacilityLoad() {
        SimulationInput in = new SimulationInput(year(100), year(0), null, (h, it) -> 1.5, year(0), 0,
                year(0), null, year(0), 0, 1e6, FirmSupply.NONE, null, false);
        SimulationResult r = YearSimulator.run(in);
        assertEquals(150, r.facilityLoadWatts().at(1234), 1e-12);
        assertEquals(100 * YEAR * WH, r.itEnergyJoules(), 1e-3);
    }

    @Test
    void unservedHoursAreListedWhenTheGridCapBinds() {
        double[] it = year(100);
        it[5] = 260;
        it[8000] = 300;
        // 200 W tie-in plus 50 W firm supply: 10 W short at hour 5, 50 W at hour 8000.
        SimulationInput in = new SimulationInput(it, year(0), null, PueFunction.constant(1), year(0), 0,
                year(400), null, year(100), 0, 200, new FirmSupply(50, 500, 90), null, false);
        SimulationResult r = YearSimulator.run(in);
        assertEquals(List.of(5, 8000), r.unservedHours());
        assertEquals((10 + 50) * WH, r.unservedEnergyJoules(), 1e-9);
        // Firm supply ran 50 W in both hours: 0.1 kWh x 500 g = 50 g on top of the grid's carbon.
        double gridKwh = (100.0 * (YEAR - 2) + 200 + 200) / 1000;
        assertEquals((gridKwh * 400 + 0.1 * 500) / 1e6, r.carbonTonnes(), 1e-12);
        assertEquals(0.1 * 90 / 1000, r.cost().firmSupplyUsd(), 1e-12);
    }

    @Test
    void shiftingDeferrableWorkReportsWhatItSaved() {
        double[] spare = year(30);
        SimulationInput in = new SimulationInput(year(100), year(20), spare, PueFunction.constant(1),
                daytimeHours(200, 10, 13), 0, year(500), null, year(100), 0, 1e6, FirmSupply.NONE, null, true);
        SimulationResult r = YearSimulator.run(in);
        // Each day 4 sunny hours take 30 W more (spare-bound, surplus is 80 W): 120 Wh/day moved,
        // all of it now from renewables instead of the grid: 43.8 kWh a year, $4.38 at $100/MWh and
        // 21.9 kg at 500 g/kWh.
        assertEquals(120 * 365 * WH, r.shift().energyMovedJoules(), 1e-3);
        assertEquals(4.38, r.shift().costSavedUsd(), 1e-9);
        assertEquals(0.0219, r.shift().carbonSavedTonnes(), 1e-12);
        assertEquals(150, r.itLoadWatts().at(10), 1e-9);
        // Energy is conserved: the year's IT energy is still 120 W x 8760 h.
        assertEquals(120 * YEAR * WH, r.itEnergyJoules(), 1e-3);

        SimulationResult off = YearSimulator.run(in.withShiftDeferrable(false));
        assertEquals(ShiftReport.NONE, off.shift());
        assertTrue(off.carbonTonnes() > r.carbonTonnes());
    }

    @Test
    void simulationRejectsPueBelowOne() {
        SimulationInput in = new SimulationInput(year(100), year(0), null, (h, it) -> 0.9, year(0), 0,
                year(0), null, year(0), 0, 1e6, FirmSupply.NONE, null, false);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> YearSimulator.run(in));
        assertTrue(e.getMessage().contains("hour 0"), e.getMessage());
    }

    @Test
    void inputRejectsShortArrays() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SimulationInput(new double[24], year(0), null, PueFunction.constant(1), year(0), 0,
                        year(0), null, year(0), 0, 0, null, null, false));
        assertTrue(e.getMessage().contains("itFirmWatts"), e.getMessage());
    }

    static double[] year(double v) {
        double[] a = new double[YEAR];
        Arrays.fill(a, v);
        return a;
    }

    private static double[] daytime(double watts) {
        return daytimeHours(watts, 8, 15);
    }

    private static double[] daytimeHours(double watts, int first, int last) {
        double[] a = new double[YEAR];
        for (int h = 0; h < YEAR; h++) {
            int hod = h % 24;
            if (hod >= first && hod <= last) {
                a[h] = watts;
            }
        }
        return a;
    }
}
