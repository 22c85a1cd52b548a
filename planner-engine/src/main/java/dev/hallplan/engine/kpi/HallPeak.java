package dev.hallplan.engine.kpi;

import dev.hallplan.engine.facility.HallState;
import dev.hallplan.engine.project.Hall;

/** A hall and its facility state when every planned replica serves at capacity. */
record HallPeak(Hall hall, HallState state) {
}
