package dev.hallplan.app.hall;

import dev.hallplan.catalog.units.UnitFormat;
import dev.hallplan.engine.facility.HallState;
import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.project.Hall;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The selected hall's headline figures for the status bar and window: the hall shown, a caption
 * (rows, racks, IT load and what load it was computed at) and the IT figure. The floor itself is
 * the Designer's ({@code app.designer}).
 */
public final class HallViewModel {
    private final ObjectProperty<Hall> hall = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper itFigure = new ReadOnlyStringWrapper("");
    private String loadCaption = "";

    public HallViewModel() {
        hall.addListener((o, a, b) -> refresh());
        refresh();
    }

    public ObjectProperty<Hall> hallProperty() { return hall; }
    public ReadOnlyStringProperty captionProperty() { return caption.getReadOnlyProperty(); }
    /** The hall's key live figure for the status bar: "480 kW IT at nameplate" or "at planned peak"; empty without a hall. */
    public ReadOnlyStringProperty itFigureProperty() { return itFigure.getReadOnlyProperty(); }

    /** Shows {@code shown} while its load is unknown, {@code note} saying why. */
    public void showLayout(Hall shown, String note) {
        itFigure.set("");
        show(shown, " · " + note);
    }

    /** Shows {@code shown} with its IT load in {@code state} (the facility model's live state), naming the load it was computed at. */
    public void show(Hall shown, HallState state, String loadLabel) {
        itFigure.set(UnitFormat.watts(state.itWatts()) + " IT at " + loadLabel);
        show(shown, " · " + UnitFormat.watts(state.itWatts()) + " IT at " + loadLabel
                + " · PUE " + UnitFormat.number(state.designPue()) + " · " + state.violations().size() + " violations");
    }

    /** Shows {@code shown} with the hall's own figures from the plan report (never summed here). */
    public void showPlanned(Hall shown, PlanReport report) {
        String it = report.hall(shown.id()).map(h -> "IT load at planned full load " + UnitFormat.watts(h.itFullLoadWatts())).orElse("");
        String space = report.hall(shown.id()).map(h -> " · white space " + UnitFormat.number(h.whiteSpaceSquareMeters()) + " m²").orElse("");
        itFigure.set(it);
        show(shown, it.isEmpty() ? "" : " · " + it + space);
    }

    private void show(Hall shown, String captionSuffix) {
        this.loadCaption = captionSuffix;
        if (hall.get() == shown) {
            refresh();
        } else {
            hall.set(shown);
        }
    }

    private void refresh() {
        Hall h = hall.get();
        if (h == null) {
            itFigure.set("");
            caption.set("No hall in this scenario");
        } else {
            int racks = h.rows().stream().mapToInt(r -> r.racks().size()).sum();
            caption.set(h.name() + " · " + h.rows().size() + " rows · " + racks + " racks" + loadCaption);
        }
    }
}
