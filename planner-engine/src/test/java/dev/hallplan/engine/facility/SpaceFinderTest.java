package dev.hallplan.engine.facility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.engine.project.Fixtures;
import dev.hallplan.engine.project.Hall;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpaceFinderTest {
    private final Catalog catalog = Fixtures.catalog();

    /** One row, one 150 kW CRAH; 40 kW air racks (42 U) holding 3, 1 and 0 servers of 10 kW and 8 U. */
    private static Hall hall() {
        return Halls.hall(Halls.row("A", 10, Halls.crah(1), List.of(Halls.airRack("A-0", 0, 3), Halls.airRack("A-1", 1, 1),
                Halls.airRack("A-2", 2, 0))));
    }

    @Test
    void racksAreRankedByHowManyFitWithTheirFreeUnitsAndWhatLimitsThem() {
        List<SpaceOption> options = SpaceFinder.options(hall(), catalog, Fixtures.AIR_SERVER);
        assertEquals(List.of("A-2", "A-1", "A-0"), options.stream().map(SpaceOption::rackId).toList());
        // 40 kW of headroom = 4 servers, 5 slots of 8 U free in 42 U
        assertEquals(List.of(1, 9, 17, 25), options.get(0).uPositions());
        assertEquals("power", options.get(0).limitedBy());
        // 30 kW headroom = 3; its server takes U1-8
        assertEquals(List.of(9, 17, 25), options.get(1).uPositions());
        // 10 kW headroom = 1, though U25 and U33 are free
        assertEquals(List.of(25), options.get(2).uPositions());
        assertEquals(0, options.get(0).headroomAfterWatts(4), 1e-9);
    }

    @Test
    void aPlanTakesTheBestRacksUntilTheCountIsPlaced() {
        List<SpaceOption> plan = SpaceFinder.plan(hall(), catalog, Fixtures.AIR_SERVER, 6);
        assertEquals(List.of("A-2", "A-1"), plan.stream().map(SpaceOption::rackId).toList());
        assertEquals(List.of(4, 2), plan.stream().map(SpaceOption::fits).toList());
        assertEquals(List.of(9, 17), plan.get(1).uPositions());
    }

    @Test
    void theRowsCoolingIsSharedBetweenTheRacksOfAPlan() {
        Hall empty = Halls.hall(Halls.row("A", 10, Halls.crah(1), List.of(Halls.airRack("A-0", 0, 0), Halls.airRack("A-1", 1, 0),
                Halls.airRack("A-2", 2, 0), Halls.airRack("A-3", 3, 0))));
        assertEquals(4, SpaceFinder.options(empty, catalog, Fixtures.AIR_SERVER).get(0).fits(), "each rack alone takes 4 (40 kW)");
        List<SpaceOption> plan = SpaceFinder.plan(empty, catalog, Fixtures.AIR_SERVER, 16);
        // 16 would fit the racks, but one 150 kW CRAH removes the heat of 15 servers of 10 kW
        assertEquals(15, plan.stream().mapToInt(SpaceOption::fits).sum());
    }

    @Test
    void aLiquidCooledServerFindsNoAirRackAndARowWithoutCrahTakesNone() {
        assertTrue(SpaceFinder.options(hall(), catalog, Fixtures.DLC_SERVER).isEmpty());
        Hall noCooling = Halls.hall(Halls.row("A", 10, List.of(), List.of(Halls.airRack("A-0", 0, 0))));
        assertTrue(SpaceFinder.options(noCooling, catalog, Fixtures.AIR_SERVER).isEmpty());
        assertTrue(SpaceFinder.options(hall(), catalog, "no-such-server").isEmpty());
    }

    @Test
    void theFoundPlacementsPassTheFacilityModelsChecks() {
        Hall h = hall();
        List<SpaceOption> plan = SpaceFinder.plan(h, catalog, Fixtures.AIR_SERVER, 8);
        var rows = h.rows().get(0);
        var racks = new java.util.ArrayList<dev.hallplan.engine.project.PlacedRack>();
        for (var rack : rows.racks()) {
            var eq = new java.util.ArrayList<>(rack.equipment());
            plan.stream().filter(o -> o.rackId().equals(rack.id())).flatMap(o -> o.uPositions().stream())
                    .forEach(u -> eq.add(new dev.hallplan.engine.project.MountedEquipment(rack.id() + "-n" + u, Fixtures.AIR_SERVER, u)));
            racks.add(rack.withEquipment(eq));
        }
        Hall after = h.withRows(List.of(rows.withRacks(racks)));
        assertEquals(8, plan.stream().mapToInt(SpaceOption::fits).sum());
        assertEquals(List.of(), FacilityModel.liveState(after, catalog, ServerLoad.NAMEPLATE).violations());
    }
}
