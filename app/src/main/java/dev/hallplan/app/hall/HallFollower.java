package dev.hallplan.app.hall;

import dev.hallplan.app.workspace.BackgroundTasks;
import dev.hallplan.app.workspace.ProjectViewModel;
import dev.hallplan.app.workspace.ScenarioReports;
import dev.hallplan.catalog.Catalog;
import dev.hallplan.engine.facility.FacilityModel;
import dev.hallplan.engine.facility.ServerLoad;
import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.project.Hall;
import java.util.function.Supplier;

/**
 * Keeps the hall figures on the selected hall: the plan report's figures when the scenario has
 * one, else the facility model's live state at nameplate load (computed on the worker; the
 * hall's name and size show at once, the load follows).
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
    }
}
