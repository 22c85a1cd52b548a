package dev.hallplan.engine.tco;

import java.util.Objects;

/**
 * One capex line: {@code count} units of one item at one unit price.
 *
 * @param itemId         catalog id, or a descriptive id for items outside the catalog ("battery:hall-1")
 * @param unitPriceUsd   price of one unit; 0 when {@code priceMissing}
 * @param priceMissing   true when the catalog has no price for the item (or no such item): the line
 *                       counts at 0 and the result flags it
 */
public record CapexLine(CostCategory category, String itemId, long count, double unitPriceUsd, boolean priceMissing) {
    public CapexLine {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(itemId, "itemId");
        if (count < 0) {
            throw new IllegalArgumentException(itemId + ": count must not be negative, was " + count);
        }
        if (!(unitPriceUsd >= 0) || Double.isInfinite(unitPriceUsd)) {
            throw new IllegalArgumentException(itemId + ": unitPriceUsd must not be negative, was " + unitPriceUsd);
        }
    }

    public double totalUsd() {
        return count * unitPriceUsd;
    }
}
