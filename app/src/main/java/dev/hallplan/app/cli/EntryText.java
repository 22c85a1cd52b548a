package dev.hallplan.app.cli;

import dev.hallplan.catalog.PowerEquipment;
import dev.hallplan.catalog.Provenance;
import dev.hallplan.catalog.ServerModel;
import dev.hallplan.catalog.Sources;
import dev.hallplan.catalog.units.FieldUnits;
import dev.hallplan.catalog.units.UnitFormat;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Catalog entries as text for people: every field with unit and source, for {@code catalog show}. One-line summaries are {@link dev.hallplan.catalog.CatalogSummary}. */
final class EntryText {
    private EntryText() {
    }

    /** One line per field (per precision for peak figures): value with unit, then the figure's provenance. */
    static List<String> describe(Object entry) {
        Sources sources = (Sources) component(entry, "sources");
        List<String[]> rows = new ArrayList<>();
        for (RecordComponent c : entry.getClass().getRecordComponents()) {
            Object value = component(entry, c.getName());
            if (value instanceof Sources) {
                continue;
            }
            if (value instanceof Map<?, ?> map) {
                map.forEach((k, v) -> rows.add(row(c.getName() + "." + k, value(c.getName(), v), sources)));
            } else {
                rows.add(row(c.getName(), value(c.getName(), value), sources));
            }
        }
        int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
        int valueWidth = rows.stream().mapToInt(r -> r[1].length()).filter(w -> w < 40).max().orElse(0);
        return rows.stream().map(r -> String.format("  %-" + width + "s  %-" + valueWidth + "s  %s", r[0], r[1], r[2]).stripTrailing())
                .collect(Collectors.toList());
    }

    private static String[] row(String field, String value, Sources sources) {
        Optional<Provenance> p = sources.byField().containsKey(field) || isFigure(value) ? sources.of(field) : Optional.empty();
        String source = p.map(x -> "[" + x.kind() + (sources.byField().containsKey(field) ? "" : ", entry default") + "] "
                + x.source() + (x.note().isEmpty() ? "" : " (" + x.note() + ")")).orElse("");
        return new String[] {field, value, source};
    }

    private static boolean isFigure(String value) {
        return !value.isEmpty() && (Character.isDigit(value.charAt(0)) || value.charAt(0) == '$' || value.charAt(0) == '-');
    }

    private static String value(String field, Object v) {
        if (v instanceof Double || v instanceof Integer || v instanceof Long) {
            return FieldUnits.format(field, ((Number) v).doubleValue());
        }
        if (v instanceof ServerModel.NicFit || v instanceof Collection<?> c && !c.isEmpty() && c.iterator().next() instanceof ServerModel.NicFit) {
            return ((Collection<?>) v).stream().map(n -> ((ServerModel.NicFit) n).count() + " x " + ((ServerModel.NicFit) n).networkId())
                    .collect(Collectors.joining(", "));
        }
        if (v instanceof Collection<?> c && !c.isEmpty() && c.iterator().next() instanceof PowerEquipment.EfficiencyPoint) {
            return c.stream().map(o -> (PowerEquipment.EfficiencyPoint) o)
                    .map(p -> UnitFormat.percent(p.efficiency()) + " at " + UnitFormat.percent(p.loadFraction()))
                    .collect(Collectors.joining(", "));
        }
        if (v instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return String.valueOf(v);
    }

    private static Object component(Object entry, String name) {
        try {
            return entry.getClass().getMethod(name).invoke(entry);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException ex) {
            throw new IllegalStateException(entry.getClass().getSimpleName() + " has no component " + name, ex);
        }
    }
}
