package dev.hallplan.app.workloads;

import dev.hallplan.engine.supply.HourlyProfile;
import dev.hallplan.samples.Profiles;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The weekly demand shapes the profile editor offers: the samples' synthetic shapes
 * ({@link Profiles}, documented estimates, not measured data).
 */
public enum DemandPreset {
    FLAT("Flat", Profiles::flat),
    OFFICE_HOURS("Office hours", Profiles::businessHours),
    CONSUMER_EVENING_PEAK("Consumer evening peak", Profiles::consumerChat),
    DIURNAL_WEEKEND_DIP("Diurnal, weekend dip", Profiles::diurnalWeekendDip);

    private final String label;
    private final Supplier<HourlyProfile> shape;

    DemandPreset(String label, Supplier<HourlyProfile> shape) {
        this.label = label;
        this.shape = shape;
    }

    public String label() {
        return label;
    }

    /** Share of peak demand per hour (0..1, maximum 1). */
    public HourlyProfile profile() {
        return shape.get();
    }

    /** The preset whose shape {@code profile} is, if any. */
    public static Optional<DemandPreset> of(HourlyProfile profile) {
        return Arrays.stream(values()).filter(p -> p.profile().equals(profile)).findFirst();
    }

    /** How a table cell names {@code profile}: the preset's label, else "Custom (N h)". */
    public static String describe(HourlyProfile profile) {
        return of(profile).map(DemandPreset::label).orElse("Custom (" + profile.length() + " h)");
    }

    @Override
    public String toString() {
        return label;
    }
}
