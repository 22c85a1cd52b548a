package dev.hallplan.reports.compare;

import dev.hallplan.engine.kpi.BomLine;
import dev.hallplan.engine.kpi.PlanReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The bill-of-materials difference between two planned scenarios: lines only the other scenario
 * has (added), lines only the base has (removed), and lines both have with another quantity or
 * unit price (changed). Lines are matched by category and catalog id; lines of one item that
 * appear twice in a BOM are summed first.
 */
public final class BomDifference {
    private BomDifference() {
    }

    /** What happened to a BOM line going from the base scenario to the other. */
    public enum Kind { ADDED, REMOVED, CHANGED }

    /**
     * One line of the difference.
     *
     * @param baseQuantity      units in the base scenario (0 when added)
     * @param otherQuantity     units in the other scenario (0 when removed)
     * @param baseExtendedUsd   quantity × unit price in the base scenario, USD
     * @param otherExtendedUsd  quantity × unit price in the other scenario, USD
     */
    public record Change(Kind kind, String category, String catalogId, String name, long baseQuantity,
                         long otherQuantity, double baseExtendedUsd, double otherExtendedUsd) {
        public Change {
            Objects.requireNonNull(kind, "kind");
        }

        /** Other minus base, USD. */
        public double deltaUsd() {
            return otherExtendedUsd - baseExtendedUsd;
        }
    }

    /** The changes from {@code base} to {@code other}: the base's BOM order first, then lines only {@code other} has. */
    public static List<Change> between(PlanReport base, PlanReport other) {
        Map<String, Summed> from = summed(base.bom());
        Map<String, Summed> to = summed(other.bom());
        List<Change> out = new ArrayList<>();
        for (Map.Entry<String, Summed> e : from.entrySet()) {
            Summed b = e.getValue();
            Summed o = to.get(e.getKey());
            if (o == null) {
                out.add(new Change(Kind.REMOVED, b.line.category(), b.line.catalogId(), b.line.name(), b.quantity, 0,
                        b.extendedUsd, 0));
            } else if (o.quantity != b.quantity || o.extendedUsd != b.extendedUsd) {
                out.add(new Change(Kind.CHANGED, b.line.category(), b.line.catalogId(), b.line.name(), b.quantity,
                        o.quantity, b.extendedUsd, o.extendedUsd));
            }
        }
        for (Map.Entry<String, Summed> e : to.entrySet()) {
            if (!from.containsKey(e.getKey())) {
                Summed o = e.getValue();
                out.add(new Change(Kind.ADDED, o.line.category(), o.line.catalogId(), o.line.name(), 0, o.quantity, 0,
                        o.extendedUsd));
            }
        }
        return out;
    }

    private static final class Summed {
        final BomLine line;
        long quantity;
        double extendedUsd;

        Summed(BomLine line) {
            this.line = line;
        }
    }

    private static Map<String, Summed> summed(List<BomLine> bom) {
        Map<String, Summed> out = new LinkedHashMap<>();
        for (BomLine l : bom) {
            Summed s = out.computeIfAbsent(l.category() + "\u0000" + l.catalogId(), k -> new Summed(l));
            s.quantity += l.quantity();
            s.extendedUsd += l.extendedPriceUsd();
        }
        return out;
    }
}
