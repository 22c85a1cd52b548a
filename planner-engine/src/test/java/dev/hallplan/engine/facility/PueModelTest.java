package dev.hallplan.engine.facility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.catalog.CoolingType;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PueModelTest {
    private static final double L = PueModel.REFERENCE_LOAD_FRACTION;
    private static final double T = PueModel.REFERENCE_AMBIENT_CELSIUS;

    @Test
    void referenceConditionsHitTheMiddleOfTheSourcedRanges() {
        // ranges from hardware-specs.tsv: air 1.5-1.6, rear door 1.3-1.4, DLC 1.1-1.2; immersion at the top of 1.02-1.05
        assertEquals(1.55, PueModel.pue(CoolingMix.only(CoolingType.AIR), L, T), 0.005);
        assertEquals(1.35, PueModel.pue(CoolingMix.only(CoolingType.REAR_DOOR_HX), L, T), 0.005);
        assertEquals(1.15, PueModel.pue(CoolingMix.only(CoolingType.DIRECT_LIQUID), L, T), 0.005);
        assertEquals(1.05, PueModel.pue(CoolingMix.only(CoolingType.IMMERSION), L, T), 0.005);
    }

    @Test
    void pueNeverFallsAsAmbientRisesAndRisesWhenHot() {
        for (CoolingType type : CoolingType.values()) {
            CoolingMix mix = CoolingMix.only(type);
            double previous = 0;
            for (int celsius = -20; celsius <= 45; celsius++) {
                double pue = PueModel.pue(mix, L, celsius);
                assertTrue(pue >= previous, type + " at " + celsius + " °C: " + pue + " < " + previous);
                previous = pue;
            }
            assertTrue(PueModel.pue(mix, L, 40) > PueModel.pue(mix, L, 10), type.toString());
        }
    }

    @Test
    void moreLiquidMeansLowerPueAtEveryAmbient() {
        CoolingType[] denser = {CoolingType.AIR, CoolingType.REAR_DOOR_HX, CoolingType.DIRECT_LIQUID, CoolingType.IMMERSION};
        for (int celsius = -20; celsius <= 45; celsius += 5) {
            for (int i = 1; i < denser.length; i++) {
                assertTrue(PueModel.pue(CoolingMix.only(denser[i]), L, celsius) < PueModel.pue(CoolingMix.only(denser[i - 1]), L, celsius),
                        denser[i] + " vs " + denser[i - 1] + " at " + celsius + " °C");
            }
        }
    }

    @Test
    void mixIsTheLoadWeightedAverageOfItsTypes() {
        // cooling overhead is linear in the shares, so a 50/50 mix sits halfway between the pure PUEs
        CoolingMix half = new CoolingMix(Map.of(CoolingType.AIR, 0.5, CoolingType.DIRECT_LIQUID, 0.5));
        double expected = (PueModel.pue(CoolingMix.only(CoolingType.AIR), L, 25) + PueModel.pue(CoolingMix.only(CoolingType.DIRECT_LIQUID), L, 25)) / 2;
        assertEquals(expected, PueModel.pue(half, L, 25), 1e-12);
    }

    @Test
    void emptierHallHasHigherPue() {
        CoolingMix air = CoolingMix.only(CoolingType.AIR);
        assertTrue(PueModel.pue(air, 0.2, T) > PueModel.pue(air, 0.5, T));
        assertTrue(PueModel.pue(air, 0.5, T) > PueModel.pue(air, 1.0, T));
        // at full load: 1 + 0.015 electrical + 0.010 fixed + (0.369 + 0.015 × 10) air cooling at 15 °C = 1.544
        assertEquals(1.544, PueModel.pue(air, 1.0, T), 1e-12);
    }
}
