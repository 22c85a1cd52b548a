package dev.hallplan.app.desktop;

import dev.hallplan.app.catalog.CatalogBrowserView;
import dev.hallplan.app.catalog.CatalogBrowserViewModel;
import dev.hallplan.app.compare.CompareView;
import dev.hallplan.app.compare.CompareViewModel;
import dev.hallplan.app.compare.UnplannedSolves;
import dev.hallplan.app.dashboard.DashboardView;
import dev.hallplan.app.dashboard.DashboardViewModel;
import dev.hallplan.app.document.Autosave;
import dev.hallplan.app.document.DocumentViewModel;
import dev.hallplan.app.document.ProjectLoader;
import dev.hallplan.app.document.RecentFiles;
import dev.hallplan.app.document.RecoveryStore;
import dev.hallplan.app.document.StartupFlow;
import dev.hallplan.app.explorer.ExplorerView;
import dev.hallplan.app.explorer.ExplorerViewModel;
import dev.hallplan.app.explorer.PreferredOptionAction;
import dev.hallplan.app.energy.EnergyView;
import dev.hallplan.app.energy.EnergyViewModel;
import dev.hallplan.app.energy.SupplyViewModel;
import dev.hallplan.app.export.ExportViewModel;
import dev.hallplan.app.hall.HallFollower;
import dev.hallplan.app.hall.HallViewModel;
import dev.hallplan.app.plan.PlanView;
import dev.hallplan.app.plan.PlanViewModel;
import dev.hallplan.app.plan.PlanningService;
import dev.hallplan.app.scenarios.ScenarioSettingsView;
import dev.hallplan.app.scenarios.ScenarioSettingsViewModel;
import dev.hallplan.app.scenarios.ScenariosViewModel;
import dev.hallplan.app.services.Services;
import dev.hallplan.app.start.StartPageViewModel;
import dev.hallplan.app.workloads.DemandProfileViewModel;
import dev.hallplan.app.workloads.WorkloadsView;
import dev.hallplan.app.workloads.WorkloadsViewModel;
import dev.hallplan.app.workspace.BackgroundTasks;
import dev.hallplan.app.workspace.ProjectViewModel;
import dev.hallplan.app.workspace.ScenarioReports;
import dev.hallplan.engine.plan.ReplicaSizing;
import dev.hallplan.reports.charts.ChartTheme;
import dev.hallplan.reports.charts.ReportCharts;
import dev.hallplan.reports.export.ReportExporter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The desktop's composition root: the services, the one {@link ProjectViewModel} and every view
 * model bound to it, and the registry of views. Views built by others (hall designer, workloads,
 * dashboard...) get what they need from here. Make it and use it on the UI thread.
 */
public final class Workbench implements AutoCloseable {
    private final Services services;
    private final CompletableFuture<ReplicaSizing> sizing;
    private final ProjectViewModel document = new ProjectViewModel();
    private final BackgroundTasks tasks;
    private final ExecutorService recoveryWriter = Executors.newSingleThreadExecutor(Threads.daemon("hallplan-recovery"));
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(Threads.daemon("hallplan-timer"));
    private final RecoveryStore recovery;
    private final Autosave autosave;
    private final DocumentViewModel documents;
    private final PlanningService planning;
    private final ScenarioReports reports;
    private final PlanViewModel plan;
    private final HallViewModel hall = new HallViewModel();
    private final ScenariosViewModel scenarios;
    private final ScenarioSettingsViewModel scenarioSettings;
    private final ExportViewModel export;
    private final CatalogBrowserViewModel catalog = new CatalogBrowserViewModel();
    private final StartPageViewModel startPage;
    private final WorkloadsViewModel workloads;
    private final DemandProfileViewModel demandProfile;
    private final ExplorerViewModel explorer;
    private final PreferredOptionAction explorerPreference;
    private final DashboardViewModel dashboard;
    private final CompareViewModel compare;
    private final UnplannedSolves compareSolves;
    private final SupplyViewModel supply;
    private final EnergyViewModel energy;
    private ReportCharts charts;
    private final ViewRegistry views = new ViewRegistry();
    private final ReadOnlyBooleanWrapper starting = new ReadOnlyBooleanWrapper();

    /**
     * @param sizing            the catalog and model zoo, loading in the background
     * @param settingsDirectory where the recovery copies go
     * @param planning          the engine's solve-then-report use case
     */
    public Workbench(Services services, CompletableFuture<ReplicaSizing> sizing, Path settingsDirectory, PlanningService planning) {
        this.services = services;
        this.sizing = sizing;
        this.planning = planning;
        this.tasks = new BackgroundTasks(services.worker(), services.uiThread());
        this.recovery = new RecoveryStore(settingsDirectory.resolve("recovery"));
        this.autosave = new Autosave(document, recovery, recoveryWriter, services.uiThread(), services.clock());
        Supplier<ReplicaSizing> engine = sizing::join;
        this.documents = new DocumentViewModel(document, services, tasks, new ProjectLoader(engine),
                new RecentFiles(services.settings()), autosave);
        this.reports = ScenarioReports.withYears(document, tasks, planning::simulate);
        this.plan = new PlanViewModel(document, reports, planning, tasks);
        new HallFollower(hall, document, reports, tasks, () -> engine.get().catalog());
        this.scenarios = new ScenariosViewModel(document, services.dialogs());
        this.scenarioSettings = new ScenarioSettingsViewModel(document);
        this.export = new ExportViewModel(document, reports, plan, planning, services, tasks, ReportExporter::standard);
        this.startPage = new StartPageViewModel(documents, tasks);
        this.workloads = new WorkloadsViewModel(document, reports, sizing, tasks);
        this.demandProfile = new DemandProfileViewModel(workloads, services.files(), tasks);
        this.explorer = new ExplorerViewModel(tasks, sizing);
        this.explorerPreference = new PreferredOptionAction(document, explorer);
        this.dashboard = new DashboardViewModel(reports.reportProperty(), reports.computingProperty(), reports.failureProperty());
        this.compare = new CompareViewModel(document, reports, tasks, export);
        this.compareSolves = new UnplannedSolves(document, reports, planning, tasks);
        this.supply = new SupplyViewModel(document, services.files(), tasks);
        this.energy = new EnergyViewModel(document, reports);
        sizing.thenAccept(s -> services.uiThread().execute(() -> catalog.catalogProperty().set(s.catalog())));
        document.documentProperty().addListener(o -> plan.stop());
        registerStandardViews();
    }

    private void registerStandardViews() {
        views.register(new WorkspaceView("scenario-view", "Scenario", WorkspaceView.Area.MAIN,
                w -> new ScenarioSettingsView(w.scenarioSettings)));
        views.register(new WorkspaceView("catalog-view", "Catalog", WorkspaceView.Area.MAIN,
                w -> new CatalogBrowserView(w.catalog)));
        views.register(new WorkspaceView("workloads-view", "Workloads", WorkspaceView.Area.MAIN,
                w -> new WorkloadsView(w.workloads, w.demandProfile)));
        views.register(new WorkspaceView("explorer-view", "Estimator", WorkspaceView.Area.MAIN, w -> new ExplorerView(w.explorer, w.explorerPreference)));
        views.register(new WorkspaceView("designer-view", "Designer", WorkspaceView.Area.MAIN,
                w -> new dev.hallplan.app.designer.DesignerView(new dev.hallplan.app.designer.DesignerViewModel(w.document,
                        w.catalog.catalogProperty(), w.reports.reportProperty()))));
        views.register(new WorkspaceView("dashboard-view", "Dashboard", WorkspaceView.Area.MAIN,
                w -> new DashboardView(w.dashboard)));
        views.register(new WorkspaceView("energy-view", "Energy", WorkspaceView.Area.MAIN,
                w -> new EnergyView(w.energy, w.supply, w::charts)));
        views.register(new WorkspaceView("compare-view", "Compare", WorkspaceView.Area.MAIN,
                w -> new CompareView(w.compare, w::charts, w.compareSolves)));
        views.register(new WorkspaceView("plan-view", "Plan", WorkspaceView.Area.BOTTOM, w -> new PlanView(w.plan)));
    }

    /** Starts autosaving every {@code seconds} (see {@link Autosave#intervalSeconds()}). */
    public void startAutosave(double seconds) {
        long millis = Math.round(seconds * 1000);
        timer.scheduleAtFixedRate(() -> services.uiThread().execute(autosave::tick), millis, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Runs the start-up sequence: recovery offer, else the file argument, else the last project,
     * else the default sample. {@link #startingProperty()} is true until it is done.
     */
    public CompletableFuture<Boolean> start(Optional<Path> fileArgument) {
        starting.set(true);
        return new StartupFlow(documents, recovery, services.dialogs(), tasks, services.clock()).run(fileArgument)
                .whenComplete((opened, failure) -> starting.set(false));
    }

    /** True while the start-up sequence runs (the window shows "Opening…" rather than the start page). */
    public ReadOnlyBooleanProperty startingProperty() { return starting.getReadOnlyProperty(); }

    public Services services() { return services; }
    /** The catalog and model zoo; completes once loaded (join it only off the UI thread). */
    public CompletableFuture<ReplicaSizing> sizing() { return sizing; }
    public ProjectViewModel document() { return document; }
    public BackgroundTasks tasks() { return tasks; }
    public ScenarioReports reports() { return reports; }
    public DocumentViewModel documents() { return documents; }
    public Autosave autosave() { return autosave; }
    public PlanViewModel plan() { return plan; }
    public HallViewModel hall() { return hall; }
    public ScenariosViewModel scenarios() { return scenarios; }
    public ExportViewModel export() { return export; }
    public CatalogBrowserViewModel catalog() { return catalog; }
    public StartPageViewModel startPage() { return startPage; }
    public WorkloadsViewModel workloads() { return workloads; }
    public DemandProfileViewModel demandProfile() { return demandProfile; }
    public ExplorerViewModel explorer() { return explorer; }
    public PreferredOptionAction explorerPreference() { return explorerPreference; }
    public DashboardViewModel dashboard() { return dashboard; }
    public CompareViewModel compare() { return compare; }
    public UnplannedSolves compareSolves() { return compareSolves; }
    public SupplyViewModel supply() { return supply; }
    public EnergyViewModel energy() { return energy; }

    /** The chart factory with the reports' theme (fonts located on first use); UI thread. */
    public ReportCharts charts() {
        if (charts == null) {
            charts = new ReportCharts(ChartTheme.standard());
        }
        return charts;
    }

    /** Register views here before the main window is built. */
    public ViewRegistry views() { return views; }

    @Override
    public void close() {
        timer.shutdownNow();
        recoveryWriter.shutdown();
        try {
            recoveryWriter.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (planning instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // closing solver threads at exit: nothing left to tell anyone
            }
        }
    }
}
