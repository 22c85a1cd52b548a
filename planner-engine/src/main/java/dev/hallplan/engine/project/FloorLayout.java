package dev.hallplan.engine.project;

/**
 * How a hall's rows stand on its floor, for its white space (docs/facility-model.md, "Floor
 * area"). Every field is optional in the project file; an absent one takes its default.
 *
 * @param coldAisleMeters          aisle the rack fronts of two rows face, default {@value #DEFAULT_COLD_AISLE_METERS} m
 * @param hotAisleMeters           aisle the rack backs of two rows face, default {@value #DEFAULT_HOT_AISLE_METERS} m
 * @param rowEndClearanceMeters    circulation at each end of the rows, default {@value #DEFAULT_ROW_END_CLEARANCE_METERS} m
 * @param perimeterClearanceMeters aisle between the first and last row and the walls, default
 *                                 {@value #DEFAULT_PERIMETER_CLEARANCE_METERS} m
 */
public record FloorLayout(Double coldAisleMeters, Double hotAisleMeters, Double rowEndClearanceMeters,
        Double perimeterClearanceMeters) {
    /** Two 600 mm floor tiles (TIA-942; the "7-tile pitch" layout). */
    public static final double DEFAULT_COLD_AISLE_METERS = 1.2;
    /** Three feet (the "7-tile pitch" layout's hot aisle). */
    public static final double DEFAULT_HOT_AISLE_METERS = 0.9;
    /** The minimum circulation pathway of the data-centre guidelines cited in docs/facility-model.md. */
    public static final double DEFAULT_ROW_END_CLEARANCE_METERS = 1.2;
    /** As the row-end clearance. */
    public static final double DEFAULT_PERIMETER_CLEARANCE_METERS = 1.2;

    /** Every default. */
    public static final FloorLayout DEFAULTS = new FloorLayout(null, null, null, null);

    public FloorLayout {
        coldAisleMeters = orDefault("coldAisleMeters", coldAisleMeters, DEFAULT_COLD_AISLE_METERS);
        hotAisleMeters = orDefault("hotAisleMeters", hotAisleMeters, DEFAULT_HOT_AISLE_METERS);
        rowEndClearanceMeters = orDefault("rowEndClearanceMeters", rowEndClearanceMeters, DEFAULT_ROW_END_CLEARANCE_METERS);
        perimeterClearanceMeters = orDefault("perimeterClearanceMeters", perimeterClearanceMeters,
                DEFAULT_PERIMETER_CLEARANCE_METERS);
    }

    private static Double orDefault(String what, Double value, double fallback) {
        if (value == null) {
            return fallback;
        }
        if (!(value >= 0) || value > 100) {
            throw new IllegalArgumentException(what + " must be within 0..100 m, was " + value);
        }
        return value;
    }

    /** The aisle after row {@code index} (0-based): cold after even rows, hot after odd ones (fronts face fronts). */
    public double aisleAfterRowMeters(int index) {
        return index % 2 == 0 ? coldAisleMeters : hotAisleMeters;
    }
}
