package dev.hallplan.engine.facility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.hallplan.engine.facility.Violation.Kind;
import dev.hallplan.engine.project.CatalogCount;
import dev.hallplan.engine.project.Fixtures;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.PowerChain;
import dev.hallplan.engine.project.Redundancy;
import java.util.List;
import org.junit.jupiter.api.Test;

class PowerChainTest {
    private static final PowerChainEvaluator EVALUATOR = new PowerChainEvaluator(Fixtures.catalog());

    private static Hall hallWithUps(int units, Redundancy redundancy) {
        return Halls.withChain(Halls.hall(), new PowerChain(List.of(new CatalogCount(Fixtures.TRANSFORMER, 2)),
                List.of(new CatalogCount(Fixtures.UPS, units)), redundancy));
    }

    @Test
    void upsRedundancyDecidesUsableCapacity() {
        // 3 × 1 MW installed: N uses all 3 MW, N+1 loses the largest unit (2 MW), 2N keeps one path of two (1.5 MW)
        assertEquals(3_000_000, EVALUATOR.ups(hallWithUps(3, Redundancy.N), 1).usableWatts(), 1e-6);
        assertEquals(2_000_000, EVALUATOR.ups(hallWithUps(3, Redundancy.N_PLUS_1), 1).usableWatts(), 1e-6);
        assertEquals(1_500_000, EVALUATOR.ups(hallWithUps(3, Redundancy.TWO_N), 1).usableWatts(), 1e-6);
    }

    @Test
    void upsEfficiencyFollowsTheCatalogCurveAtTheLoadFraction() {
        // 2.25 MW on 3 MW installed is 75 % load: halfway between the curve's 96 % at 50 % and 97 % at 100 % -> 96.5 %
        PowerStage s = EVALUATOR.ups(hallWithUps(3, Redundancy.N), 2_250_000);
        assertEquals(0.75, s.loadFraction(), 1e-12);
        assertEquals(0.965, s.efficiency(), 1e-12);
        assertEquals(2_250_000 / 0.965 - 2_250_000, s.lossWatts(), 1e-6);
    }

    @Test
    void lightlyLoadedUpsUsesTheCurvesLowestPoint() {
        // 0.3 MW on 3 MW is 10 % load, below the first curve point (25 %: 94 %), so 94 % holds
        assertEquals(0.94, EVALUATOR.ups(hallWithUps(3, Redundancy.N), 300_000).efficiency(), 1e-12);
    }

    @Test
    void upsOverloadAtNPlusOneIsAViolation() {
        // 2.2 MW fits 3 MW at N but not the 2 MW left at N+1
        PowerStage n = EVALUATOR.ups(hallWithUps(3, Redundancy.N), 2_200_000);
        PowerStage n1 = EVALUATOR.ups(hallWithUps(3, Redundancy.N_PLUS_1), 2_200_000);
        PowerStage none = PowerStage.notModelled(0);
        assertEquals(List.of(), PowerChainEvaluator.violations("h1", new PowerChainState(0, 0, n, 0, none, 0, 1)));
        List<Violation> v = PowerChainEvaluator.violations("h1", new PowerChainState(0, 0, n1, 0, none, 0, 1));
        assertEquals(List.of("Hall h1 UPS: 2.2 MW > 2 MW usable at N+1 (3 units, 3 MW installed)"),
                v.stream().map(Violation::message).toList());
    }

    @Test
    void hallWithoutUpsHasNoUpsStage() {
        Hall h = Halls.withChain(Halls.hall(), new PowerChain(List.of(), List.of(), Redundancy.N));
        PowerStage s = EVALUATOR.ups(h, 1_000);
        assertFalse(s.modelled());
        assertEquals(1_000, s.inputWatts(), 0);
    }

    @Test
    void gridDrawAboveTieInIsNoChainViolation() {
        // whether grid, firm and on-site supply carry the hall is the supply-adequacy model's
        // question (energy.SupplyAdequacy); the chain check no longer judges it from one static draw
        PowerStage none = PowerStage.notModelled(0);
        List<Violation> v = PowerChainEvaluator.violations("h1", new PowerChainState(0, 0, none, 0, none, 5_200_000, 5_000_000));
        assertEquals(List.of(), v);
    }
}
