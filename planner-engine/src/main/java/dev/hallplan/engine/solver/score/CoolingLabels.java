package dev.hallplan.engine.solver.score;

import dev.hallplan.catalog.CoolingType;

/** Words for a rack's cooling type in messages. */
final class CoolingLabels {
    private CoolingLabels() {
    }

    static String limitLabel(CoolingType cooling) {
        return switch (cooling) {
            case AIR -> "air-cooled limit";
            case REAR_DOOR_HX -> "rear-door-cooled limit";
            case DIRECT_LIQUID -> "liquid-cooled limit";
            case IMMERSION -> "immersion-cooled limit";
        };
    }
}
