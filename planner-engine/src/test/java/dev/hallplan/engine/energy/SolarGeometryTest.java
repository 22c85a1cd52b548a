package dev.hallplan.engine.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SolarGeometryTest {
    @Test
    void declinationPeaksAtTheJuneSolstice() {
        // 21 June is day n = 172 (0-based 171): 2π (284 + 172) / 365 is within 0.005 rad of π/2 + 2π.
        assertEquals(23.45, SolarGeometry.declinationDegrees(171), 0.01);
        // 21 December, n = 355: close to the negative extreme.
        assertEquals(-23.45, SolarGeometry.declinationDegrees(354), 0.01);
    }

    @Test
    void sunIsOverheadAtEquinoxNoonOnTheEquator() {
        assertEquals(1.0, SolarGeometry.sinElevation(0, 0, SolarGeometry.hourAngleDegrees(12)), 1e-12);
        // Six hours later the hour angle is 90°: the sun is on the horizon.
        assertEquals(0.0, SolarGeometry.sinElevation(0, 0, SolarGeometry.hourAngleDegrees(18)), 1e-12);
    }

    @Test
    void clearSkyAtZenithIsTheMeinelValue() {
        // Air mass 1: 1353 x 0.7^(1^0.678) = 947.1 W/m².
        assertEquals(947.1, SolarGeometry.clearSkyWattsPerSquareMeter(1.0), 1e-9);
        assertEquals(0.0, SolarGeometry.clearSkyWattsPerSquareMeter(-0.2));
    }
}
