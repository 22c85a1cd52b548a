package dev.hallplan.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hallplan.catalog.units.FieldUnits;
import java.util.Locale;

/**
 * Checks that relate two fields of one entry (idle below peak, a domain no larger than the
 * system). Each rule runs only when the fields it reads are numbers, so a wrong type is reported
 * once, by {@link EntryValidator}.
 */
final class CrossFieldRules {
    /** Ceiling for one packaged accelerator; the largest shipping parts draw 1.2-1.4 kW. */
    static final double MAX_ACCELERATOR_TDP_WATTS = 5e3;
    /** Ceiling for a wafer-scale engine (formFactor mentions "wafer"); a CS-3 system draws ~23 kW. */
    static final double MAX_WAFER_SCALE_TDP_WATTS = 30e3;

    private final EntryProblems problems;

    CrossFieldRules(EntryProblems problems) {
        this.problems = problems;
    }

    void check(CatalogKind kind, JsonNode e) {
        switch (kind) {
            case ACCELERATOR -> accelerator(e);
            case SERVER -> server(e);
            case POWER -> {
                JsonNode curve = e.get("efficiencyCurve");
                if (curve != null && curve.isArray() && curve.isEmpty()) {
                    problems.add("efficiencyCurve", "needs at least one point");
                }
            }
            default -> { }
        }
    }

    private void accelerator(JsonNode e) {
        if (e.has("tdpWatts") && e.get("tdpWatts").isNumber()) {
            double tdp = e.get("tdpWatts").doubleValue();
            boolean wafer = e.path("formFactor").asText("").toLowerCase(Locale.ROOT).contains("wafer");
            double max = wafer ? MAX_WAFER_SCALE_TDP_WATTS : MAX_ACCELERATOR_TDP_WATTS;
            if (tdp > max && tdp <= CatalogRules.limit(Accelerator.class, "tdpWatts").max()) {
                problems.add("tdpWatts", "implausible: " + FieldUnits.format("tdpWatts", tdp) + " exceeds "
                        + FieldUnits.format("tdpWatts", max) + (wafer ? " for a wafer-scale device" : " for a single accelerator"));
            }
        }
        notAbove(e, "idleWatts", "tdpWatts");
    }

    private void server(JsonNode e) {
        notAbove(e, "idlePowerWatts", "maxPowerWatts");
        notAbove(e, "hostOverheadWatts", "maxPowerWatts");
        notAbove(e, "scaleUpDomainSize", "acceleratorCount");
    }

    private void notAbove(JsonNode e, String lower, String upper) {
        if (isNumber(e, lower) && isNumber(e, upper) && e.get(lower).doubleValue() > e.get(upper).doubleValue()) {
            problems.add(lower, FieldUnits.format(lower, e.get(lower).doubleValue()) + " exceeds " + upper
                    + " " + FieldUnits.format(upper, e.get(upper).doubleValue()));
        }
    }

    /** A number that passed its own checks, so a relation between two fields is reported only once. */
    private boolean isNumber(JsonNode e, String field) {
        return e.has(field) && e.get(field).isNumber() && !problems.hasProblemAt(field);
    }
}
