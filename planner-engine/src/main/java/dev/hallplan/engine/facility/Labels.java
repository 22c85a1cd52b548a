package dev.hallplan.engine.facility;

import dev.hallplan.catalog.CoolingType;

/** Words for messages. */
final class Labels {
    private Labels() {
    }

    static String cooled(CoolingType type) {
        return switch (type) {
            case AIR -> "air-cooled";
            case REAR_DOOR_HX -> "rear-door-cooled";
            case DIRECT_LIQUID -> "direct-liquid-cooled";
            case IMMERSION -> "immersion-cooled";
        };
    }
}
