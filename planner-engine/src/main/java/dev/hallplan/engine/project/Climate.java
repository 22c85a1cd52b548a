package dev.hallplan.engine.project;

import java.util.List;

/**
 * A hall's climate, for free cooling and PUE.
 *
 * @param monthlyAmbientCelsius mean dry-bulb temperature per month, January first (12 values)
 */
public record Climate(List<Double> monthlyAmbientCelsius) {
    public Climate {
        if (monthlyAmbientCelsius == null || monthlyAmbientCelsius.size() != 12) {
            throw new IllegalArgumentException("climate needs 12 monthly ambient temperatures");
        }
        for (double t : monthlyAmbientCelsius) {
            if (!(t >= -60 && t <= 60)) {
                throw new IllegalArgumentException("monthly ambient temperature outside -60..60 °C: " + t);
            }
        }
        monthlyAmbientCelsius = List.copyOf(monthlyAmbientCelsius);
    }

    public static Climate constant(double celsius) {
        return new Climate(java.util.Collections.nCopies(12, celsius));
    }

    /** Mean ambient of {@code month} (0 = January). */
    public double ambientCelsius(int month) {
        return monthlyAmbientCelsius.get(month);
    }
}
