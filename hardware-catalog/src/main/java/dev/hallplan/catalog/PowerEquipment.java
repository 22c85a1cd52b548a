package dev.hallplan.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A UPS, PDU or transformer in the power chain.
 *
 * @param capacityWatts      rated output
 * @param efficiencyCurve    efficiency at load fractions, sorted by load; interpolated linearly between points
 */
public record PowerEquipment(
        String id,
        String name,
        PowerKind kind,
        double capacityWatts,
        List<EfficiencyPoint> efficiencyCurve,
        double priceUsd,
        Sources sources) implements CatalogEntry {

    public enum PowerKind {
        TRANSFORMER, UPS, PDU
    }

    /** Efficiency (output / input) at a load fraction of rated capacity. */
    public record EfficiencyPoint(double loadFraction, double efficiency) {
        public EfficiencyPoint {
            if (!(loadFraction >= 0 && loadFraction <= 1.5)) {
                throw new IllegalArgumentException("loadFraction must be within 0..1.5, was " + loadFraction);
            }
            if (!(efficiency > 0 && efficiency <= 1)) {
                throw new IllegalArgumentException("efficiency must be within (0, 1], was " + efficiency);
            }
        }
    }

    public PowerEquipment {
        CatalogChecks.id(id);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        CatalogChecks.positive(id, "capacityWatts", capacityWatts);
        CatalogChecks.nonNegative(id, "priceUsd", priceUsd);
        if (efficiencyCurve == null || efficiencyCurve.isEmpty()) {
            throw new IllegalArgumentException(id + ": efficiencyCurve needs at least one point");
        }
        efficiencyCurve = efficiencyCurve.stream()
                .sorted(Comparator.comparingDouble(EfficiencyPoint::loadFraction)).toList();
        sources = sources == null ? Sources.of(Map.of()) : sources;
    }

    /** Efficiency at {@code loadFraction} of capacity, linear between curve points, flat beyond the ends. */
    public double efficiencyAt(double loadFraction) {
        List<EfficiencyPoint> c = efficiencyCurve;
        if (loadFraction <= c.get(0).loadFraction()) {
            return c.get(0).efficiency();
        }
        for (int i = 1; i < c.size(); i++) {
            EfficiencyPoint hi = c.get(i);
            if (loadFraction <= hi.loadFraction()) {
                EfficiencyPoint lo = c.get(i - 1);
                double t = (loadFraction - lo.loadFraction()) / (hi.loadFraction() - lo.loadFraction());
                return lo.efficiency() + t * (hi.efficiency() - lo.efficiency());
            }
        }
        return c.get(c.size() - 1).efficiency();
    }
}
