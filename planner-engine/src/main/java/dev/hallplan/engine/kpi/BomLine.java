package dev.hallplan.engine.kpi;

/**
 * One bill-of-materials line.
 *
 * @param category        "accelerator server", "network", "storage", "rack", "cooling", "power", "battery", "facility"
 * @param unitPriceUsd    catalog price of one unit (0 and {@code priceMissing} when the catalog has none)
 * @param powerWattsEach  nameplate power of one unit, 0 where it does not apply
 */
public record BomLine(
        String category,
        String catalogId,
        String vendor,
        String name,
        long quantity,
        double unitPriceUsd,
        double powerWattsEach,
        boolean priceMissing) {

    public double extendedPriceUsd() {
        return quantity * unitPriceUsd;
    }
}
