package dev.hallplan.engine.facility;

import static dev.hallplan.catalog.units.UnitFormat.watts;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.PowerEquipment;
import dev.hallplan.engine.facility.Violation.Kind;
import dev.hallplan.engine.facility.Violation.Level;
import dev.hallplan.engine.project.CatalogCount;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.Redundancy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Grid → transformers → UPS → rack PDUs (rules in docs/facility-model.md, "Power chain"). Both
 * stages use the chain's redundancy: N uses every unit, N+1 all but the largest, 2N half.
 * Efficiency comes from the catalog curves at the stage's load over its installed capacity.
 */
final class PowerChainEvaluator {
    private final Catalog catalog;

    PowerChainEvaluator(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The UPS stage carrying {@code loadWatts} (the rack PDU inputs). */
    PowerStage ups(Hall hall, double loadWatts) {
        return stage(hall.powerChain().ups(), hall.powerChain().upsRedundancy(), loadWatts);
    }

    /** The transformer stage carrying {@code loadWatts} (UPS input plus mechanical loads). */
    PowerStage transformers(Hall hall, double loadWatts) {
        return stage(hall.powerChain().transformers(), hall.powerChain().upsRedundancy(), loadWatts);
    }

    private PowerStage stage(List<CatalogCount> counts, Redundancy redundancy, double loadWatts) {
        List<PowerEquipment> models = new ArrayList<>(counts.size());
        List<Integer> n = new ArrayList<>(counts.size());
        double installed = 0;
        double largest = 0;
        int units = 0;
        for (CatalogCount c : counts) {
            Optional<PowerEquipment> p = catalog.powerEquipment(c.catalogId());
            if (p.isEmpty() || c.count() == 0) {
                continue;
            }
            models.add(p.get());
            n.add(c.count());
            installed += c.count() * p.get().capacityWatts();
            largest = Math.max(largest, p.get().capacityWatts());
            units += c.count();
        }
        if (units == 0) {
            return PowerStage.notModelled(loadWatts);
        }
        double usable = switch (redundancy) {
            case N -> installed;
            case N_PLUS_1 -> installed - largest;
            case TWO_N -> installed / 2;
        };
        // Units share the load in proportion to their capacity, so all sit at the same load fraction.
        double fraction = loadWatts / installed;
        double input = 0;
        for (int i = 0; i < models.size(); i++) {
            PowerEquipment p = models.get(i);
            double share = n.get(i) * p.capacityWatts() / installed;
            input += loadWatts * share / p.efficiencyAt(fraction);
        }
        double efficiency = loadWatts > 0 ? loadWatts / input : models.get(0).efficiencyAt(0);
        return new PowerStage(true, redundancy, units, installed, usable, loadWatts, efficiency);
    }

    /**
     * Capacity violations of the chain, UPS first. Whether the grid, firm and on-site supply carry
     * the hall is the supply-adequacy model's question (engine.energy.SupplyAdequacy), not this static check's.
     */
    static List<Violation> violations(String hallId, PowerChainState chain) {
        List<Violation> out = new ArrayList<>(0);
        check(out, hallId, Kind.UPS_CAPACITY, "UPS", chain.ups());
        check(out, hallId, Kind.TRANSFORMER_CAPACITY, "Transformers", chain.transformers());
        return out;
    }

    private static void check(List<Violation> out, String hallId, Kind kind, String name, PowerStage s) {
        if (s.modelled() && s.loadWatts() > s.usableWatts()) {
            out.add(new Violation(Level.HALL, hallId, kind, s.loadWatts(), s.usableWatts(),
                    "Hall " + hallId + " " + name + ": " + Violation.ACTUAL + " > " + Violation.LIMIT + " usable at "
                            + label(s.redundancy()) + " (" + s.units() + " units, " + watts(s.installedWatts()) + " installed)"));
        }
    }

    static String label(Redundancy r) {
        return switch (r) {
            case N -> "N";
            case N_PLUS_1 -> "N+1";
            case TWO_N -> "2N";
        };
    }
}
