package dev.hallplan.app.desktop;

import dev.hallplan.app.catalog.CatalogBrowserViewModel;
import dev.hallplan.app.hall.HallViewModel;
import dev.hallplan.app.plan.EnginePlanning;
import dev.hallplan.app.plan.PlanViewModel;
import dev.hallplan.engine.perf.ModelZoo;
import dev.hallplan.engine.plan.ReplicaSizing;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.CatalogLoader;
import dev.hallplan.engine.facility.FacilityModel;
import dev.hallplan.engine.facility.ServerLoad;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.Project;
import dev.hallplan.samples.Samples;

/**
 * What the app shows on start: the built-in catalog and the first hall of the project it was
 * opened with (the default sample when none) at nameplate load.
 */
final class StartupState {
    final Catalog catalog;
    final Project project;
    final HallViewModel hall = new HallViewModel();
    final CatalogBrowserViewModel catalogBrowser = new CatalogBrowserViewModel();
    final PlanViewModel plan;

    /**
     * @param worker    runs solves off the UI thread
     * @param uiThread  brings results back to the UI thread
     */
    StartupState(Executor worker, Consumer<Runnable> uiThread) {
        this(worker, uiThread, Samples.load("default"));
    }

    /** @param project the project to show, e.g. a file passed on the command line */
    StartupState(Executor worker, Consumer<Runnable> uiThread, Project project) {
        this.catalog = CatalogLoader.builtIn();
        this.project = project;
        catalogBrowser.catalogProperty().set(catalog);
        Hall first = project.scenarios().get(0).halls().get(0);
        hall.show(first, FacilityModel.liveState(first, catalog, ServerLoad.NAMEPLATE), "nameplate");
        plan = new PlanViewModel(new EnginePlanning(new ReplicaSizing(catalog, ModelZoo.builtIn())), worker, uiThread);
        plan.projectProperty().set(project);
        plan.scenarioProperty().set(project.scenarios().get(0));
        plan.reportProperty().addListener((o, old, report) -> hall.showPlanned(first, report.racks()));
    }

    String title() {
        return "HallPlan — " + project.name() + " — scenario " + project.scenarios().get(0).name();
    }
}
