package dev.hallplan.engine.project;

/** What kind of facility a hall is in. */
public enum FacilityType {
    HYPERSCALE, COLOCATION, ENTERPRISE, EDGE
}
