package dev.hallplan.app.designer;

import dev.hallplan.app.workspace.ItemRef;
import dev.hallplan.app.workspace.ProjectEdit;
import dev.hallplan.app.workspace.ProjectViewModel;
import dev.hallplan.catalog.Catalog;
import dev.hallplan.engine.facility.LiveHall;
import dev.hallplan.engine.facility.ServerLoad;
import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.project.CatalogCount;
import dev.hallplan.engine.project.Hall;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * The hall designer's floor: the selected hall's {@link FloorSnapshot} (recomputed through the
 * facility model on every edit, incrementally: {@link LiveHall}), the overlay, the selected racks,
 * and the floor's commands. Every command is one {@link ProjectEdit}; a refused one leaves the
 * project as it was and sets {@link #messageProperty()} to the reason.
 */
public final class DesignerViewModel {
    private final ProjectViewModel document;
    private final ObservableValue<Catalog> catalog;
    private final ObservableValue<PlanReport> report;
    private final ReadOnlyObjectWrapper<FloorSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Overlay> overlay = new SimpleObjectProperty<>(Overlay.POWER);
    private final ReadOnlyObjectWrapper<Set<String>> selected = new ReadOnlyObjectWrapper<>(Set.of());
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ElevationViewModel elevation;
    private final FindSpaceViewModel findSpace;
    private LiveHall live;
    private List<String> clipboard = List.of();

    /**
     * @param catalog the hardware catalog; null until loaded (the floor stays empty until then)
     * @param report  the scenario's plan report; null without a plan (for the planned-peak overlay)
     */
    public DesignerViewModel(ProjectViewModel document, ObservableValue<Catalog> catalog, ObservableValue<PlanReport> report) {
        this.document = document;
        this.catalog = catalog;
        this.report = report;
        this.elevation = new ElevationViewModel(this);
        this.findSpace = new FindSpaceViewModel(this);
        catalog.addListener((o, a, b) -> {
            live = null;
            refresh();
        });
        document.hallProperty().addListener(o -> refresh());
        report.addListener(o -> refresh());
        document.selectionProperty().addListener(o -> followSelection());
        refresh();
        followSelection();
    }

    public ReadOnlyObjectProperty<FloorSnapshot> snapshotProperty() { return snapshot.getReadOnlyProperty(); }
    public ObjectProperty<Overlay> overlayProperty() { return overlay; }
    /** Ids of the selected racks of this hall (an unmodifiable set, in selection order). */
    public ReadOnlyObjectProperty<Set<String>> selectedRacksProperty() { return selected.getReadOnlyProperty(); }
    /** The last refusal or note for the user; empty when the last command went through. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ElevationViewModel elevation() { return elevation; }
    public FindSpaceViewModel findSpace() { return findSpace; }
    /** The catalog, or null while it loads. */
    public Catalog catalog() { return catalog.getValue(); }
    ProjectViewModel document() { return document; }

    private void refresh() {
        Hall hall = document.hallProperty().get();
        Catalog c = catalog.getValue();
        if (hall == null || c == null) {
            snapshot.set(null);
            return;
        }
        if (live == null) {
            live = new LiveHall(c, ServerLoad.NAMEPLATE);
        }
        snapshot.set(FloorSnapshots.of(hall, live.update(hall), c, report.getValue()));
    }

    private void followSelection() {
        Hall hall = document.hallProperty().get();
        Set<String> racks = new LinkedHashSet<>();
        if (hall != null) {
            document.selectionProperty().get().items().stream()
                    .filter(i -> i.kind() == ItemRef.Kind.RACK && hall.id().equals(i.hallId())).forEach(i -> racks.add(i.id()));
        }
        selected.set(java.util.Collections.unmodifiableSet(racks));
    }

    /** Selects {@code rackId}: alone, or added to / removed from the selection when {@code toggle} (Shift/Ctrl-click). */
    public void click(String rackId, boolean toggle) {
        Set<String> next = new LinkedHashSet<>(toggle ? selected.get() : Set.of());
        if (toggle && next.contains(rackId)) {
            next.remove(rackId);
        } else {
            next.add(rackId);
        }
        select(next);
    }

    /** Selects exactly {@code rackIds} (a rubber band; empty clears). */
    public void select(Set<String> rackIds) {
        Hall hall = document.hallProperty().get();
        if (hall != null) {
            document.selectItems(rackIds.stream().map(id -> ItemRef.rack(hall.id(), id)).toList());
        }
    }

    /** Places an empty rack of {@code rackTypeId} at a position (0-based) of row {@code rowIndex}. True when placed. */
    public boolean placeRack(int rowIndex, int position, String rackTypeId) {
        return withRow(rowIndex, rowId -> RackEdits.placeRack(scenario(), hallId(), rowId, position, rackTypeId, catalog()));
    }

    /**
     * Moves the selected racks (or {@code anchorRackId} alone when it is not selected) so that the
     * anchor lands on {@code position} of row {@code rowIndex}; the others keep their offsets. One
     * command. True when moved.
     */
    public boolean moveTo(String anchorRackId, int rowIndex, int position) {
        return relocate(anchorRackId, rowIndex, position, false);
    }

    /** Remembers the selected racks for {@link #pasteAt}. */
    public void copySelection() {
        clipboard = List.copyOf(selected.get());
        message.set(clipboard.isEmpty() ? "" : clipboard.size() + " racks copied");
    }

    /** Copies of the copied racks, the first landing at {@code position} of row {@code rowIndex}. True when pasted. */
    public boolean pasteAt(int rowIndex, int position) {
        return !clipboard.isEmpty() && relocate(clipboard.get(0), rowIndex, position, true, clipboard);
    }

    /** Copies of the selected racks in the first free place to their right in the same rows (one command). */
    public boolean duplicateSelection() {
        List<String> ids = List.copyOf(selected.get());
        if (ids.isEmpty() || snapshot.get() == null) {
            return false;
        }
        int widest = snapshot.get().rows().stream().mapToInt(FloorSnapshot.RowView::positions).max().orElse(0);
        for (int offset = 1; offset < widest; offset++) {
            ProjectEdit edit = RackEdits.copyRacks(scenario(), hallId(), ids, 0, offset);
            try {
                document.apply(edit);
                message.set("");
                return true;
            } catch (IllegalArgumentException tryFurther) {
                // that place is taken: try one position further
            }
        }
        message.set("no free place to the right of the selection for its copy");
        return false;
    }

    /** Deletes the selected racks (one command). */
    public boolean deleteSelection() {
        return !selected.get().isEmpty() && run(RackEdits.deleteRacks(scenario(), hallId(), List.copyOf(selected.get())));
    }

    public boolean addRow(String rowId, int positions, double pitchMeters, List<CatalogCount> cooling) {
        return run(() -> RowEdits.addRow(scenario(), hallId(), rowId, positions, pitchMeters, cooling));
    }

    public boolean deleteRow(int rowIndex) {
        return withRow(rowIndex, rowId -> RowEdits.deleteRow(scenario(), hallId(), rowId));
    }

    public boolean renameRow(int rowIndex, String newId) {
        return withRow(rowIndex, rowId -> RowEdits.renameRow(scenario(), hallId(), rowId, newId));
    }

    public boolean fillRow(int rowIndex, String rackTypeId) {
        return withRow(rowIndex, rowId -> RowEdits.fillRow(scenario(), hallId(), rowId, rackTypeId, catalog()));
    }

    boolean run(ProjectEdit edit) {
        return run(() -> edit);
    }

    boolean run(java.util.function.Supplier<ProjectEdit> edit) {
        if (document.hallProperty().get() == null || catalog() == null) {
            message.set("no hall to edit");
            return false;
        }
        try {
            document.apply(edit.get());
            message.set("");
            return true;
        } catch (IllegalArgumentException refused) {
            message.set(refused.getMessage());
            return false;
        }
    }

    void say(String text) {
        message.set(text);
    }

    private boolean relocate(String anchorRackId, int rowIndex, int position, boolean copy) {
        List<String> ids = new ArrayList<>(selected.get().contains(anchorRackId) ? selected.get() : Set.of(anchorRackId));
        return relocate(anchorRackId, rowIndex, position, copy, ids);
    }

    private boolean relocate(String anchorRackId, int rowIndex, int position, boolean copy, List<String> ids) {
        FloorSnapshot s = snapshot.get();
        RackFigures anchor = s == null ? null : s.rack(anchorRackId).orElse(null);
        if (anchor == null) {
            message.set("no rack " + anchorRackId + " on this floor");
            return false;
        }
        int rows = rowIndex - anchor.rowIndex();
        int positions = position - anchor.position();
        return run(() -> copy ? RackEdits.copyRacks(scenario(), hallId(), ids, rows, positions)
                : RackEdits.moveRacks(scenario(), hallId(), ids, rows, positions));
    }

    private boolean withRow(int rowIndex, java.util.function.Function<String, ProjectEdit> edit) {
        FloorSnapshot s = snapshot.get();
        if (s == null || rowIndex < 0 || rowIndex >= s.rows().size()) {
            message.set("no row there");
            return false;
        }
        return run(() -> edit.apply(s.rows().get(rowIndex).rowId()));
    }

    String scenario() {
        return document.scenarioProperty().get().name();
    }

    String hallId() {
        return document.hallProperty().get().id();
    }
}
