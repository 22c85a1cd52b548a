package dev.hallplan.app.explorer;

import dev.hallplan.engine.perf.Estimate;
import dev.hallplan.engine.perf.Slo;
import dev.hallplan.reports.charts.ChartTheme;
import dev.hallplan.reports.charts.LatencyThroughputDataset;
import dev.hallplan.reports.charts.LatencyThroughputDataset.Latency;
import dev.hallplan.reports.charts.PerformanceCharts;
import dev.hallplan.catalog.units.UnitFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.fx.ChartViewer;

/**
 * The estimator explorer tab: inputs on the left, the latency–throughput chart (reports'
 * {@link PerformanceCharts}) and the table of operating points on the right. Any change of an
 * input recomputes off the UI thread.
 */
public final class ExplorerView extends HBox {
    private final ExplorerViewModel vm;
    private final PreferredOptionAction prefer;
    private final PerformanceCharts charts = new PerformanceCharts(ChartTheme.standard());
    private final ChartViewer viewer = new ChartViewer();

    /** @param prefer the row action "Use as preferred option for workload …"; nullable: not offered */
    public ExplorerView(ExplorerViewModel vm, PreferredOptionAction prefer) {
        this.vm = vm;
        this.prefer = prefer;
        setId("explorer-view");
        setSpacing(10);
        setPadding(new Insets(8));
        viewer.setId("explorer-chart");
        TableView<OperatingPointRow> table = table();
        VBox tableBox = new VBox(4, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        if (prefer != null) {
            tableBox.getChildren().add(preferBar(table));
        }
        SplitPane right = new SplitPane(viewer, tableBox);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.62);
        HBox.setHgrow(right, Priority.ALWAYS);
        getChildren().addAll(form(), right);
        vm.curves().addListener((ListChangeListener<ChipCurve>) c -> draw());
        vm.compute();
    }

    private ScrollPane form() {
        GridPane g = new GridPane();
        g.setHgap(6);
        g.setVgap(5);
        int row = 0;
        g.addRow(row++, new Label("Model"), combo("explorer-model", vm.modelChoices(), vm.modelProperty()));
        for (int i = 0; i < ExplorerInputs.MAX_CHIPS; i++) {
            g.addRow(row++, new Label("Chip " + (i + 1)), chip(i));
        }
        ComboBox<String> engine = combo("explorer-engine", vm.engineChoices(), vm.engineProperty());
        engine.setPromptText("default: vllm / triton");
        g.addRow(row++, new Label("Engine"), engine);
        ComboBox<String> precision = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(
                ExplorerViewModel.SEARCHED, "bf16", "fp16", "fp8", "int8", "int4", "fp4"));
        precision.valueProperty().bindBidirectional(vm.precisionProperty());
        precision.setOnAction(e -> vm.compute());
        g.addRow(row++, new Label("Precision"), precision);
        g.addRow(row++, new Label("Input tokens"), field(vm.inputTokensProperty()));
        g.addRow(row++, new Label("Output tokens"), field(vm.outputTokensProperty()));
        g.addRow(row++, new Label("SLO TTFT / query (ms)"), field(vm.ttftMillisProperty()));
        g.addRow(row++, new Label("SLO TPOT (ms)"), field(vm.tpotMillisProperty()));
        ComboBox<Latency> latency = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(Latency.values()));
        latency.valueProperty().bindBidirectional(vm.latencyProperty());
        latency.setOnAction(e -> draw());
        g.addRow(row, new Label("Chart latency"), latency);
        Button interactive = new Button("Interactive 450/40");
        interactive.setOnAction(e -> preset(Slo.INTERACTIVE));
        Button chat = new Button("Chat 2000/200");
        chat.setOnAction(e -> preset(Slo.MLPERF_SERVER));
        Label status = new Label();
        status.setId("explorer-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        Label error = new Label();
        error.setId("explorer-error");
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        VBox box = new VBox(8, g, new HBox(6, interactive, chat), status, error);
        box.setPadding(new Insets(0, 8, 0, 0));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setPrefWidth(390);
        scroll.setMinWidth(330);
        return scroll;
    }

    private void preset(Slo slo) {
        vm.ttftMillisProperty().set(UnitFormat.number(slo.ttftSeconds() * 1000).replace(",", ""));
        vm.tpotMillisProperty().set(UnitFormat.number(slo.tpotSeconds() * 1000).replace(",", ""));
        vm.compute();
    }

    private ComboBox<String> chip(int index) {
        ComboBox<String> c = new ComboBox<>(vm.chipChoices());
        c.setId("explorer-chip-" + (index + 1));
        c.setEditable(true);
        c.setPrefWidth(215);
        c.setValue(index < vm.chips().size() ? vm.chips().get(index) : null);
        c.setOnAction(e -> {
            List<String> list = new ArrayList<>(vm.chips());
            while (list.size() <= index) {
                list.add("");
            }
            list.set(index, c.getValue() == null ? "" : c.getValue().strip());
            vm.chips().setAll(list);
            vm.compute();
        });
        return c;
    }

    private ComboBox<String> combo(String id, javafx.collections.ObservableList<String> items, StringProperty value) {
        ComboBox<String> c = new ComboBox<>(items);
        c.setId(id);
        c.setPrefWidth(215);
        c.valueProperty().bindBidirectional(value);
        c.setOnAction(e -> vm.compute());
        return c;
    }

    private TextField field(StringProperty text) {
        TextField f = new TextField();
        f.setPrefColumnCount(8);
        f.textProperty().bindBidirectional(text);
        f.setOnAction(e -> vm.compute());
        f.focusedProperty().addListener((o, was, now) -> {
            if (was && !now) {
                vm.compute();
            }
        });
        return f;
    }

    private void draw() {
        ExplorerInputs in = vm.shownInputs();
        if (in == null) {
            return;
        }
        boolean tokens = vm.tokensProperty().get();
        Latency latency = tokens ? vm.latencyProperty().get() : Latency.TTFT;
        List<LatencyThroughputDataset.Curve> curves = new ArrayList<>();
        List<PerformanceCharts.Mark> marks = new ArrayList<>();
        for (int i = 0; i < vm.curves().size(); i++) {
            ChipCurve c = vm.curves().get(i);
            curves.add(new LatencyThroughputDataset.Curve(c.label(), c.points()));
            Estimate b = c.best();
            if (b != null) {
                double rate = b.primaryRate() / b.devices();
                marks.add(new PerformanceCharts.Mark(i, latency.millis(b), rate, UnitFormat.number(rate)));
            }
        }
        double sloMillis = 1000 * (latency == Latency.TPOT ? in.slo().tpotSeconds() : in.slo().ttftSeconds());
        viewer.setChart(charts.latencyThroughput(LatencyThroughputDataset.of(curves, latency), latency, tokens, sloMillis, marks));
    }

    private TableView<OperatingPointRow> table() {
        TableView<OperatingPointRow> t = new TableView<>(vm.points());
        t.setId("explorer-points");
        t.getColumns().add(column("Chip", 150, OperatingPointRow::chip));
        t.getColumns().add(column("SLO", 64, r -> r.best() ? "★ best" : r.withinSlo() ? "within" : "over SLO"));
        t.getColumns().add(column("Precision", 70, OperatingPointRow::precision));
        t.getColumns().add(column("TP", 40, OperatingPointRow::tensorParallel));
        t.getColumns().add(column("Batch", 52, OperatingPointRow::batch));
        t.getColumns().add(column("Latency", 200, OperatingPointRow::latency));
        t.getColumns().add(column("Rate / accel. (band)", 180, OperatingPointRow::ratePerAccelerator));
        t.getColumns().add(column("Memory / accel.", 100, OperatingPointRow::memoryPerAccelerator));
        t.getColumns().add(column("Power / accel.", 90, OperatingPointRow::powerPerAccelerator));
        t.getColumns().add(column("Energy", 100, OperatingPointRow::energy));
        t.getColumns().add(column("Bound", 70, OperatingPointRow::bound));
        return t;
    }

    /**
     * Under the table: the selected row as the preferred option of a workload running the shown model
     * (also offered in the row's context menu), one undoable edit.
     */
    private VBox preferBar(TableView<OperatingPointRow> table) {
        ComboBox<String> workload = new ComboBox<>(prefer.workloads());
        workload.setId("explorer-preferred-workload");
        workload.setPromptText("workload");
        workload.setPrefWidth(170);
        prefer.workloads().addListener((ListChangeListener<String>) c -> {
            if (workload.getValue() == null || !prefer.workloads().contains(workload.getValue())) {
                workload.setValue(prefer.workloads().isEmpty() ? null : prefer.workloads().get(0));
            }
        });
        if (!prefer.workloads().isEmpty()) {
            workload.setValue(prefer.workloads().get(0));
        }
        Button use = new Button("Use as preferred option for workload");
        use.setId("explorer-use-preferred");
        use.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        workload.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        use.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(workload.valueProperty().isNull()));
        use.setOnAction(e -> prefer.use(table.getSelectionModel().getSelectedItem(), workload.getValue()));
        Label message = new Label();
        message.setId("explorer-preferred-message");
        message.textProperty().bind(prefer.messageProperty());
        message.setWrapText(true);
        ContextMenu menu = new ContextMenu();
        menu.setOnShowing(e -> menu.getItems().setAll(prefer.workloads().stream().map(id -> {
            MenuItem item = new MenuItem("Use as preferred option for workload " + id);
            item.setOnAction(a -> prefer.use(table.getSelectionModel().getSelectedItem(), id));
            return item;
        }).toList()));
        table.setContextMenu(menu);
        HBox bar = new HBox(6, use, workload);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return new VBox(3, bar, message);
    }

    private static TableColumn<OperatingPointRow, String> column(String title, double width, Function<OperatingPointRow, String> text) {
        TableColumn<OperatingPointRow, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
        return c;
    }
}
