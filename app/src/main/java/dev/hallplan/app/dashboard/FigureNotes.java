package dev.hallplan.app.dashboard;

import dev.hallplan.engine.kpi.Assumption;
import dev.hallplan.engine.kpi.Figure;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How each headline figure is computed (the formula column of docs/kpi.md, "Figures") and which
 * of the report's assumptions feed it, for the dashboard's tooltips. The text says; the engine
 * computes: nothing here touches a value.
 */
public final class FigureNotes {
    /** The kinds of assumption a figure reads, by {@link Assumption#category()}. */
    enum Inputs {
        FINANCE, ENERGY, FACILITY, HARDWARE;

        boolean covers(Assumption a) {
            String c = a.category();
            return switch (this) {
                case FINANCE -> c.equals("Finance");
                case ENERGY -> c.startsWith("Energy");
                case FACILITY -> c.equals("Facility");
                case HARDWARE -> c.equals("Hardware") || c.equals("Serving engine") || c.equals("Estimator");
            };
        }
    }

    private record Note(String formula, Set<Inputs> inputs) {
    }

    private static final Map<Figure, Note> NOTES = new EnumMap<>(Figure.class);

    static {
        note(Figure.IT_FULL_LOAD, "Σ halls: Σ racks' draw with every replica at capacity, plus the sized network fabric (facility model)",
                Inputs.HARDWARE, Inputs.FACILITY);
        note(Figure.FACILITY_FULL_LOAD, "Σ halls: the facility model's grid draw at that IT load in the design (hottest) month",
                Inputs.HARDWARE, Inputs.FACILITY);
        note(Figure.IT_PEAK_HOUR, "largest hour of the simulated year's IT load (replicas follow demand, deferrable work moved)",
                Inputs.HARDWARE, Inputs.ENERGY);
        note(Figure.FACILITY_PEAK_HOUR, "largest hour of IT load × that hour's PUE", Inputs.FACILITY, Inputs.ENERGY);
        note(Figure.GRID_IMPORT_PEAK, "largest hour of grid import after renewables, battery and firm supply", Inputs.ENERGY);
        note(Figure.NAMEPLATE_IT, "servers at their catalog maximum, devices at their power, plus the sized fabric", Inputs.HARDWARE);
        note(Figure.ANNUAL_PUE, "facility energy / IT energy over the simulated year", Inputs.FACILITY, Inputs.ENERGY);
        note(Figure.ANNUAL_IT_ENERGY, "sum of the simulated year's hourly IT load", Inputs.HARDWARE, Inputs.ENERGY);
        note(Figure.ANNUAL_FACILITY_ENERGY, "sum of the simulated year's hourly IT load × PUE", Inputs.FACILITY, Inputs.ENERGY);
        note(Figure.ANNUAL_GRID_ENERGY, "sum of the simulated year's hourly grid import", Inputs.ENERGY);
        note(Figure.ANNUAL_CURTAILMENT, "Σ halls: renewable output neither used nor stored in its hour, including grid-delivered "
                + "output beyond the tie-in (docs/energy-model.md, \"Dispatch\")", Inputs.ENERGY);
        note(Figure.UNSERVED_ENERGY, "Σ halls: facility energy the supply could not deliver in the simulated year", Inputs.ENERGY,
                Inputs.FACILITY);
        note(Figure.UNSERVED_HOURS, "hours of the simulated year in which some hall's supply falls short", Inputs.ENERGY,
                Inputs.FACILITY);
        note(Figure.OUTPUT_TOKENS_PER_SECOND, "Σ workloads min(capacity within the SLO, peak demand) × output tokens per request",
                Inputs.HARDWARE);
        note(Figure.REQUESTS_PER_SECOND, "Σ workloads min(capacity within the SLO, peak demand)", Inputs.HARDWARE);
        note(Figure.USD_PER_MILLION_TOKENS, "annual TCO / (annual output tokens / 10⁶)", Inputs.FINANCE, Inputs.ENERGY,
                Inputs.HARDWARE);
        note(Figure.OUTPUT_TOKENS_PER_USD, "10⁶ / cost per million output tokens (its inverse)", Inputs.FINANCE, Inputs.ENERGY,
                Inputs.HARDWARE);
        note(Figure.OUTPUT_TOKENS_PER_KWH, "annual output tokens / facility energy in kWh", Inputs.HARDWARE, Inputs.FACILITY);
        note(Figure.CAPEX, "BOM hardware at catalog prices plus facility capex per W of critical IT (docs/tco.md)",
                Inputs.FINANCE, Inputs.HARDWARE);
        note(Figure.ANNUAL_ENERGY_COST, "the simulated year's bill: grid energy at the hour's tariff, demand charges, renewables "
                + "take-or-pay, firm supply (docs/energy-model.md)", Inputs.ENERGY);
        note(Figure.ANNUAL_OPEX, "energy cost of the simulated year plus maintenance (docs/tco.md)", Inputs.FINANCE, Inputs.ENERGY);
        note(Figure.ANNUAL_TCO, "hardware and facility capex over their amortisation years plus annual opex (docs/tco.md)",
                Inputs.FINANCE, Inputs.ENERGY);
        note(Figure.RENEWABLE_SHARE, "(renewables used directly + battery discharge) / facility energy, over the year",
                Inputs.ENERGY);
        note(Figure.CARBON_FREE_SHARE, "hour by hour: carbon-free supply matched to the load, energy-weighted over halls",
                Inputs.ENERGY);
        note(Figure.ANNUAL_EMISSIONS, "Σ hours grid import × that hour's carbon intensity, plus firm on-site supply", Inputs.ENERGY);
        note(Figure.RACKS, "placed racks");
        note(Figure.WHITE_SPACE, "Σ halls: rows, aisles and clearances (docs/facility-model.md, \"Floor area\")", Inputs.FACILITY);
        note(Figure.RACK_FOOTPRINT, "Σ racks' width × depth");
        note(Figure.IT_PER_WHITE_SPACE, "IT load at planned full load / white space", Inputs.HARDWARE, Inputs.FACILITY);
        note(Figure.VIOLATIONS, "facility limits broken at full load, replicas serving nothing, unmet demand, hours the supply "
                + "cannot meet, items without a price (listed in the Plan tab)");
    }

    private FigureNotes() {
    }

    private static void note(Figure f, String formula, Inputs... inputs) {
        NOTES.put(f, new Note(formula, inputs.length == 0 ? Set.of() : Set.of(inputs)));
    }

    /** How {@code figure} is computed, in words; empty when no note is written for it. */
    public static String formula(Figure figure) {
        Note n = NOTES.get(figure);
        return n == null ? "" : n.formula();
    }

    /** The assumptions of {@code assumptions} that feed {@code figure}, in report order. */
    public static List<Assumption> inputs(Figure figure, List<Assumption> assumptions) {
        Note n = NOTES.get(figure);
        if (n == null) {
            return List.of();
        }
        return assumptions.stream().filter(a -> n.inputs().stream().anyMatch(i -> i.covers(a))).toList();
    }
}
