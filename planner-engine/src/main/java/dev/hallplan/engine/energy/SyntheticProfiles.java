package dev.hallplan.engine.energy;

import dev.hallplan.engine.supply.HourlyProfile;
import dev.hallplan.engine.supply.RenewableSource;
import java.util.Random;

/**
 * Built-in hourly capacity-factor profiles from documented formulas (docs/energy-model.md,
 * "Synthetic profiles"). Every profile is deterministic for a given seed and its annual mean is
 * the requested capacity factor. These are ESTIMATES for early planning, not site data: import
 * measured 8760-hour data with {@link HourlyProfileCsv} when it exists.
 */
public final class SyntheticProfiles {
    /** Day-to-day clearness: AR(1) coefficient, mean and spread of the daily weather factor. */
    static final double SOLAR_WEATHER_AUTOCORRELATION = 0.6;
    static final double SOLAR_WEATHER_MEAN = 0.75;
    static final double SOLAR_WEATHER_SPREAD = 0.2;
    static final double SOLAR_WEATHER_FLOOR = 0.1;

    static final double WIND_SEASONAL_AMPLITUDE = 0.25;
    static final double WIND_DIURNAL_AMPLITUDE = 0.15;
    static final double WIND_DIURNAL_PEAK_HOUR = 21.0;
    static final double WIND_HOURLY_AUTOCORRELATION = 0.95;
    static final double WIND_LOG_SIGMA = 0.6;

    static final double HYDRO_SEASONAL_AMPLITUDE = 0.3;
    static final int HYDRO_PEAK_DAY_NORTH = 135;
    static final double HYDRO_DAILY_SIGMA = 0.05;

    private SyntheticProfiles() {
    }

    /** The profile a source uses: its own hourly factors, or a synthetic one seeded from its id. */
    public static HourlyProfile forSource(RenewableSource source) {
        if (source.hourlyCapacityFactors() != null) {
            return source.hourlyCapacityFactors();
        }
        long seed = source.id().hashCode();
        double lat = source.latitudeDegrees();
        double cf = source.annualCapacityFactor();
        return switch (source.kind()) {
            case SOLAR -> solar(lat, cf, seed);
            case WIND -> wind(lat, cf, seed);
            case HYDRO -> hydro(lat, cf, seed);
            case PPA_BLEND -> blend(lat, cf, seed);
        };
    }

    /**
     * Solar: clear-sky irradiance at {@code latitudeDegrees} times a daily weather factor
     * (AR(1) over days from {@code seed}), scaled to {@code annualCapacityFactor}. Zero at night.
     */
    public static HourlyProfile solar(double latitudeDegrees, double annualCapacityFactor, long seed) {
        return HourlyProfile.of(CapacityFactorScaling.scale("solar at latitude " + latitudeDegrees,
                solarShape(latitudeDegrees, seed), annualCapacityFactor));
    }

    /**
     * Wind: a seasonal cosine (winter peak in the site's hemisphere) times a diurnal cosine (evening
     * peak) times log-normal hourly variability with AR(1) autocorrelation, scaled to the factor.
     */
    public static HourlyProfile wind(double latitudeDegrees, double annualCapacityFactor, long seed) {
        return HourlyProfile.of(CapacityFactorScaling.scale("wind", windShape(latitudeDegrees, seed),
                annualCapacityFactor));
    }

    /** Hydro: flat with a seasonal cosine peaking at the spring melt and small daily variability. */
    public static HourlyProfile hydro(double latitudeDegrees, double annualCapacityFactor, long seed) {
        Random random = new Random(seed);
        int peakDay = latitudeDegrees >= 0 ? HYDRO_PEAK_DAY_NORTH : (HYDRO_PEAK_DAY_NORTH + 182) % 365;
        double[] shape = new double[YearCalendar.HOURS_PER_YEAR];
        for (int d = 0; d < YearCalendar.DAYS_PER_YEAR; d++) {
            double seasonal = 1 + HYDRO_SEASONAL_AMPLITUDE * Math.cos(2 * Math.PI * (d - peakDay) / 365.0);
            double daily = Math.max(0.1, 1 + HYDRO_DAILY_SIGMA * random.nextGaussian());
            for (int h = 0; h < 24; h++) {
                shape[d * 24 + h] = seasonal * daily;
            }
        }
        return HourlyProfile.of(CapacityFactorScaling.scale("hydro", shape, annualCapacityFactor));
    }

    /** A PPA blend: equal parts of the normalised solar and wind shapes, scaled to the factor. */
    public static HourlyProfile blend(double latitudeDegrees, double annualCapacityFactor, long seed) {
        double[] solar = normalised(solarShape(latitudeDegrees, seed));
        double[] wind = normalised(windShape(latitudeDegrees, seed + 1));
        double[] shape = new double[solar.length];
        for (int h = 0; h < shape.length; h++) {
            shape[h] = 0.5 * solar[h] + 0.5 * wind[h];
        }
        return HourlyProfile.of(CapacityFactorScaling.scale("PPA blend", shape, annualCapacityFactor));
    }

    static double[] solarShape(double latitudeDegrees, long seed) {
        Random random = new Random(seed);
        double[] shape = new double[YearCalendar.HOURS_PER_YEAR];
        double anomaly = 0;
        double rho = SOLAR_WEATHER_AUTOCORRELATION;
        for (int d = 0; d < YearCalendar.DAYS_PER_YEAR; d++) {
            anomaly = rho * anomaly + Math.sqrt(1 - rho * rho) * random.nextGaussian();
            double weather = Math.min(1, Math.max(SOLAR_WEATHER_FLOOR,
                    SOLAR_WEATHER_MEAN + SOLAR_WEATHER_SPREAD * anomaly));
            for (int h = 0; h < 24; h++) {
                int hour = d * 24 + h;
                shape[hour] = SolarGeometry.clearSkyAt(latitudeDegrees, hour) * weather;
            }
        }
        return shape;
    }

    static double[] windShape(double latitudeDegrees, long seed) {
        Random random = new Random(seed);
        int peakDay = latitudeDegrees >= 0 ? 15 : 15 + 182;
        double rho = WIND_HOURLY_AUTOCORRELATION;
        double sigma = WIND_LOG_SIGMA;
        double x = 0;
        double[] shape = new double[YearCalendar.HOURS_PER_YEAR];
        for (int hour = 0; hour < shape.length; hour++) {
            int d = YearCalendar.dayOf(hour);
            double t = YearCalendar.hourOfDay(hour) + 0.5;
            double seasonal = 1 + WIND_SEASONAL_AMPLITUDE * Math.cos(2 * Math.PI * (d - peakDay) / 365.0);
            double diurnal = 1 + WIND_DIURNAL_AMPLITUDE * Math.cos(2 * Math.PI * (t - WIND_DIURNAL_PEAK_HOUR) / 24.0);
            x = rho * x + Math.sqrt(1 - rho * rho) * random.nextGaussian();
            double variability = Math.exp(sigma * x - sigma * sigma / 2);
            shape[hour] = seasonal * diurnal * variability;
        }
        return shape;
    }

    private static double[] normalised(double[] shape) {
        double sum = 0;
        for (double v : shape) {
            sum += v;
        }
        double mean = sum / shape.length;
        double[] out = new double[shape.length];
        for (int i = 0; i < shape.length; i++) {
            out[i] = mean > 0 ? shape[i] / mean : 0;
        }
        return out;
    }
}
