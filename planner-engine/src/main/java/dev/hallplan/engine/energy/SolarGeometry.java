package dev.hallplan.engine.energy;

/**
 * Where the sun stands, and what a clear sky delivers, for synthetic solar profiles. Formulas
 * and sources are in docs/energy-model.md ("Synthetic solar"). Angles in degrees at the API,
 * radians inside; time is local solar time.
 */
public final class SolarGeometry {
    /** Solar constant used by the Meinel clear-sky model, W/m². */
    static final double SOLAR_CONSTANT_WATTS_PER_SQUARE_METER = 1353.0;

    private SolarGeometry() {
    }

    /** Solar declination on 0-based {@code dayOfYear} (Cooper 1969): 23.45° · sin(2π (284 + n) / 365), n 1-based. */
    public static double declinationDegrees(int dayOfYear) {
        int n = dayOfYear + 1;
        return 23.45 * Math.sin(2 * Math.PI * (284 + n) / 365.0);
    }

    /** Hour angle at local solar time {@code solarHour} (0..24): 15° per hour from solar noon. */
    public static double hourAngleDegrees(double solarHour) {
        return 15.0 * (solarHour - 12.0);
    }

    /** sin of the sun's elevation: sin φ sin δ + cos φ cos δ cos ω; negative when the sun is below the horizon. */
    public static double sinElevation(double latitudeDegrees, double declinationDegrees, double hourAngleDegrees) {
        double phi = Math.toRadians(latitudeDegrees);
        double delta = Math.toRadians(declinationDegrees);
        double omega = Math.toRadians(hourAngleDegrees);
        return Math.sin(phi) * Math.sin(delta) + Math.cos(phi) * Math.cos(delta) * Math.cos(omega);
    }

    /**
     * Clear-sky global horizontal irradiance in W/m² for a sun at {@code sinElevation} (Meinel &amp;
     * Meinel 1976 beam attenuation, 1353 · 0.7^(AM^0.678) with air mass AM = 1 / sin α, projected on
     * the horizontal by sin α); 0 when the sun is down.
     */
    public static double clearSkyWattsPerSquareMeter(double sinElevation) {
        if (sinElevation <= 0) {
            return 0;
        }
        double airMass = 1.0 / sinElevation;
        return SOLAR_CONSTANT_WATTS_PER_SQUARE_METER * Math.pow(0.7, Math.pow(airMass, 0.678)) * sinElevation;
    }

    /** Clear-sky irradiance at the middle of {@code hourOfYear} at {@code latitudeDegrees}, W/m². */
    public static double clearSkyAt(double latitudeDegrees, int hourOfYear) {
        double declination = declinationDegrees(YearCalendar.dayOf(hourOfYear));
        double omega = hourAngleDegrees(YearCalendar.hourOfDay(hourOfYear) + 0.5);
        return clearSkyWattsPerSquareMeter(sinElevation(latitudeDegrees, declination, omega));
    }
}
