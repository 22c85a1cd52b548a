package dev.hallplan.app.workloads;

import dev.hallplan.app.workspace.BackgroundTasks;
import dev.hallplan.app.workspace.ItemRef;
import dev.hallplan.app.workspace.ProjectEdit;
import dev.hallplan.app.workspace.ProjectViewModel;
import dev.hallplan.app.workspace.ScenarioReports;
import dev.hallplan.catalog.ServingEngine;
import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.perf.ModelSpec;
import dev.hallplan.engine.plan.ReplicaSizing;
import dev.hallplan.engine.project.Demand;
import dev.hallplan.engine.project.RequestShape;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.project.Workload;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The workloads table of the selected scenario: one row per workload with, once the scenario is
 * planned, how the plan serves it (from {@link ScenarioReports}). Add, duplicate, delete and every
 * cell edit are one undoable edit each; a refused value leaves the project as it was and sets
 * {@link #errorProperty()} to the reason.
 */
public final class WorkloadsViewModel {
    /** The model a new workload starts with when the zoo has it. */
    static final String DEFAULT_MODEL = "llama-3.1-8b";
    private final ProjectViewModel document;
    private final ScenarioReports reports;
    private final CompletableFuture<ReplicaSizing> sizing;
    private final ObservableList<WorkloadRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ModelChoice> models = FXCollections.observableArrayList();
    private final ObservableList<String> engines = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<WorkloadRow> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    /**
     * @param sizing the catalog and model zoo; the model and engine pickers fill (on the UI thread) once it completes
     */
    public WorkloadsViewModel(ProjectViewModel document, ScenarioReports reports, CompletableFuture<ReplicaSizing> sizing,
                              BackgroundTasks tasks) {
        this.document = document;
        this.reports = reports;
        this.sizing = sizing;
        document.scenarioProperty().addListener(o -> refresh());
        document.selectionProperty().addListener(o -> followSelection());
        reports.reportProperty().addListener(o -> refresh());
        reports.computingProperty().addListener(o -> refresh());
        sizing.thenAccept(s -> tasks.onUiThread(() -> fillChoices(s)));
        refresh();
    }

    public ObservableList<WorkloadRow> rows() { return rows; }
    /** Models of the zoo, LLMs first, by id. */
    public ObservableList<ModelChoice> models() { return models; }
    /** Serving engine ids of the catalog. */
    public ObservableList<String> engines() { return engines; }
    /** The row of the selected workload; null when none is selected. */
    public ReadOnlyObjectProperty<WorkloadRow> selectedProperty() { return selected.getReadOnlyProperty(); }
    /** Why the last edit was refused; empty after an accepted one. */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    /** One line on the plan columns: "no plan yet", "reporting…", or whose plan they show. */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    /** The selected scenario's name; null without a project. */
    String scenarioName() {
        Scenario s = document.scenarioProperty().get();
        return s == null ? null : s.name();
    }

    /** Selects workload {@code id} in every view. */
    public void select(String id) {
        if (id != null && !(selected.get() != null && selected.get().id().equals(id))) {
            document.selectItems(List.of(ItemRef.workload(id)));
        }
    }

    /** Adds a workload "workload-N" (the default model on vLLM, chat SLO, 10 req/s, flat) and selects it. */
    public boolean add() {
        Scenario s = document.scenarioProperty().get();
        if (s == null) {
            return false;
        }
        String id = freeId(s, "workload");
        String model = models.stream().map(ModelChoice::id).filter(DEFAULT_MODEL::equals).findFirst()
                .orElse(models.isEmpty() ? DEFAULT_MODEL : models.get(0).id());
        Workload w = new Workload(id, null, model, "vllm", List.of(), new Demand(10, DemandPreset.FLAT.profile()),
                new RequestShape(1024, 256), SloPreset.CHAT.apply(null), null, null, null, null, null, 5, 0, null);
        return apply(WorkloadEdits.add(s.name(), w));
    }

    /** Duplicates the selected workload as "ID-copy" (or "ID-copy-2", ...). */
    public boolean duplicateSelected() {
        Scenario s = document.scenarioProperty().get();
        WorkloadRow row = selected.get();
        return s != null && row != null && apply(WorkloadEdits.duplicate(s.name(), row.id(), freeId(s, row.id() + "-copy")));
    }

    /** Deletes the selected workload (and its replicas). */
    public boolean deleteSelected() {
        Scenario s = document.scenarioProperty().get();
        WorkloadRow row = selected.get();
        return s != null && row != null && apply(WorkloadEdits.delete(s.name(), row.id()));
    }

    /**
     * Sets {@code field} of workload {@code id} from {@code typed}: one edit "Edit FIELD of ID".
     * Refuses unknown models and engines (when the zoo and catalog are loaded) and whatever the
     * records refuse; returns false and sets {@link #errorProperty()} then.
     */
    public boolean edit(String id, WorkloadField field, String typed) {
        Scenario s = document.scenarioProperty().get();
        Optional<Workload> w = s == null ? Optional.empty() : s.workload(id);
        if (w.isEmpty()) {
            return false;
        }
        try {
            Workload changed = field.with(w.get(), typed);
            checkNames(changed);
            return apply(WorkloadEdits.change(s.name(), id, "Edit " + field.title(), changed));
        } catch (IllegalArgumentException refused) {
            error.set(id + " · " + field.title() + ": " + refused.getMessage());
            return false;
        }
    }

    /** Applies {@code edit}; on refusal sets {@link #errorProperty()} and returns false. */
    boolean apply(ProjectEdit edit) {
        try {
            document.apply(edit);
            error.set("");
            return true;
        } catch (IllegalArgumentException refused) {
            error.set(refused.getMessage());
            return false;
        }
    }

    private void checkNames(Workload w) {
        ReplicaSizing known = sizing.getNow(null);
        if (known == null) {
            return;
        }
        for (String model : concat(w.modelId(), w.substituteModelIds())) {
            if (known.zoo().find(model).isEmpty()) {
                throw new IllegalArgumentException("no model '" + model + "' in the model zoo; closest: "
                        + String.join(", ", known.zoo().closest(model, 3)));
            }
        }
        if (known.catalog().engine(w.engineId()).isEmpty()) {
            throw new IllegalArgumentException("no serving engine '" + w.engineId() + "' in the catalog; use one of "
                    + String.join(", ", engines));
        }
        if (w.preferred() != null && known.catalog().accelerator(w.preferred().hardwareId()).isEmpty()
                && known.catalog().server(w.preferred().hardwareId()).isEmpty()) {
            throw new IllegalArgumentException("no accelerator or server '" + w.preferred().hardwareId() + "' in the catalog");
        }
    }

    private static List<String> concat(String first, List<String> rest) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream()).toList();
    }

    private void fillChoices(ReplicaSizing s) {
        models.setAll(s.zoo().models().stream()
                .sorted(Comparator.comparing((ModelSpec m) -> !m.kind().generatesTokens()).thenComparing(ModelSpec::id))
                .map(ModelChoice::of).toList());
        engines.setAll(s.catalog().engines().stream().map(ServingEngine::id).sorted().toList());
    }

    private void refresh() {
        Scenario s = document.scenarioProperty().get();
        PlanReport report = reports.reportProperty().get();
        if (s == null) {
            rows.clear();
            status.set("No project open");
        } else {
            boolean reported = s.plan() != null && report != null;
            rows.setAll(s.workloads().stream().map(w -> new WorkloadRow(w, reported ? WorkloadResult.of(report, w) : null)).toList());
            status.set(s.plan() == null ? "No plan yet: solve (F5) to see served share, replicas and operating points"
                    : reports.computingProperty().get() ? "Reporting on the plan…"
                    : reported ? "Plan columns: the plan of " + s.name() + " (" + s.plan().replicas().size() + " replicas)" : "");
        }
        followSelection();
    }

    private void followSelection() {
        List<ItemRef> items = document.selectionProperty().get().items();
        String id = items.stream().filter(i -> i.kind() == ItemRef.Kind.WORKLOAD).map(ItemRef::id).findFirst().orElse(null);
        selected.set(rows.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null));
    }

    private static String freeId(Scenario s, String base) {
        if (s.workload(base).isEmpty() && !base.equals("workload")) {
            return base;
        }
        for (int i = base.equals("workload") ? 1 : 2; ; i++) {
            String id = base + "-" + i;
            if (s.workload(id).isEmpty()) {
                return id;
            }
        }
    }
}
