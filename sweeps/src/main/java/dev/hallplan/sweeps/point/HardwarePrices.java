package dev.hallplan.sweeps.point;

import dev.hallplan.catalog.Accelerator;
import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.Provenance;
import dev.hallplan.catalog.ServerModel;
import dev.hallplan.catalog.Sources;
import dev.hallplan.sweeps.spec.Axis;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A catalog whose server prices are scaled by a sweep's hardware-price multipliers. A server's
 * catalog price includes its accelerators, so an axis on an accelerator (or its vendor) scales the
 * price of every server carrying it; several matching axes multiply. The price's provenance keeps
 * its source and notes the multiplier.
 */
final class HardwarePrices {
    private HardwarePrices() {
    }

    /** True when {@code axis} (a hardware-price axis) applies to {@code server}. */
    static boolean applies(Axis axis, ServerModel server, Catalog catalog) {
        if (axis.accelerator() != null) {
            return axis.accelerator().equals(server.acceleratorId());
        }
        if (axis.vendor() != null) {
            return catalog.accelerator(server.acceleratorId()).map(Accelerator::vendor)
                    .map(v -> v.toLowerCase(Locale.ROOT).equals(axis.vendor().toLowerCase(Locale.ROOT))).orElse(false);
        }
        return true;
    }

    /** {@code base} with each server's price times the product of the multipliers of the axes that apply to it. */
    static Catalog scaled(Catalog base, Map<Axis, Double> multipliers) {
        Catalog.Builder b = base.toBuilder();
        for (ServerModel s : base.servers()) {
            double factor = 1;
            for (Map.Entry<Axis, Double> e : multipliers.entrySet()) {
                if (applies(e.getKey(), s, base)) {
                    factor *= e.getValue();
                }
            }
            if (factor != 1) {
                b.add(withPrice(s, s.priceUsd() * factor, factor));
            }
        }
        return b.build();
    }

    private static ServerModel withPrice(ServerModel s, double priceUsd, double factor) {
        Map<String, Provenance> sources = new HashMap<>(s.sources().byField());
        Optional<Provenance> was = s.sources().of("priceUsd");
        String note = "sweep: catalog price × " + factor;
        sources.put("priceUsd", was.map(p -> new Provenance(p.source(), p.kind(), (p.note().isEmpty() ? "" : p.note() + "; ") + note))
                .orElse(Provenance.estimate("sweep multiplier", note)));
        return new ServerModel(s.id(), s.vendor(), s.name(), s.acceleratorId(), s.acceleratorCount(), s.scaleUpDomainSize(),
                s.rackScale(), s.maxPowerWatts(), s.idlePowerWatts(), s.hostOverheadWatts(), s.rackUnits(), s.weightKg(),
                priceUsd, s.cooling(), s.liquidHeatFraction(), s.nics(), Sources.of(sources));
    }
}
