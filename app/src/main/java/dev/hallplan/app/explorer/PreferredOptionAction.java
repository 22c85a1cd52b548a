package dev.hallplan.app.explorer;

import dev.hallplan.app.workloads.WorkloadEdits;
import dev.hallplan.app.workspace.ProjectViewModel;
import dev.hallplan.engine.project.PreferredOption;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.project.Workload;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The explorer's row action "Use as preferred option for workload …": the chosen operating point
 * (chip, precision, tensor degree) becomes the workload's {@link PreferredOption} in one undoable
 * edit. The workloads offered are those of the selected scenario that run the model the explorer
 * shows (as their model or a substitute).
 */
public final class PreferredOptionAction {
    private final ProjectViewModel document;
    private final ExplorerViewModel explorer;
    private final ObservableList<String> workloads = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public PreferredOptionAction(ProjectViewModel document, ExplorerViewModel explorer) {
        this.document = document;
        this.explorer = explorer;
        document.scenarioProperty().addListener((o, was, now) -> refresh());
        explorer.curves().addListener((ListChangeListener<ChipCurve>) c -> refresh());
        refresh();
    }

    /** Ids of the selected scenario's workloads that run the shown model. */
    public ObservableList<String> workloads() {
        return workloads;
    }

    /** What the last action did or why it was refused; empty before any. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /**
     * Sets {@code row}'s point as the preferred option of workload {@code workloadId}: one edit
     * ("Use … as preferred option of ID"). False, with the reason in {@link #messageProperty()},
     * when there is no such workload or no point.
     */
    public boolean use(OperatingPointRow row, String workloadId) {
        Scenario s = document.scenarioProperty().get();
        if (row == null || workloadId == null || s == null || s.workload(workloadId).isEmpty()) {
            message.set(row == null ? "Pick an operating point in the table first" : "Pick a workload of the scenario first");
            return false;
        }
        PreferredOption option = row.asPreferredOption();
        try {
            document.apply(WorkloadEdits.prefer(s.name(), workloadId, option));
        } catch (IllegalArgumentException refused) {
            message.set(refused.getMessage());
            return false;
        }
        message.set(workloadId + " now prefers " + option.label() + " (Undo takes it back; the solver honours it softly)");
        return true;
    }

    private void refresh() {
        Scenario s = document.scenarioProperty().get();
        ExplorerInputs shown = explorer.shownInputs();
        String model = shown == null ? explorer.modelProperty().get() : shown.modelId();
        List<String> next = s == null ? List.of() : s.workloads().stream().filter(w -> runs(w, model)).map(Workload::id).toList();
        if (!workloads.equals(next)) {
            workloads.setAll(next); // only on a change: a combo box showing the list keeps its choice otherwise
        }
    }

    private static boolean runs(Workload w, String modelId) {
        return w.modelId().equals(modelId) || w.substituteModelIds().contains(modelId);
    }
}
