package dev.hallplan.engine.supply;

import java.util.Objects;

/**
 * A renewable supply contracted or built for a hall.
 *
 * @param capacityWatts          nameplate capacity
 * @param hourlyCapacityFactors  output as a share of nameplate per hour (0..1); nullable: when null
 *                               a synthetic profile is made from {@code latitudeDegrees} and
 *                               {@code annualCapacityFactor} by the documented formulas
 * @param latitudeDegrees        site latitude (-90..90): the sun's path for synthetic solar; for synthetic
 *                               wind and hydro only its sign (the hemisphere's seasons) is used
 * @param annualCapacityFactor   mean output / nameplate over the year (0..1], used for synthetic profiles
 * @param priceUsdPerMwh         price of the energy (PPA strike or levelised cost), 0 if sunk
 * @param onSite                 true for behind-the-meter generation, false for a grid-delivered PPA
 */
public record RenewableSource(
        String id,
        RenewableKind kind,
        double capacityWatts,
        HourlyProfile hourlyCapacityFactors,
        double latitudeDegrees,
        double annualCapacityFactor,
        double priceUsdPerMwh,
        boolean onSite) {

    public enum RenewableKind {
        SOLAR, WIND, HYDRO, PPA_BLEND
    }

    public RenewableSource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        if (!(capacityWatts >= 0)) {
            throw new IllegalArgumentException(id + ": capacityWatts must not be negative, was " + capacityWatts);
        }
        if (!(latitudeDegrees >= -90 && latitudeDegrees <= 90)) {
            throw new IllegalArgumentException(id + ": latitudeDegrees must be within -90..90, was " + latitudeDegrees);
        }
        if (!(annualCapacityFactor > 0 && annualCapacityFactor <= 1)) {
            throw new IllegalArgumentException(id + ": annualCapacityFactor must be within (0, 1], was " + annualCapacityFactor);
        }
        if (hourlyCapacityFactors != null && (hourlyCapacityFactors.min() < 0 || hourlyCapacityFactors.max() > 1)) {
            throw new IllegalArgumentException(id + ": hourly capacity factors must be within 0..1");
        }
        if (!(priceUsdPerMwh >= 0)) {
            throw new IllegalArgumentException(id + ": priceUsdPerMwh must not be negative, was " + priceUsdPerMwh);
        }
    }
}
