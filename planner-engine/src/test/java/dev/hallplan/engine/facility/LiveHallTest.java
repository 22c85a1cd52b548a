package dev.hallplan.engine.facility;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.engine.project.Fixtures;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.PlacedRack;
import dev.hallplan.engine.project.Row;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveHallTest {
    private final Catalog catalog = Fixtures.catalog();

    private static Hall hall() {
        List<PlacedRack> air = new ArrayList<>();
        List<PlacedRack> dlc = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            air.add(Halls.airRack("A-" + i, i, 2));
            dlc.add(Halls.dlcRack("D-" + i, i, 5));
        }
        return Halls.hall(Halls.row("A", 8, Halls.crah(2), air), Halls.row("D", 8, Halls.crah(1), dlc));
    }

    @Test
    void updateAfterAOneRackEditEvaluatesThatRackAloneAndEqualsTheFullComputation() {
        LiveHall live = new LiveHall(catalog, ServerLoad.NAMEPLATE);
        Hall before = hall();
        assertEquals(FacilityModel.liveState(before, catalog, ServerLoad.NAMEPLATE), live.update(before));
        assertEquals(12, live.evaluatedRacks(), "the first call evaluates every rack");

        Row a = before.rows().get(0);
        List<PlacedRack> racks = new ArrayList<>(a.racks());
        racks.set(3, Halls.airRack("A-3", 3, 4));
        Hall after = before.withRows(List.of(a.withRacks(racks), before.rows().get(1)));
        HallState state = live.update(after);
        assertEquals(1, live.evaluatedRacks(), "only the edited rack is evaluated again");
        assertEquals(FacilityModel.liveState(after, catalog, ServerLoad.NAMEPLATE), state);
        assertEquals(2 * state.racks().get(0).itWatts(), state.racks().get(3).itWatts(), 1e-9, "4 servers draw twice what 2 do");
    }

    @Test
    void aRackMovedToAnotherRowIsEvaluatedAgainForItsNewRow() {
        LiveHall live = new LiveHall(catalog, ServerLoad.NAMEPLATE);
        Hall before = hall();
        live.update(before);
        PlacedRack moved = before.rows().get(0).racks().get(0);
        List<PlacedRack> dlc = new ArrayList<>(before.rows().get(1).racks());
        dlc.add(new PlacedRack(moved.id(), 7, moved.rackTypeId(), moved.feeds(), moved.equipment()));
        Hall after = before.withRows(List.of(before.rows().get(0).withRacks(before.rows().get(0).racks().subList(1, 6)),
                before.rows().get(1).withRacks(dlc)));
        HallState state = live.update(after);
        assertEquals(1, live.evaluatedRacks());
        assertEquals(FacilityModel.liveState(after, catalog, ServerLoad.NAMEPLATE), state);
        assertEquals("D", state.racks().get(11).rowId());
    }
}
