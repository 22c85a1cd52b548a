package dev.hallplan.app.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TypedNumbersTest {
    @Test
    void blanksAndThousandsSeparatorsAreIgnored() {
        assertEquals(1_250_000.5, TypedNumbers.decimal(" 1,250,000.5 ", "Peak demand"));
        assertEquals(12_000, TypedNumbers.whole("12,000", "Positions"));
    }

    @Test
    void nonFiniteAndMissingNumbersAreRefusedNamingTheField() {
        assertEquals("Grid tie-in (MW): 'NaN' is not a number",
                assertThrows(IllegalArgumentException.class, () -> TypedNumbers.decimal("NaN", "Grid tie-in (MW)")).getMessage());
        assertEquals("Grid tie-in (MW): enter a number",
                assertThrows(IllegalArgumentException.class, () -> TypedNumbers.decimal("  ", "Grid tie-in (MW)")).getMessage());
        assertEquals("Batch: '2.5' is not a whole number",
                assertThrows(IllegalArgumentException.class, () -> TypedNumbers.whole("2.5", "Batch")).getMessage());
    }

    @Test
    void aLatencyLimitIsTypedInMillisecondsAndBlankNoneOrZeroMeanNoLimit() {
        assertEquals(0.2, TypedNumbers.limitSeconds("200", "TPOT limit (ms)"), 1e-15);
        assertEquals(1.5, TypedNumbers.limitSeconds(" 1,500 ", "TTFT limit (ms)"), 1e-15);
        for (String none : new String[] {null, "", "  ", "none", "NONE", "0"}) {
            assertEquals(Double.POSITIVE_INFINITY, TypedNumbers.limitSeconds(none, "TPOT limit (ms)"), "'" + none + "'");
        }
        assertEquals("TPOT limit (ms): must be 0 (no limit) or more, was -1",
                assertThrows(IllegalArgumentException.class, () -> TypedNumbers.limitSeconds("-1", "TPOT limit (ms)")).getMessage());
    }
}
