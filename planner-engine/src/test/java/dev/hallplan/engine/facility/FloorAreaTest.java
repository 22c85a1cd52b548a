package dev.hallplan.engine.facility;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hallplan.engine.project.FloorLayout;
import dev.hallplan.engine.project.Fixtures;
import dev.hallplan.engine.project.Hall;
import java.util.List;
import org.junit.jupiter.api.Test;

/** White space from rows, pitch, aisles and clearances (docs/facility-model.md, "Floor area"). */
class FloorAreaTest {

    private static Hall twoRows() {
        // rows of 10 positions at 0.6 m pitch, 3 and 2 air racks of 0.6 m x 1.2 m
        return Halls.hall(Halls.row("A", 10, Halls.crah(1), List.of(Halls.airRack("A-01", 0, 1), Halls.airRack("A-02", 1, 1),
                Halls.airRack("A-03", 2, 1))), Halls.row("B", 10, Halls.crah(1), List.of(Halls.airRack("B-01", 0, 1),
                Halls.airRack("B-02", 1, 1))));
    }

    @Test
    void whiteSpaceAddsAislesAndClearancesToTheRows() {
        FloorArea a = FloorArea.of(twoRows(), Fixtures.catalog());
        // length: 10 x 0.6 m + 2 x 1.2 m row ends = 8.4 m
        // depth: 2 rows x 1.2 m + one 1.2 m cold aisle + 2 x 1.2 m perimeter = 6.0 m
        assertEquals(8.4, a.lengthMeters(), 1e-9);
        assertEquals(6.0, a.depthMeters(), 1e-9);
        assertEquals(50.4, a.whiteSpaceSquareMeters(), 1e-9);
        assertEquals(5 * 0.72, a.rackFootprintSquareMeters(), 1e-9);
    }

    @Test
    void aislesAlternateColdAndHotAndTheLayoutOverridesTheDefaults() {
        Hall h = twoRows();
        Hall three = h.withRows(List.of(h.rows().get(0), h.rows().get(1), Halls.row("C", 4, Halls.crah(1),
                List.of(Halls.airRack("C-01", 0, 1)))));
        // 3 rows x 1.2 + cold 1.2 + hot 0.9 + 2 x 1.2 = 8.1 m deep
        assertEquals(8.1, FloorArea.of(three, Fixtures.catalog()).depthMeters(), 1e-9);
        Hall tight = three.withFloor(new FloorLayout(1.0, 0.8, 0.9, 0.6));
        // 3.6 + 1.0 + 0.8 + 1.2 = 6.6 m deep; 6.0 + 1.8 = 7.8 m long
        FloorArea a = FloorArea.of(tight, Fixtures.catalog());
        assertEquals(6.6, a.depthMeters(), 1e-9);
        assertEquals(7.8, a.lengthMeters(), 1e-9);
    }
}
