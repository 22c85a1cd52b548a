package dev.hallplan.app.designer;

import dev.hallplan.app.workspace.ProjectEdit;
import dev.hallplan.catalog.Catalog;
import dev.hallplan.engine.project.CatalogCount;
import dev.hallplan.engine.project.PlacedRack;
import dev.hallplan.engine.project.Row;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Undoable edits of a hall's rows: add, delete, rename, and fill with one rack type. Each is one
 * {@link ProjectEdit}; a refused edit throws {@link IllegalArgumentException} with the reason and
 * changes nothing.
 */
public final class RowEdits {
    private RowEdits() {
    }

    /**
     * "Add row ID": a new empty row after the last one.
     *
     * @param positions   rack positions, 1 or more
     * @param pitchMeters distance between position centres, positive
     * @param cooling     the row's CRAHs and CDUs (catalog ids with counts); may be empty
     */
    public static ProjectEdit addRow(String scenarioName, String hallId, String rowId, int positions, double pitchMeters,
                                     List<CatalogCount> cooling) {
        Row row = new Row(ProjectEditsNames.requireId(rowId, "row"), positions, pitchMeters, cooling, List.of());
        return HallEditing.onHall("Add row " + row.id(), scenarioName, hallId, h -> {
            if (h.rows().stream().anyMatch(r -> r.id().equals(row.id()))) {
                throw new IllegalArgumentException("hall " + h.id() + " already has a row " + row.id());
            }
            List<Row> rows = new ArrayList<>(h.rows());
            rows.add(row);
            return h.withRows(rows);
        });
    }

    /** "Delete row ID" with its racks (plan replicas on their servers go too). */
    public static ProjectEdit deleteRow(String scenarioName, String hallId, String rowId) {
        return HallEditing.onHall("Delete row " + rowId, scenarioName, hallId, h -> {
            Row row = HallEditing.row(h, rowId);
            return h.withRows(h.rows().stream().filter(r -> r != row).toList());
        });
    }

    /** "Rename row A to B": the row's id; its racks keep theirs. */
    public static ProjectEdit renameRow(String scenarioName, String hallId, String rowId, String newId) {
        String id = ProjectEditsNames.requireId(newId, "row");
        return HallEditing.onHall("Rename row " + rowId + " to " + id, scenarioName, hallId, h -> {
            if (id.equals(rowId)) {
                return h;
            }
            if (h.rows().stream().anyMatch(r -> r.id().equals(id))) {
                throw new IllegalArgumentException("hall " + h.id() + " already has a row " + id);
            }
            return HallEditing.replaceRow(h, rowId, r -> new Row(id, r.positions(), r.pitchMeters(), r.cooling(), r.racks()));
        });
    }

    /**
     * "Fill row ID with TYPE": an empty rack of {@code rackTypeId} on every free position of the
     * row, feeds as {@link RackEdits#feedsFor} chooses. Refused when the row has no free position.
     */
    public static ProjectEdit fillRow(String scenarioName, String hallId, String rowId, String rackTypeId, Catalog catalog) {
        return HallEditing.onHall("Fill row " + rowId + " with " + rackTypeId, scenarioName, hallId, h -> {
            var type = RackEdits.rackType(catalog, rackTypeId);
            Row row = HallEditing.row(h, rowId);
            List<PlacedRack> racks = new ArrayList<>(row.racks());
            Set<String> taken = new HashSet<>();
            for (int p = 0; p < row.positions(); p++) {
                if (HallEditing.at(row, p) == null) {
                    String id = HallEditing.freshRackId(h, taken, row.id(), p);
                    taken.add(id);
                    racks.add(new PlacedRack(id, p, type.id(), RackEdits.feedsFor(row, type), List.of()));
                }
            }
            if (taken.isEmpty()) {
                throw new IllegalArgumentException("row " + rowId + " has no free position");
            }
            return HallEditing.replaceRow(h, rowId, r -> r.withRacks(HallEditing.byPosition(racks)));
        });
    }
}
