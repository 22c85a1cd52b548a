package dev.hallplan.engine.kpi;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.CatalogSummary;
import dev.hallplan.engine.tco.CapexLine;
import dev.hallplan.engine.tco.TcoResult;
import java.util.List;
import java.util.Locale;

/** The TCO's capex lines as bill-of-materials lines with vendor, name and nameplate power. */
final class BomLines {
    private BomLines() {
    }

    static List<BomLine> of(TcoResult tco, Catalog catalog) {
        return tco.capexLines().stream().map(line -> line(line, catalog)).toList();
    }

    private static BomLine line(CapexLine line, Catalog catalog) {
        Object entry = catalog.entry(line.itemId()).orElse(null);
        String vendor = entry == null ? "" : CatalogSummary.vendor(entry);
        String name = entry == null ? line.itemId() : CatalogSummary.name(entry);
        double watts = catalog.server(line.itemId()).map(s -> s.maxPowerWatts())
                .or(() -> catalog.networkDevice(line.itemId()).map(n -> n.powerWatts()))
                .or(() -> catalog.storageSystem(line.itemId()).map(s -> s.powerWatts()))
                .orElse(0.0);
        String category = line.category().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return new BomLine(category, line.itemId(), vendor, name, line.count(), line.unitPriceUsd(), watts,
                line.priceMissing());
    }
}
