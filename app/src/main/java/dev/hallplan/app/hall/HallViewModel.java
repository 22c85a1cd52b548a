package dev.hallplan.app.hall;

import dev.hallplan.catalog.units.UnitFormat;
import dev.hallplan.engine.facility.HallState;
import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.kpi.RackReport;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.Row;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The floor plan's state: the hall shown, its rows (with position counts) and rack tiles coloured
 * by power use. Power use comes from a caller-given function (the facility model's live state).
 */
public final class HallViewModel {
    private final ObjectProperty<Hall> hall = new SimpleObjectProperty<>();
    private final ObservableList<Integer> rowPositions = FXCollections.observableArrayList();
    private final ObservableList<String> rowIds = FXCollections.observableArrayList();
    private final ObservableList<RackTile> tiles = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper itFigure = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyObjectWrapper<Set<String>> selectedRacks =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(Set.of());
    private Consumer<String> rackChosen = id -> { };
    private ToDoubleFunction<String> powerUseOfRack = rackId -> Double.NaN;
    private String loadCaption = "";

    public HallViewModel() {
        hall.addListener((o, a, b) -> refresh());
        refresh();
    }

    public ObjectProperty<Hall> hallProperty() { return hall; }
    public ObservableList<RackTile> tiles() { return tiles; }
    /** Position count of each row, in floor order. */
    public ObservableList<Integer> rowPositions() { return rowPositions; }
    public ObservableList<String> rowIds() { return rowIds; }
    public ReadOnlyStringProperty captionProperty() { return caption.getReadOnlyProperty(); }
    /** The hall's key live figure for the status bar: "480 kW IT at nameplate" or "at planned peak"; empty without a hall. */
    public ReadOnlyStringProperty itFigureProperty() { return itFigure.getReadOnlyProperty(); }
    /** Ids of the racks drawn as selected (an unmodifiable set). */
    public javafx.beans.property.ReadOnlyObjectProperty<Set<String>> selectedRacksProperty() {
        return selectedRacks.getReadOnlyProperty();
    }

    /** Marks {@code rackIds} as selected (replacing the previous marks). */
    public void setSelectedRacks(Set<String> rackIds) {
        if (!selectedRacks.get().equals(rackIds)) {
            selectedRacks.set(Set.copyOf(rackIds));
        }
    }

    /** Who hears that the user picked a rack on the floor (the selection model). */
    public void setOnRackChosen(Consumer<String> listener) {
        this.rackChosen = listener;
    }

    /** The user picked the rack at {@code position} of row {@code rowIndex}; nothing when that position is empty. */
    public void choose(int rowIndex, int position) {
        tiles.stream().filter(t -> t.rowIndex() == rowIndex && t.position() == position).findFirst()
                .ifPresent(t -> rackChosen.accept(t.rackId()));
    }

    /** Shows {@code shown}'s layout while its load is unknown (racks uncoloured), {@code note} saying why. */
    public void showLayout(Hall shown, String note) {
        showRackUse(shown, Map.of(), " · " + note);
        itFigure.set("");
    }

    /**
     * Shows {@code shown} coloured by the racks' power use in {@code state} (the facility model's
     * live state of that hall), with a caption naming the load the state was computed at.
     */
    public void show(Hall shown, HallState state, String loadLabel) {
        Map<String, Double> use = new HashMap<>();
        state.racks().forEach(r -> use.put(r.rackId(), r.powerLimitWatts() > 0 ? r.itWatts() / r.powerLimitWatts() : Double.NaN));
        itFigure.set(UnitFormat.watts(state.itWatts()) + " IT at " + loadLabel);
        showRackUse(shown, use, " · " + UnitFormat.watts(state.itWatts()) + " IT at " + loadLabel
                + " · PUE " + UnitFormat.number(state.designPue()) + " · " + state.violations().size() + " violations");
    }

    /**
     * Shows {@code shown} coloured by a plan's rack power at planned full load, captioned with the
     * hall's own figures from the plan report (never summed here).
     */
    public void showPlanned(Hall shown, PlanReport report) {
        Map<String, Double> use = new HashMap<>();
        for (RackReport r : report.racks()) {
            if (r.hallId().equals(shown.id())) {
                use.put(r.rackId(), r.powerUse());
            }
        }
        String it = report.hall(shown.id()).map(h -> "IT load at planned full load " + UnitFormat.watts(h.itFullLoadWatts())).orElse("");
        String space = report.hall(shown.id()).map(h -> " · white space " + UnitFormat.number(h.whiteSpaceSquareMeters()) + " m²").orElse("");
        itFigure.set(it);
        showRackUse(shown, use, it.isEmpty() ? "" : " · " + it + space);
    }

    private void showRackUse(Hall shown, Map<String, Double> use, String captionSuffix) {
        this.powerUseOfRack = id -> use.getOrDefault(id, Double.NaN);
        this.loadCaption = captionSuffix;
        if (hall.get() == shown) {
            refresh();
        } else {
            hall.set(shown);
        }
    }

    private void refresh() {
        Hall h = hall.get();
        List<RackTile> fresh = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        if (h == null) {
            itFigure.set("");
            caption.set("No hall in this scenario");
        } else {
            for (int r = 0; r < h.rows().size(); r++) {
                Row row = h.rows().get(r);
                positions.add(row.positions());
                ids.add(row.id());
                for (var rack : row.racks()) {
                    fresh.add(new RackTile(rack.id(), r, rack.position(), powerUseOfRack.applyAsDouble(rack.id()), rack.id()));
                }
            }
            caption.set(h.name() + " · " + h.rows().size() + " rows · " + fresh.size() + " racks" + loadCaption);
        }
        rowPositions.setAll(positions);
        rowIds.setAll(ids);
        tiles.setAll(fresh);
    }
}
