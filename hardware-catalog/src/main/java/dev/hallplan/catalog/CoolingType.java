package dev.hallplan.catalog;

/** How heat leaves a rack, in rising order of density it can handle. */
public enum CoolingType {
    AIR, REAR_DOOR_HX, DIRECT_LIQUID, IMMERSION
}
