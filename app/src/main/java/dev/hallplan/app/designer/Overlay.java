package dev.hallplan.app.designer;

/**
 * What the floor colours racks by. Each overlay gives a share (0 = none, 1 = at the limit) and
 * whether the rack is over its limit (drawn with a symbol as well as a colour).
 */
public enum Overlay {
    POWER("Power vs effective limit", "draw / power limit (feed, PDU, rack type)"),
    HEAT("Heat vs cooling", "heat / rack cooling capacity"),
    FEEDS("Feed A/B loading", "draw / one feed (2N: after losing the other)"),
    PLANNED_PEAK("Planned peak vs rack limit", "planned full-load draw / rack limit (power and cooling)"),
    PEAK_VS_NAMEPLATE("Planned peak vs nameplate", "planned full-load draw / nameplate draw"),
    ACCELERATORS("Accelerators per rack", "accelerators / most in any rack"),
    STRANDED("Stranded capacity", "stranded power / power limit");

    private final String label;
    private final String scale;

    Overlay(String label, String scale) {
        this.label = label;
        this.scale = scale;
    }

    public String label() {
        return label;
    }

    /** What the colour scale means, for the legend. */
    public String scale() {
        return scale;
    }

    /** The rack's share on this overlay's scale; NaN when unknown (no plan for the peak overlay). */
    public double share(RackFigures r, int mostAccelerators) {
        return switch (this) {
            case POWER -> r.itWatts() / r.powerLimitWatts();
            case HEAT -> r.itWatts() / r.heatLimitWatts();
            case FEEDS -> r.itWatts() / r.feedWatts();
            case PLANNED_PEAK -> r.plannedPeakWatts() / r.loadLimitWatts();
            case PEAK_VS_NAMEPLATE -> r.itWatts() > 0 ? r.plannedPeakWatts() / r.itWatts() : Double.NaN;
            case ACCELERATORS -> mostAccelerators > 0 ? (double) r.accelerators() / mostAccelerators : 0;
            case STRANDED -> r.strandedWatts() / r.powerLimitWatts();
        };
    }

    /** True when the rack breaks the limit this overlay shows (marked with a symbol). */
    public boolean over(RackFigures r) {
        return switch (this) {
            case POWER -> r.itWatts() > r.powerLimitWatts();
            case HEAT -> r.itWatts() > r.heatLimitWatts();
            case FEEDS -> r.itWatts() > r.feedWatts();
            case PLANNED_PEAK -> r.plannedPeakWatts() > r.loadLimitWatts();
            case PEAK_VS_NAMEPLATE -> r.plannedPeakWatts() > r.loadLimitWatts();
            case ACCELERATORS, STRANDED -> false;
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
