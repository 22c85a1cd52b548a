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
}
