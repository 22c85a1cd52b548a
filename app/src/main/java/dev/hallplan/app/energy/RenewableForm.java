package dev.hallplan.app.energy;

import dev.hallplan.engine.supply.HourlyProfile;
import dev.hallplan.engine.supply.RenewableSource;

/**
 * What the renewable source form holds, as typed: capacity in MW, annual capacity factor in %,
 * price in $/MWh, latitude in degrees.
 */
public record RenewableForm(String id, RenewableSource.RenewableKind kind, String capacityMegawatts, String latitudeDegrees,
                            String capacityFactorPercent, String priceUsdPerMwh, boolean onSite) {

    /** The form of an existing source, in the form's units. */
    public static RenewableForm of(RenewableSource r) {
        return new RenewableForm(r.id(), r.kind(), FormNumbers.text(r.capacityWatts() / 1e6), FormNumbers.text(r.latitudeDegrees()),
                FormNumbers.text(r.annualCapacityFactor() * 100), FormNumbers.text(r.priceUsdPerMwh()), r.onSite());
    }

    /** The source (checked by its record), with {@code imported} as its hourly profile; null: synthetic. */
    RenewableSource toSource(HourlyProfile imported) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A renewable source needs an id");
        }
        if (kind == null) {
            throw new IllegalArgumentException(id + ": pick a kind (solar, wind, hydro, PPA blend)");
        }
        return new RenewableSource(id.strip(), kind, FormNumbers.megawatts(capacityMegawatts, id + ": capacity"), imported,
                FormNumbers.number(latitudeDegrees, id + ": latitude (degrees)"),
                FormNumbers.percent(capacityFactorPercent, id + ": annual capacity factor"),
                FormNumbers.number(priceUsdPerMwh, id + ": price ($/MWh)"), onSite);
    }
}
