package dev.hallplan.engine.facility;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.CoolingUnit;
import dev.hallplan.catalog.CoolingUnit.CoolingUnitKind;
import dev.hallplan.engine.project.CatalogCount;
import dev.hallplan.engine.project.Row;
import java.util.Optional;

/**
 * What a row's cooling units remove: air heat through its CRAHs, liquid heat through its CDU
 * loops. The facility model's row and loop checks and the solver's row constraint both read it.
 * A row that lists no unit of a kind removes none of that kind of heat; unknown catalog ids add
 * nothing (the project validator reports them).
 *
 * @param airWatts     heat the row's CRAHs remove
 * @param liquidWatts  heat the row's CDUs remove (shared over its loops in proportion to capacity)
 */
public record RowCooling(double airWatts, double liquidWatts) {

    public static RowCooling of(Row row, Catalog catalog) {
        double crah = 0;
        double cdu = 0;
        for (CatalogCount c : row.cooling()) {
            Optional<CoolingUnit> u = catalog.coolingUnit(c.catalogId());
            if (u.isEmpty()) {
                continue;
            }
            double capacity = c.count() * u.get().capacityWatts();
            if (u.get().kind() == CoolingUnitKind.CRAH) {
                crah += capacity;
            } else if (u.get().kind() == CoolingUnitKind.CDU) {
                cdu += capacity;
            }
        }
        return new RowCooling(crah, cdu);
    }

    /** True when {@code heat} fits: air within the CRAHs, liquid within the CDUs. */
    public boolean removes(HeatLoad heat) {
        return heat.airWatts() <= airWatts && heat.liquidWatts() <= liquidWatts;
    }
}
