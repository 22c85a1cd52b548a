package dev.hallplan.app.compare;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One line of the side-by-side table.
 *
 * @param unit      the unit the workbook's Compare sheet writes in its Unit column
 * @param siValues  one SI value per compared scenario (NaN where undefined)
 * @param texts     the values as text for people (the engine's {@code Quantity.text} / {@code UnitFormat})
 * @param winner    index of the best scenario; empty on a tie or where "best" has no meaning
 */
public record CompareRow(String label, String unit, List<Double> siValues, List<String> texts, OptionalInt winner) {
    public CompareRow {
        Objects.requireNonNull(label, "label");
        siValues = List.copyOf(siValues);
        texts = List.copyOf(texts);
        Objects.requireNonNull(winner, "winner");
    }
}
