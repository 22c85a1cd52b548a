package dev.hallplan.app.designer;

import dev.hallplan.catalog.units.UnitFormat;
import dev.hallplan.engine.facility.SpaceFinder;
import dev.hallplan.engine.facility.SpaceOption;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * "Find space…": where N servers of a model fit in the shown hall (the engine's {@link SpaceFinder},
 * within power, heat, feed, row cooling, hall and U limits), best first; and placing them, on
 * confirmation, as one command.
 */
public final class FindSpaceViewModel {
    private final DesignerViewModel floor;
    private final ReadOnlyObjectWrapper<List<SpaceOption>> found = new ReadOnlyObjectWrapper<>(List.of());
    private String serverModelId;
    private int requested;

    FindSpaceViewModel(DesignerViewModel floor) {
        this.floor = floor;
        floor.document().hallProperty().addListener(o -> found.set(List.of()));
    }

    /** The planned placements of the last search, best first (empty before a search or when nothing fits). */
    public ReadOnlyObjectProperty<List<SpaceOption>> foundProperty() { return found.getReadOnlyProperty(); }

    /** Searches for {@code count} servers of {@code serverModelId}; says how many fit. */
    public List<SpaceOption> find(String serverModelId, int count) {
        var hall = floor.document().hallProperty().get();
        if (hall == null || floor.catalog() == null || count < 1) {
            floor.say("choose a server model and a count of 1 or more");
            return List.of();
        }
        this.serverModelId = serverModelId;
        this.requested = count;
        List<SpaceOption> plan = SpaceFinder.plan(hall, floor.catalog(), serverModelId, count);
        found.set(plan);
        int fits = plan.stream().mapToInt(SpaceOption::fits).sum();
        floor.say(fits == count ? "" : "only " + fits + " of " + count + " fit in this hall");
        return plan;
    }

    /** One line per rack of the result, e.g. "A-03: 4 at U1, U9, U17, U25 · 2 kW left (power)". */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (SpaceOption o : found.get()) {
            lines.add(o.rackId() + ": " + o.fits() + " at U" + String.join(", U", o.uPositions().stream().map(String::valueOf).toList())
                    + " · " + UnitFormat.watts(o.headroomAfterWatts(o.fits())) + " left (then " + o.limitedBy() + " binds)");
        }
        return lines;
    }

    /** Mounts the found servers: one command "Place N × MODEL". True when placed. */
    public boolean place() {
        List<SpaceOption> plan = found.get();
        if (plan.isEmpty()) {
            floor.say("nothing to place: find space first");
            return false;
        }
        List<EquipmentEdits.Mount> mounts = new ArrayList<>();
        plan.forEach(o -> o.uPositions().forEach(u -> mounts.add(new EquipmentEdits.Mount(o.rackId(), serverModelId, u))));
        boolean done = floor.run(() -> EquipmentEdits.mountAll("Place " + mounts.size() + " × " + serverModelId, floor.scenario(),
                floor.hallId(), mounts, floor.catalog()));
        if (done) {
            found.set(List.of());
        }
        return done;
    }

    /** The count asked for in the last search. */
    public int requested() {
        return requested;
    }
}
