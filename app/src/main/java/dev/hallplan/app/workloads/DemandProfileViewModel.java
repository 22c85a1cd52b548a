package dev.hallplan.app.workloads;

import dev.hallplan.app.services.FileDialogs;
import dev.hallplan.app.workspace.BackgroundTasks;
import dev.hallplan.catalog.units.UnitFormat;
import dev.hallplan.engine.energy.HourlyProfileCsv;
import dev.hallplan.engine.project.Demand;
import dev.hallplan.engine.project.Workload;
import dev.hallplan.engine.supply.HourlyProfile;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The demand-profile editor of the selected workload: its shape (a preset or an imported CSV
 * year), with peak and mean demand. An imported file sets the shape only: its values are scaled
 * so that the busiest hour is 1, and the workload's peak demand stays; a file the importer refuses
 * changes nothing and its problems, each with its line number, show in {@link #errorProperty()}.
 */
public final class DemandProfileViewModel {
    private final WorkloadsViewModel workloads;
    private final FileDialogs files;
    private final BackgroundTasks tasks;
    private final ReadOnlyObjectWrapper<Demand> demand = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper shape = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper figures = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public DemandProfileViewModel(WorkloadsViewModel workloads, FileDialogs files, BackgroundTasks tasks) {
        this.workloads = workloads;
        this.files = files;
        this.tasks = tasks;
        workloads.selectedProperty().addListener(o -> follow());
        follow();
    }

    /** The selected workload's demand; null when no workload is selected. */
    public ReadOnlyObjectProperty<Demand> demandProperty() { return demand.getReadOnlyProperty(); }
    /** "Demand of chat-70b" or a hint to select a workload. */
    public ReadOnlyStringProperty headingProperty() { return heading.getReadOnlyProperty(); }
    /** The shape's name: a preset's label or "Custom (8760 h)". */
    public ReadOnlyStringProperty shapeProperty() { return shape.getReadOnlyProperty(); }
    /** "Peak 120 req/s · mean 78 req/s (65% of peak)". */
    public ReadOnlyStringProperty figuresProperty() { return figures.getReadOnlyProperty(); }
    /** Why the last import or change was refused, with line numbers; empty otherwise. */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

    /** Gives the selected workload the shape of {@code preset}: one edit. */
    public boolean applyPreset(DemandPreset preset) {
        return setShape(preset.profile(), "Edit demand profile");
    }

    /** Asks for a CSV file and imports it (see the class comment). Completes with true when the shape changed. */
    public CompletableFuture<Boolean> chooseAndImport() {
        return files.chooseFileToOpen(FileDialogs.Kind.HOURLY_CSV, null).map(this::importCsv)
                .orElse(CompletableFuture.completedFuture(false));
    }

    /** Reads {@code file} on the worker with the engine's importer; see the class comment. */
    public CompletableFuture<Boolean> importCsv(Path file) {
        WorkloadRow row = workloads.selectedProperty().get();
        if (row == null) {
            return CompletableFuture.completedFuture(false);
        }
        return tasks.run("Importing " + file.getFileName(), () -> normalised(HourlyProfileCsv.read(file), file))
                .handle((profile, failure) -> {
                    if (failure != null) {
                        error.set("Not imported: " + BackgroundTasks.messageOf(failure));
                        return false;
                    }
                    return setShape(profile, "Import demand profile");
                });
    }

    private boolean setShape(HourlyProfile profile, String what) {
        WorkloadRow row = workloads.selectedProperty().get();
        if (row == null) {
            return false;
        }
        Workload w = row.workload();
        WorkloadDraft d = new WorkloadDraft(w);
        d.demand = new Demand(w.demand().peakRequestsPerSecond(), profile);
        boolean done = workloads.apply(WorkloadEdits.change(workloadsScenario(), w.id(), what, d.build()));
        error.set(done ? "" : workloads.errorProperty().get());
        return done;
    }

    private String workloadsScenario() {
        return workloads.scenarioName();
    }

    /** The year scaled so that its busiest hour is 1 (the workload's peak); all zeros are refused. */
    private static HourlyProfile normalised(HourlyProfile year, Path file) {
        double max = year.max();
        if (!(max > 0)) {
            throw new IllegalArgumentException(file.getFileName() + ": every value is 0; a demand shape needs a busiest hour");
        }
        double[] v = year.values();
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.min(1, v[i] / max);
        }
        return HourlyProfile.of(v);
    }

    private void follow() {
        WorkloadRow row = workloads.selectedProperty().get();
        if (row == null) {
            demand.set(null);
            heading.set("Select a workload to see and edit its demand profile");
            shape.set("");
            figures.set("");
            return;
        }
        Demand d = row.workload().demand();
        heading.set("Demand of " + row.workload().name());
        shape.set(DemandPreset.describe(d.shareOfPeak()));
        double peak = d.peakRequestsPerSecond() * d.shareOfPeak().max();
        double mean = d.peakRequestsPerSecond() * d.shareOfPeak().yearMean();
        figures.set("Peak " + UnitFormat.number(peak) + " req/s · mean " + UnitFormat.number(mean) + " req/s ("
                + UnitFormat.percent(peak > 0 ? mean / peak : 0) + " of peak)");
        demand.set(d);
    }
}
