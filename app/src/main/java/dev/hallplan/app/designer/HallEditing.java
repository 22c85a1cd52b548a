package dev.hallplan.app.designer;

import dev.hallplan.app.workspace.ProjectEdit;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.MountedEquipment;
import dev.hallplan.engine.project.PlacedRack;
import dev.hallplan.engine.project.Plan;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Row;
import dev.hallplan.engine.project.Scenario;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The plumbing every designer edit shares: find the hall of a scenario, put a changed hall back,
 * and drop plan replicas whose servers an edit removed (a plan naming a server that no longer
 * exists would make the file invalid). Unchanged records are shared, so undo is cheap.
 */
final class HallEditing {
    private HallEditing() {
    }

    /** An edit named {@code name} that changes hall {@code hallId} of scenario {@code scenarioName}. */
    static ProjectEdit onHall(String name, String scenarioName, String hallId, UnaryOperator<Hall> change) {
        return ProjectEdit.of(name, p -> {
            Scenario s = p.scenarioOrFirst(scenarioName);
            Hall before = s.hall(hallId).orElseThrow(() -> new IllegalArgumentException("no hall " + hallId + " in " + s.name()));
            Hall after = change.apply(before);
            return after.equals(before) ? p : withHall(p, s, before, after);
        });
    }

    private static Project withHall(Project p, Scenario s, Hall before, Hall after) {
        Scenario changed = s.withHalls(s.halls().stream().map(h -> h == before ? after : h).toList());
        Set<String> gone = serverIds(before);
        gone.removeAll(serverIds(after));
        if (!gone.isEmpty() && changed.plan() != null) {
            Plan plan = changed.plan();
            changed = changed.withPlan(new Plan(plan.source(), plan.score(), plan.replicas().stream()
                    .filter(r -> !(r.hallId().equals(after.id()) && gone.contains(r.serverId()))).toList()));
        }
        return p.withScenario(changed);
    }

    private static Set<String> serverIds(Hall hall) {
        Set<String> ids = new HashSet<>();
        hall.racks().forEach(r -> r.equipment().forEach(e -> ids.add(e.id())));
        return ids;
    }

    /** {@code hall} with row {@code rowId} replaced by {@code change}'s result. */
    static Hall replaceRow(Hall hall, String rowId, UnaryOperator<Row> change) {
        Row row = row(hall, rowId);
        Row after = change.apply(row);
        return hall.withRows(hall.rows().stream().map(r -> r == row ? after : r).toList());
    }

    static Row row(Hall hall, String rowId) {
        return hall.rows().stream().filter(r -> r.id().equals(rowId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no row " + rowId + " in hall " + hall.id()));
    }

    static Row rowOf(Hall hall, String rackId) {
        return hall.rows().stream().filter(r -> r.racks().stream().anyMatch(k -> k.id().equals(rackId))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no rack " + rackId + " in hall " + hall.id()));
    }

    static PlacedRack rack(Hall hall, String rackId) {
        return hall.rack(rackId).orElseThrow(() -> new IllegalArgumentException("no rack " + rackId + " in hall " + hall.id()));
    }

    /** {@code hall} with rack {@code rackId} replaced by {@code change}'s result (same row). */
    static Hall replaceRack(Hall hall, String rackId, UnaryOperator<PlacedRack> change) {
        Row row = rowOf(hall, rackId);
        return replaceRow(hall, row.id(), r -> r.withRacks(r.racks().stream()
                .map(k -> k.id().equals(rackId) ? change.apply(k) : k).toList()));
    }

    /** The rack at {@code position} of {@code row}, or null when the position is free. */
    static PlacedRack at(Row row, int position) {
        for (PlacedRack r : row.racks()) {
            if (r.position() == position) {
                return r;
            }
        }
        return null;
    }

    /** A rack id not used in {@code hall} (nor in {@code taken}): "ROW-NN" for position NN (1-based), suffixed when taken. */
    static String freshRackId(Hall hall, Set<String> taken, String rowId, int position) {
        Set<String> used = new HashSet<>(taken);
        hall.racks().forEach(r -> used.add(r.id()));
        String base = rowId + "-" + String.format("%02d", position + 1);
        String id = base;
        for (char c = 'b'; used.contains(id); c++) {
            id = base + c;
        }
        return id;
    }

    /** An equipment id not used in {@code hall} (nor in {@code taken}): "RACK-uNN" for its lowest U. */
    static String freshEquipmentId(Hall hall, Set<String> taken, String rackId, int uPosition) {
        Set<String> used = new HashSet<>(taken);
        hall.racks().forEach(r -> r.equipment().forEach(e -> used.add(e.id())));
        String base = rackId + "-u" + String.format("%02d", uPosition);
        String id = base;
        for (char c = 'b'; used.contains(id); c++) {
            id = base + c;
        }
        return id;
    }

    /** Sorted by position, so a row's racks read left to right in the file. */
    static List<PlacedRack> byPosition(List<PlacedRack> racks) {
        return racks.stream().sorted(java.util.Comparator.comparingInt(PlacedRack::position)).toList();
    }

    static List<MountedEquipment> byU(List<MountedEquipment> equipment) {
        return equipment.stream().sorted(java.util.Comparator.comparingInt(MountedEquipment::uPosition)).toList();
    }
}
