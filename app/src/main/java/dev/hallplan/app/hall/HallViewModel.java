package dev.hallplan.app.hall;

import dev.hallplan.catalog.units.UnitFormat;
import dev.hallplan.engine.facility.HallState;
import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.kpi.RackReport;
import dev.hallplan.engine.project.Hall;
import java.util.HashMap;
import java.util.Map;
import dev.hallplan.engine.project.Row;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * Shows {@code shown} coloured by the racks' power use in {@code state} (the facility model's
     * live state of that hall), with a caption naming the load the state was computed at.
     */
    public void show(Hall shown, HallState state, String loadLabel) {
        Map<String, Double> use = new HashMap<>();
        state.racks().forEach(r -> use.put(r.rackId(), r.powerLimitWatts() > 0 ? r.itWatts() / r.powerLimitWatts() : Double.NaN));
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
        String it = report.hall(shown.id()).map(h -> " · IT load at planned full load " + UnitFormat.watts(h.itFullLoadWatts())
                + " · white space " + UnitFormat.number(h.whiteSpaceSquareMeters()) + " m²").orElse("");
        showRackUse(shown, use, it);
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

    /** Sets how a rack's power use (share of its limit) is found, and redraws. */
    public void setPowerUse(ToDoubleFunction<String> powerUseOfRack) {
        this.powerUseOfRack = powerUseOfRack;
        refresh();
    }

    private void refresh() {
        Hall h = hall.get();
        List<RackTile> fresh = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        if (h == null) {
            caption.set("No hall yet: open a project or add a row");
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
