package dev.hallplan.engine.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hallplan.engine.supply.Battery;
import org.junit.jupiter.api.Test;

class DispatchTest {
    private static final double WH = 3600; // joules in a watt-hour
    private static final double EPS = 1e-9;

    @Test
    void batteryChargesFromSurplusThenDischargesIntoDeficit() {
        // 150 Wh battery, 200 W, round trip 0.81 so each way loses sqrt(0.81) = 0.9.
        Battery battery = new Battery(150 * WH, 200, 0.81, 0, 0);
        Dispatch d = Dispatch.run(new double[] {100, 100, 100, 100}, new double[] {300, 300, 0, 0}, battery, 1e6, 0);

        // h0: 200 W surplus; the empty battery takes at most 150 Wh / 0.9 = 166.67 W; 33.33 W curtailed.
        assertEquals(150.0 / 0.9, d.batteryChargeWatts(0), EPS);
        assertEquals(200 - 150.0 / 0.9, d.curtailedWatts(0), EPS);
        assertEquals(150 * WH, d.stateOfChargeJoules(0), 1e-6);
        // h1: full, so the whole 200 W surplus is curtailed.
        assertEquals(0, d.batteryChargeWatts(1), EPS);
        assertEquals(200, d.curtailedWatts(1), EPS);
        // h2: 100 W deficit; 100 W out costs 100 / 0.9 = 111.1 Wh of charge, leaving 38.9 Wh.
        assertEquals(100, d.batteryDischargeWatts(2), EPS);
        assertEquals(0, d.gridImportWatts(2), EPS);
        assertEquals((150 - 100 / 0.9) * WH, d.stateOfChargeJoules(2), 1e-6);
        // h3: 38.9 Wh x 0.9 = 35 W deliverable; the grid covers the other 65 W.
        assertEquals(35, d.batteryDischargeWatts(3), 1e-9);
        assertEquals(65, d.gridImportWatts(3), 1e-9);
        // 166.67 Wh in, 135 Wh out: the round trip efficiency 0.81.
        assertEquals(0.81, 135 / (150.0 / 0.9), 1e-12);
    }

    @Test
    void batteryKeepsItsMinimumStateOfCharge() {
        // 100 Wh, lossless, 20% reserve: starts at the 20 Wh floor and never goes below it.
        Battery battery = new Battery(100 * WH, 1000, 1.0, 0.2, 0);
        Dispatch d = Dispatch.run(new double[] {50, 50, 100}, new double[] {0, 200, 0}, battery, 1e6, 0);

        assertEquals(0, d.batteryDischargeWatts(0), EPS); // at the floor: nothing to give
        assertEquals(50, d.gridImportWatts(0), EPS);
        assertEquals(80, d.batteryChargeWatts(1), EPS); // room from 20 to 100 Wh
        assertEquals(70, d.curtailedWatts(1), EPS); // 150 W surplus - 80 W charged
        assertEquals(80, d.batteryDischargeWatts(2), EPS); // back down to the floor
        assertEquals(20, d.gridImportWatts(2), EPS);
        assertEquals(20 * WH, d.stateOfChargeJoules(2), 1e-6);
    }

    @Test
    void batteryRespectsItsPowerLimit() {
        Battery battery = new Battery(1000 * WH, 30, 1.0, 0, 0);
        Dispatch d = Dispatch.run(new double[] {0, 100}, new double[] {100, 0}, battery, 1e6, 0);

        assertEquals(30, d.batteryChargeWatts(0), EPS); // 100 W surplus, 30 W inverter
        assertEquals(70, d.curtailedWatts(0), EPS);
        assertEquals(30, d.batteryDischargeWatts(1), EPS);
        assertEquals(70, d.gridImportWatts(1), EPS);
    }

    @Test
    void gridCapThenFirmSupplyThenUnserved() {
        // 250 W load against a 200 W tie-in and 30 W of firm supply leaves 20 W unserved.
        Dispatch d = Dispatch.run(new double[] {100, 250, 100}, new double[] {0, 0, 0}, null, 200, 30);

        assertEquals(100, d.gridImportWatts(0), EPS);
        assertEquals(0, d.firmWatts(0), EPS);
        assertEquals(200, d.gridImportWatts(1), EPS);
        assertEquals(30, d.firmWatts(1), EPS);
        assertEquals(20, d.unservedWatts(1), EPS);
        assertEquals(0, d.unservedWatts(2), EPS);
    }

    @Test
    void dispatchRejectsArraysOfDifferentLength() {
        assertThrows(IllegalArgumentException.class,
                () -> Dispatch.run(new double[3], new double[4], null, 0, 0));
    }

    @Test
    void gridDeliveredRenewablesShareTheTieInWithGridImportAndSpillBeyondIt() {
        // tie-in 100 W; hour 0: 50 W of a 150 W PPA cannot pass the tie-in; hour 1: a 70 W PPA under a
        // 200 W load leaves the grid 30 W of the tie-in; hour 2: 40 W on site and 70 W by PPA under 200 W:
        // the tie-in carries 70 + 30 W, 60 W go unserved
        double[] load = {80, 200, 200};
        double[] renewable = {150, 70, 110};
        double[] delivered = {150, 70, 70};
        Dispatch d = Dispatch.run(load, renewable, delivered, null, 100, 0);
        assertEquals(80, d.renewablesUsedWatts(0), 1e-9);
        assertEquals(50 + 20, d.curtailedWatts(0), 1e-9, "50 W cannot pass the tie-in, 20 W more than the load");
        assertEquals(0, d.gridImportWatts(0), 1e-9);
        assertEquals(70, d.renewablesUsedWatts(1), 1e-9);
        assertEquals(30, d.gridImportWatts(1), 1e-9, "the PPA's 70 W use the tie-in too");
        assertEquals(100, d.unservedWatts(1), 1e-9);
        assertEquals(110, d.renewablesUsedWatts(2), 1e-9);
        assertEquals(30, d.gridImportWatts(2), 1e-9);
        assertEquals(60, d.unservedWatts(2), 1e-9);
        Dispatch onSite = Dispatch.run(load, renewable, null, null, 100, 0);
        assertEquals(100, onSite.gridImportWatts(1), 1e-9, "the same sources on site leave the whole tie-in to the grid");
    }
}
