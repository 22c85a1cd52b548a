package dev.hallplan.app.workloads;

import dev.hallplan.catalog.units.UnitFormat;
import dev.hallplan.engine.perf.ModelSpec;
import java.util.Locale;

/**
 * A model of the zoo as a picker shows it: "llama-3.1-70b · 70.6 B params · llm".
 *
 * @param id    the zoo id a workload stores
 * @param label id, parameter count and kind
 */
public record ModelChoice(String id, String label, boolean generatesTokens) {
    public static ModelChoice of(ModelSpec m) {
        return new ModelChoice(m.id(), m.id() + " · " + UnitFormat.scaled(m.totalParameters(), "params") + " · "
                + m.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '), m.kind().generatesTokens());
    }

    @Override
    public String toString() {
        return label;
    }
}
