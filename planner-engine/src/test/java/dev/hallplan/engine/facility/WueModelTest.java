package dev.hallplan.engine.facility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WueModelTest {
    @Test
    void dryPlantUsesNoWater() {
        assertEquals(0, WueModel.litresPerKwh(0, 35), 0);
    }

    @Test
    void hotMonthEvaporatesEverything() {
        // at 30 °C the wet share is capped at 1: 3.6 / 2.45 × 5/4 = 1.837 L per kWh
        assertEquals(1.8367, WueModel.litresPerKwh(1, 30), 1e-4);
    }

    @Test
    void waterUseRisesWithAmbient() {
        assertTrue(WueModel.litresPerKwh(1, 20) > WueModel.litresPerKwh(1, 5));
        // at 0 °C only the 20 % floor evaporates
        assertEquals(0.2 * WueModel.FULL_EVAPORATION_LITRES_PER_KWH, WueModel.litresPerKwh(1, 0), 1e-12);
    }

    @Test
    void shareOutsideZeroToOneIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> WueModel.litresPerKwh(1.5, 20));
    }
}
