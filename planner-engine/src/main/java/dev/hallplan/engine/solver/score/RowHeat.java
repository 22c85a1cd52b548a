package dev.hallplan.engine.solver.score;

import dev.hallplan.catalog.units.UnitFormat;
import dev.hallplan.engine.solver.domain.RowFact;
import java.util.ArrayList;
import java.util.List;

/** The message of a row over its cooling, e.g. "Row A (Hall 1): 160 kW air heat > 150 kW CRAH capacity". */
final class RowHeat {
    private RowHeat() {
    }

    /** @param airWatts and {@code liquidWatts}: the heat of the row's used servers, its fixed heat not included */
    static String message(RowFact row, long airWatts, long liquidWatts) {
        double air = row.fixedHeat().airWatts() + airWatts;
        double liquid = row.fixedHeat().liquidWatts() + liquidWatts;
        List<String> parts = new ArrayList<>(2);
        if (air > row.cooling().airWatts()) {
            parts.add(UnitFormat.watts(air) + " air heat > " + UnitFormat.watts(row.cooling().airWatts()) + " CRAH capacity");
        }
        if (liquid > row.cooling().liquidWatts()) {
            parts.add(UnitFormat.watts(liquid) + " liquid heat > " + UnitFormat.watts(row.cooling().liquidWatts())
                    + " CDU capacity");
        }
        return "Row " + row.id() + " (" + row.hall().name() + "): " + String.join(", ", parts);
    }
}
