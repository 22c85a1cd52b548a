package dev.hallplan.engine.facility.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hallplan.engine.facility.HallState;
import org.junit.jupiter.api.Test;

/** Keeps the benchmark honest: its halls are what its Javadoc says they are. */
class FacilityModelBenchmarkHallTest {
    @Test
    void benchmarkHallHasTwoThousandRacksWithinLimits() {
        FacilityModelBenchmark b = new FacilityModelBenchmark();
        b.build();
        HallState s = b.liveState();
        assertEquals(2_000, s.racks().size());
        assertEquals(java.util.List.of(), s.violations());
    }

    @Test
    void overloadedBenchmarkHallHasThreeViolationsPerAirRack() {
        FacilityModelBenchmark b = new FacilityModelBenchmark();
        b.build();
        // 1,000 air racks, each over its feed, rack power limit and air heat limit
        assertEquals(3_000, b.liveStateWithViolations().violations().size());
    }
}
