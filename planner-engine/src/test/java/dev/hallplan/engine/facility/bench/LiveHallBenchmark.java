package dev.hallplan.engine.facility.bench;

import dev.hallplan.engine.facility.FacilityModel;
import dev.hallplan.engine.facility.HallState;
import dev.hallplan.engine.facility.LiveHall;
import dev.hallplan.engine.facility.ServerLoad;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.PlacedRack;
import dev.hallplan.engine.project.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The designer's facility update after a one-rack edit on the 2,000-rack hall of
 * {@link FacilityModelBenchmark}: {@link LiveHall#update} on two versions of the hall that differ in
 * one rack (one server more in rack R7-20), alternating, so every call sees a one-rack edit as the
 * designer does; beside it the full {@link FacilityModel#liveState} of the edited hall. Target
 * ≤ 5 ms (docs/facility-model.md has the figures and the command).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LiveHallBenchmark {
    private FacilityModelBenchmark base;
    private Hall before;
    private Hall after;
    private LiveHall live;
    private boolean flip;

    @Setup
    public void build() {
        base = new FacilityModelBenchmark();
        base.build();
        before = base.hall;
        after = editedOneRack(before);
        live = new LiveHall(base.catalog, ServerLoad.NAMEPLATE);
        live.update(before);
    }

    /** {@code hall} with one server removed from rack R7-20: a new rack record and row record, every other record shared. */
    static Hall editedOneRack(Hall hall) {
        List<Row> rows = new ArrayList<>(hall.rows());
        Row row = rows.get(7);
        List<PlacedRack> racks = new ArrayList<>(row.racks());
        PlacedRack rack = racks.get(20);
        racks.set(20, rack.withEquipment(rack.equipment().subList(1, rack.equipment().size())));
        rows.set(7, row.withRacks(racks));
        return hall.withRows(rows);
    }

    /** The incremental update after a one-rack edit (what the designer runs on every edit). */
    @Benchmark
    public HallState updateAfterOneRackEdit() {
        flip = !flip;
        return live.update(flip ? after : before);
    }

    /** The whole live state of the edited hall, for comparison. */
    @Benchmark
    public HallState fullLiveStateAfterOneRackEdit() {
        return FacilityModel.liveState(after, base.catalog, ServerLoad.NAMEPLATE);
    }
}
