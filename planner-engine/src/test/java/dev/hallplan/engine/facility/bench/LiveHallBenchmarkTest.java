package dev.hallplan.engine.facility.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hallplan.engine.facility.FacilityModel;
import dev.hallplan.engine.facility.LiveHall;
import dev.hallplan.engine.facility.ServerLoad;
import org.junit.jupiter.api.Test;

/** The benchmark measures what it says: a one-rack edit of the 2,000-rack hall, re-evaluating one rack, with the full model's result. */
class LiveHallBenchmarkTest {
    @Test
    void eachBenchmarkCallIsAOneRackEditWithTheFullModelsResult() {
        LiveHallBenchmark bench = new LiveHallBenchmark();
        bench.build();
        FacilityModelBenchmark base = new FacilityModelBenchmark();
        base.build();
        LiveHall live = new LiveHall(base.catalog, ServerLoad.NAMEPLATE);
        live.update(base.hall);
        var edited = LiveHallBenchmark.editedOneRack(base.hall);
        assertEquals(FacilityModel.liveState(edited, base.catalog, ServerLoad.NAMEPLATE), live.update(edited));
        assertEquals(1, live.evaluatedRacks());
        assertEquals(2000, live.update(edited).racks().size());
        assertEquals(0, live.evaluatedRacks(), "an unchanged hall evaluates no rack");
        assertEquals(FacilityModel.liveState(edited, base.catalog, ServerLoad.NAMEPLATE).itWatts(), bench.updateAfterOneRackEdit().itWatts());
    }
}
