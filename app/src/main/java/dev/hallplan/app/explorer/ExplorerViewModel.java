package dev.hallplan.app.explorer;

import dev.hallplan.app.workspace.BackgroundTasks;
import dev.hallplan.app.workspace.TypedNumbers;
import dev.hallplan.catalog.Accelerator;
import dev.hallplan.catalog.Precision;
import dev.hallplan.catalog.ServerModel;
import dev.hallplan.catalog.ServingEngine;
import dev.hallplan.engine.perf.ModelSpec;
import dev.hallplan.engine.perf.Slo;
import dev.hallplan.engine.plan.ReplicaSizing;
import dev.hallplan.reports.charts.LatencyThroughputDataset.Latency;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The estimator explorer: a model, up to four accelerators or servers, an engine, a precision
 * (or all searched), a request shape and an SLO; {@link #compute()} runs {@link ExplorerSweep} on
 * the worker and publishes one {@link ChipCurve} per chip and the table of operating points. A
 * result that arrives after the inputs changed again is dropped.
 */
public final class ExplorerViewModel {
    /** The precision choice meaning "search every precision the chip and engine run". */
    public static final String SEARCHED = "searched";
    private final BackgroundTasks tasks;
    private final CompletableFuture<ReplicaSizing> sizing;
    private final StringProperty model = new SimpleStringProperty("llama-3.1-70b");
    private final StringProperty engine = new SimpleStringProperty("");
    private final StringProperty precision = new SimpleStringProperty("fp8");
    private final StringProperty inputTokens = new SimpleStringProperty("1024");
    private final StringProperty outputTokens = new SimpleStringProperty("256");
    private final StringProperty ttftMillis = new SimpleStringProperty("2000");
    private final StringProperty tpotMillis = new SimpleStringProperty("200");
    private final ObjectProperty<Latency> latency = new SimpleObjectProperty<>(Latency.TPOT);
    private final ObservableList<String> chips = FXCollections.observableArrayList(
            "nvidia-h100-sxm", "nvidia-h200-sxm", "nvidia-b200", "amd-mi325x");
    private final ObservableList<String> modelChoices = FXCollections.observableArrayList();
    private final ObservableList<String> chipChoices = FXCollections.observableArrayList();
    private final ObservableList<String> engineChoices = FXCollections.observableArrayList();
    private final ObservableList<ChipCurve> curves = FXCollections.observableArrayList();
    private final ObservableList<OperatingPointRow> points = FXCollections.observableArrayList();
    private final BooleanProperty tokens = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private ExplorerInputs shown;
    private long generation;

    public ExplorerViewModel(BackgroundTasks tasks, CompletableFuture<ReplicaSizing> sizing) {
        this.tasks = tasks;
        this.sizing = sizing;
        sizing.thenAccept(s -> tasks.onUiThread(() -> fillChoices(s)));
    }

    public StringProperty modelProperty() { return model; }
    /** Serving engine id; blank: vllm for LLMs, triton for one-pass models (as {@code hallplan estimate}). */
    public StringProperty engineProperty() { return engine; }
    /** A precision in lower case, or {@link #SEARCHED}. */
    public StringProperty precisionProperty() { return precision; }
    public StringProperty inputTokensProperty() { return inputTokens; }
    public StringProperty outputTokensProperty() { return outputTokens; }
    /** TTFT (query latency for one-pass models) limit in ms; blank or "none": no limit. */
    public StringProperty ttftMillisProperty() { return ttftMillis; }
    /** TPOT limit in ms; blank or "none": no limit. */
    public StringProperty tpotMillisProperty() { return tpotMillis; }
    public ObjectProperty<Latency> latencyProperty() { return latency; }
    /** Accelerator or server ids to compare, at most {@link ExplorerInputs#MAX_CHIPS}. */
    public ObservableList<String> chips() { return chips; }
    public ObservableList<String> modelChoices() { return modelChoices; }
    /** Accelerator ids, then server ids, of the catalog. */
    public ObservableList<String> chipChoices() { return chipChoices; }
    public ObservableList<String> engineChoices() { return engineChoices; }
    /** The last computed curves, one per chip. */
    public ObservableList<ChipCurve> curves() { return curves; }
    /** Every point of every curve, chip by chip, best points marked. */
    public ObservableList<OperatingPointRow> points() { return points; }
    /** True when the last computed model generates tokens (LLM), false for one-pass models. */
    public BooleanProperty tokensProperty() { return tokens; }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    /** Why the inputs could not be computed; empty otherwise. */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    /** The inputs of the curves shown; null before the first computation. */
    public ExplorerInputs shownInputs() { return shown; }

    /** The SLO the inputs say (limits typed in ms; blank, "none" or 0 is no limit, as in the workloads table). */
    public Slo slo() {
        return new Slo(TypedNumbers.limitSeconds(ttftMillis.get(), "TTFT limit (ms)"),
                TypedNumbers.limitSeconds(tpotMillis.get(), "TPOT limit (ms)"));
    }

    /** The inputs as typed; IllegalArgumentException says what is wrong. */
    public ExplorerInputs inputs() {
        String p = precision.get() == null ? SEARCHED : precision.get().strip().toLowerCase(Locale.ROOT);
        return new ExplorerInputs(model.get(), chips.stream().filter(c -> c != null && !c.isBlank()).toList(),
                engine.get() == null || engine.get().isBlank() ? null : engine.get(),
                p.equals(SEARCHED) ? null : Precision.valueOf(p.toUpperCase(Locale.ROOT)),
                whole(inputTokens.get(), "input tokens"), whole(outputTokens.get(), "output tokens"), slo(), latency.get());
    }

    /**
     * Computes the curves for the inputs on the worker; completes on the UI thread with true when
     * its result is shown (false: bad inputs, a failure, or newer inputs overtook it).
     */
    public CompletableFuture<Boolean> compute() {
        ExplorerInputs in;
        try {
            in = inputs();
        } catch (IllegalArgumentException bad) {
            error.set(bad.getMessage());
            return CompletableFuture.completedFuture(false);
        }
        long mine = ++generation;
        status.set("Computing " + in.chipIds().size() + " curves…");
        return tasks.run("Estimating " + in.modelId(), () -> {
            ReplicaSizing s = sizing.join();
            long start = System.nanoTime();
            List<ChipCurve> result = ExplorerSweep.run(s.catalog(), s.zoo(), in);
            boolean llm = s.zoo().require(in.modelId()).kind().generatesTokens();
            return new Computed(result, llm, (System.nanoTime() - start) / 1e6);
        }).handle((done, failure) -> {
            if (mine != generation) {
                return false;
            }
            if (failure != null) {
                error.set(dev.hallplan.app.workspace.BackgroundTasks.messageOf(failure));
                status.set("");
                return false;
            }
            error.set("");
            shown = in;
            tokens.set(done.llm());
            curves.setAll(done.curves());
            List<OperatingPointRow> rows = new ArrayList<>();
            done.curves().forEach(c -> c.points().forEach(e -> rows.add(OperatingPointRow.of(c, e, in.slo()))));
            points.setAll(rows);
            status.set(String.format(Locale.ROOT, "%d curves, %d operating points, computed in %.0f ms",
                    done.curves().size(), rows.size(), done.millis()));
            return true;
        });
    }

    private record Computed(List<ChipCurve> curves, boolean llm, double millis) {
    }

    private void fillChoices(ReplicaSizing s) {
        modelChoices.setAll(s.zoo().models().stream().map(ModelSpec::id).sorted().toList());
        List<String> ids = new ArrayList<>(s.catalog().accelerators().stream().map(Accelerator::id).sorted().toList());
        ids.addAll(s.catalog().servers().stream().map(ServerModel::id).sorted().toList());
        chipChoices.setAll(ids);
        engineChoices.setAll(s.catalog().engines().stream().map(ServingEngine::id).sorted().toList());
    }

    private static int whole(String typed, String what) {
        return TypedNumbers.whole(typed, what);
    }
}
