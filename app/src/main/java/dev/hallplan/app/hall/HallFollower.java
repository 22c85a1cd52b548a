package dev.hallplan.app.hall;

import dev.hallplan.app.workspace.BackgroundTasks;
import dev.hallplan.app.workspace.ItemRef;
import dev.hallplan.app.workspace.ProjectViewModel;
import dev.hallplan.app.workspace.ScenarioReports;
import dev.hallplan.app.workspace.Selection;
import dev.hallplan.catalog.Catalog;
import dev.hallplan.engine.facility.FacilityModel;
import dev.hallplan.engine.facility.ServerLoad;
import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.Row;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Keeps the floor on the selected hall: coloured by planned peak power when the scenario has a
 * plan report, else by the facility model's live state at nameplate load (computed on the worker;
 * the layout shows at once, the colours follow). Marks the selected racks and rows, and turns a
 * click on a rack into a selection.
 */
public final class HallFollower {
    private final HallViewModel hall;
    private final ProjectViewModel document;
    private final ScenarioReports reports;
    private final BackgroundTasks tasks;
    private final Supplier<Catalog> catalog;
    private long generation;

    /** @param catalog the hardware catalog; may block until loaded (asked on the worker only) */
    public HallFollower(HallViewModel hall, ProjectViewModel document, ScenarioReports reports, BackgroundTasks tasks,
                        Supplier<Catalog> catalog) {
        this.hall = hall;
        this.document = document;
        this.reports = reports;
        this.tasks = tasks;
        this.catalog = catalog;
        document.hallProperty().addListener(o -> follow());
        reports.reportProperty().addListener(o -> follow());
        document.selectionProperty().addListener(o -> mark());
        hall.setOnRackChosen(rackId -> {
            Hall h = document.hallProperty().get();
            if (h != null) {
                document.selectItems(List.of(ItemRef.rack(h.id(), rackId)));
            }
        });
        follow();
    }

    private void follow() {
        long mine = ++generation;
        Hall h = document.hallProperty().get();
        PlanReport report = reports.reportProperty().get();
        if (h == null) {
            hall.hallProperty().set(null);
        } else if (report != null) {
            hall.showPlanned(h, report);
        } else {
            hall.showLayout(h, "computing load…");
            tasks.run("Computing the load of " + h.name(), () -> FacilityModel.liveState(h, catalog.get(), ServerLoad.NAMEPLATE))
                    .whenComplete((state, failure) -> {
                        if (mine != generation) {
                            return;
                        }
                        if (failure == null) {
                            hall.show(h, state, "nameplate");
                        } else {
                            hall.showLayout(h, "load unknown: " + BackgroundTasks.messageOf(failure));
                        }
                    });
        }
        mark();
    }

    private void mark() {
        Hall h = document.hallProperty().get();
        Selection s = document.selectionProperty().get();
        Set<String> racks = new HashSet<>();
        if (h != null) {
            for (ItemRef item : s.items()) {
                if (!h.id().equals(item.hallId())) {
                    continue;
                }
                if (item.kind() == ItemRef.Kind.RACK) {
                    racks.add(item.id());
                } else if (item.kind() == ItemRef.Kind.ROW) {
                    h.rows().stream().filter(r -> r.id().equals(item.id())).map(Row::racks).flatMap(List::stream)
                            .forEach(r -> racks.add(r.id()));
                }
            }
        }
        hall.setSelectedRacks(racks);
    }
}
