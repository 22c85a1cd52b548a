package dev.hallplan.engine.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.engine.supply.HourlyProfile;
import dev.hallplan.engine.supply.RenewableSource;
import org.junit.jupiter.api.Test;

class SyntheticProfilesTest {
    @Test
    void solarIsZeroAtNight() {
        HourlyProfile solar = SyntheticProfiles.solar(48, 0.12, 7);
        for (int h = 0; h < 8760; h++) {
            if (SolarGeometry.clearSkyAt(48, h) == 0) {
                assertEquals(0.0, solar.at(h), "hour " + h);
            }
        }
        // Midnight and 03:00 in June at 48°N are dark.
        assertEquals(0.0, solar.at(170 * 24));
        assertEquals(0.0, solar.at(170 * 24 + 3));
        assertTrue(solar.at(170 * 24 + 12) > 0);
    }

    @Test
    void solarAnnualMeanMatchesTheCapacityFactor() {
        assertEquals(0.12, SyntheticProfiles.solar(48, 0.12, 7).yearMean(), 1e-6);
        assertEquals(0.25, SyntheticProfiles.solar(25, 0.25, 1).yearMean(), 1e-6);
        assertTrue(SyntheticProfiles.solar(25, 0.25, 1).max() <= 1.0);
    }

    @Test
    void solarFollowsTheHemispheresSeasons() {
        HourlyProfile south = SyntheticProfiles.solar(-35, 0.18, 3);
        HourlyProfile north = SyntheticProfiles.solar(35, 0.18, 3);
        assertTrue(monthSum(south, 0) > monthSum(south, 5), "southern January beats June");
        assertTrue(monthSum(north, 5) > monthSum(north, 0), "northern June beats January");
    }

    @Test
    void solarRejectsACapacityFactorAboveItsDaylightShare() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SyntheticProfiles.solar(48, 0.7, 7));
        assertTrue(e.getMessage().contains("cannot be reached"), e.getMessage());
    }

    @Test
    void profilesAreDeterministicForASeed() {
        assertEquals(SyntheticProfiles.wind(50, 0.35, 11), SyntheticProfiles.wind(50, 0.35, 11));
        assertNotEquals(SyntheticProfiles.wind(50, 0.35, 11), SyntheticProfiles.wind(50, 0.35, 12));
        assertNotEquals(SyntheticProfiles.solar(50, 0.1, 11), SyntheticProfiles.solar(50, 0.1, 12));
    }

    @Test
    void windMatchesItsCapacityFactorAndIsAutocorrelated() {
        HourlyProfile wind = SyntheticProfiles.wind(55, 0.40, 5);
        assertEquals(0.40, wind.yearMean(), 1e-6);
        assertTrue(wind.min() >= 0 && wind.max() <= 1);
        // AR(1) with rho 0.95: neighbouring hours are strongly correlated.
        assertTrue(lagOneCorrelation(wind.toYear()) > 0.8, "lag-1 correlation " + lagOneCorrelation(wind.toYear()));
        assertTrue(monthSum(wind, 0) > monthSum(wind, 6), "northern wind peaks in winter");
    }

    @Test
    void hydroPeaksAtTheSpringMelt() {
        HourlyProfile hydro = SyntheticProfiles.hydro(60, 0.5, 2);
        assertEquals(0.5, hydro.yearMean(), 1e-6);
        assertTrue(monthSum(hydro, 4) > monthSum(hydro, 10), "May beats November");
    }

    @Test
    void blendMatchesItsCapacityFactor() {
        assertEquals(0.3, SyntheticProfiles.blend(40, 0.3, 9).yearMean(), 1e-6);
    }

    @Test
    void aSourceWithItsOwnProfileKeepsIt() {
        HourlyProfile own = HourlyProfile.constant(0.3);
        RenewableSource s = new RenewableSource("ppa", RenewableSource.RenewableKind.SOLAR, 1e6, own, 45, 0.3, 40, false);
        assertEquals(own, SyntheticProfiles.forSource(s));
    }

    private static double monthSum(HourlyProfile p, int month) {
        double sum = 0;
        for (int h = 0; h < 8760; h++) {
            if (YearCalendar.monthOf(h) == month) {
                sum += p.at(h);
            }
        }
        return sum;
    }

    private static double lagOneCorrelation(double[] x) {
        double mean = 0;
        for (double v : x) {
            mean += v / x.length;
        }
        double num = 0;
        double den = 0;
        for (int i = 0; i < x.length; i++) {
            den += (x[i] - mean) * (x[i] - mean);
            if (i > 0) {
                num += (x[i] - mean) * (x[i - 1] - mean);
            }
        }
        return num / den;
    }
}
