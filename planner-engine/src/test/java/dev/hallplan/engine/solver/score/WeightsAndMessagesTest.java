package dev.hallplan.engine.solver.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hallplan.engine.solver.domain.ConstraintNames;
import dev.hallplan.engine.solver.domain.HallPlanConstraintConfiguration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

class WeightsAndMessagesTest {

    @Test
    void multiplierScalesOneWeightAndLeavesTheOthers() {
        HallPlanConstraintConfiguration c = HallPlanConstraintConfiguration.withMultipliers(
                Map.of(ConstraintNames.GRID_CARBON, 2.5, ConstraintNames.FRAGMENTATION, 0.0));
        // default carbon weight 10 soft x 2.5; fragmentation switched off
        assertEquals(HardMediumSoftLongScore.ofSoft(25), c.weightOf(ConstraintNames.GRID_CARBON));
        assertEquals(HardMediumSoftLongScore.ZERO, c.weightOf(ConstraintNames.FRAGMENTATION));
        assertEquals(HardMediumSoftLongScore.ofHard(1), c.weightOf(ConstraintNames.RACK_POWER));
    }

    @Test
    void everyConstraintNameHasADefaultWeight() {
        assertEquals(ConstraintNames.ALL.size(), HallPlanConstraintConfiguration.DEFAULT_WEIGHTS.size());
        for (String name : ConstraintNames.ALL) {
            assertEquals(HallPlanConstraintConfiguration.DEFAULT_WEIGHTS.get(name), new HallPlanConstraintConfiguration().weightOf(name));
        }
    }

    @Test
    void limitMessageReadsLikeAnEngineerWouldSayIt() {
        assertEquals("Rack B-07: 47.2 kW > 40 kW air-cooled limit",
                LimitExceeded.watts("Rack B-07", 47_200, 40_000, CoolingLabels.limitLabel(dev.hallplan.catalog.CoolingType.AIR)).message());
        assertEquals("Server s1: 12 > 8 accelerators fitted", LimitExceeded.count("Server s1", 12, 8, "accelerators fitted").message());
    }
}
