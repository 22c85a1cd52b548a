package dev.hallplan.app.compare;

import dev.hallplan.app.charts.ChartSlot;
import dev.hallplan.catalog.units.UnitFormat;
import dev.hallplan.reports.charts.ReportCharts;
import dev.hallplan.reports.compare.ScenarioComparison;
import dev.hallplan.reports.compare.TcoTornadoDataset;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The compare tab: scenario picker, side-by-side table, TCO tornado and BOM difference; binds, nothing else. */
public final class CompareView extends BorderPane {
    private final CompareViewModel vm;
    private final HBox picker = new HBox(8);
    private final TableView<CompareRow> table = new TableView<>();
    private final ChartSlot tornado = new ChartSlot("compare-tornado", "No comparison yet");
    private final Supplier<ReportCharts> charts;

    /**
     * @param charts the chart factory with the reports' theme (made on first use)
     * @param solves solves the chosen scenarios that have no plan; nullable: not offered
     */
    public CompareView(CompareViewModel vm, Supplier<ReportCharts> charts, UnplannedSolves solves) {
        this.vm = vm;
        this.charts = charts;
        setId("compare-view");
        picker.setAlignment(Pos.CENTER_LEFT);
        Spinner<Integer> years = new Spinner<>(1, 30, vm.yearsProperty().get());
        years.setId("compare-years");
        years.setPrefWidth(80);
        years.valueProperty().addListener((o, a, b) -> vm.yearsProperty().set(b));
        Button export = new Button("Export…");
        export.setId("compare-export");
        export.disableProperty().bind(vm.comparisonProperty().isNull());
        export.setOnAction(e -> vm.export());
        Label message = new Label();
        message.setId("compare-message");
        message.setMinWidth(0);
        HBox.setHgrow(message, javafx.scene.layout.Priority.ALWAYS);
        picker.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        message.textProperty().bind(vm.messageProperty());
        Label compareLabel = new Label("Compare");
        Label horizon = new Label("TCO horizon (years)");
        for (javafx.scene.layout.Region fixed : List.of(compareLabel, horizon, years, export)) {
            fixed.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(12, compareLabel, picker, horizon, years, export, message);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        setTop(solves == null ? bar : new VBox(bar, solveBar(solves)));

        table.setId("compare-table");
        // fixed widths: the constrained policy gave one column the spare room and cut the others' figures
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setFixedCellSize(26);
        SplitPane upper = new SplitPane(table, tornado);
        upper.setDividerPositions(0.7);
        SplitPane all = new SplitPane(upper, bomTable());
        all.setOrientation(Orientation.VERTICAL);
        all.setDividerPositions(0.68);
        setCenter(all);

        vm.scenarioNames().addListener((ListChangeListener<String>) c -> rebuildPicker());
        vm.chosen().addListener((ListChangeListener<String>) c -> rebuildPicker());
        vm.comparisonProperty().addListener((o, a, c) -> show(c));
        vm.rows().addListener((ListChangeListener<CompareRow>) c -> table.getItems().setAll(vm.rows()));
        rebuildPicker();
        show(vm.comparisonProperty().get());
        table.getItems().setAll(vm.rows());
    }

    /** "Solve unplanned" (a short solve of each chosen scenario without a plan), its progress and Stop; shown while any is unplanned or solving. */
    private HBox solveBar(UnplannedSolves solves) {
        Button solve = new Button();
        solve.setId("compare-solve-unplanned");
        solve.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> "Solve unplanned ("
                + vm.unplanned().size() + " × " + solves.secondsProperty().get() + " s)", vm.unplanned(), solves.secondsProperty()));
        solve.disableProperty().bind(solves.runningProperty());
        solve.setOnAction(e -> solves.solve(List.copyOf(vm.unplanned())));
        Button stop = new Button("Stop");
        stop.setId("compare-solve-stop");
        stop.disableProperty().bind(solves.runningProperty().not());
        stop.setOnAction(e -> solves.stop());
        javafx.scene.control.ProgressBar progress = new javafx.scene.control.ProgressBar();
        progress.setId("compare-solve-progress");
        progress.setPrefWidth(160);
        progress.progressProperty().bind(solves.progressProperty());
        progress.visibleProperty().bind(solves.runningProperty());
        Label status = new Label();
        status.setId("compare-solve-status");
        status.textProperty().bind(solves.statusProperty());
        HBox box = new HBox(10, solve, stop, progress, status);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(0, 8, 8, 8));
        javafx.beans.binding.BooleanBinding shown = javafx.beans.binding.Bindings.isNotEmpty(vm.unplanned()).or(solves.runningProperty());
        box.visibleProperty().bind(shown);
        box.managedProperty().bind(shown);
        return box;
    }

    private void rebuildPicker() {
        picker.getChildren().clear();
        for (String name : vm.scenarioNames()) {
            CheckBox box = new CheckBox(name);
            box.setId("compare-pick-" + name);
            box.setSelected(vm.chosen().contains(name));
            box.selectedProperty().addListener((o, was, on) -> {
                if (!vm.choose(name, on)) {
                    box.setSelected(was);
                }
            });
            picker.getChildren().add(box);
        }
    }

    private void show(ScenarioComparison c) {
        table.getColumns().clear();
        if (c == null) {
            tornado.show(null);
            return;
        }
        TableColumn<CompareRow, String> metric = textColumn("Metric", 200, r -> r.label());
        table.getColumns().add(metric);
        List<String> names = c.scenarioNames();
        for (int i = 0; i < names.size(); i++) {
            table.getColumns().add(valueColumn(names.get(i), i));
        }
        table.getColumns().add(textColumn("Best", 90, r -> r.winner().isPresent() ? names.get(r.winner().getAsInt()) : ""));
        tornado.show(charts.get().tornado("TCO over " + c.years() + " years: prices ±" + Math.round(c.swing() * 100) + "%",
                TcoTornadoDataset.millionsUsd(c)));
    }

    private static TableColumn<CompareRow, String> textColumn(String title, double width, java.util.function.Function<CompareRow, String> text) {
        TableColumn<CompareRow, String> col = new TableColumn<>(title);
        col.setPrefWidth(width);
        col.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
        return col;
    }

    private static TableColumn<CompareRow, String> valueColumn(String scenario, int index) {
        TableColumn<CompareRow, String> col = textColumn(scenario, 172, r -> r.texts().get(index)); // "8.09 M tokens/kWh" in bold
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                CompareRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                boolean wins = row != null && row.winner().isPresent() && row.winner().getAsInt() == index;
                setStyle(wins ? "-fx-font-weight: bold; -fx-text-fill: -color-success-fg;" : "");
            }
        });
        return col;
    }

    private VBox bomTable() {
        TableView<CompareRows.BomRow> bom = new TableView<>(vm.bomChanges());
        bom.setId("compare-bom");
        bom.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        bom.setPlaceholder(new Label("No BOM difference"));
        bom.getColumns().add(bomColumn("Scenario", r -> r.scenario()));
        bom.getColumns().add(bomColumn("Change", r -> r.change().kind().name().toLowerCase()));
        bom.getColumns().add(bomColumn("Category", r -> r.change().category()));
        bom.getColumns().add(bomColumn("Item", r -> r.change().name()));
        bom.getColumns().add(bomColumn("Quantity", r -> r.change().baseQuantity() + " → " + r.change().otherQuantity()));
        bom.getColumns().add(bomColumn("Extended price", r -> UnitFormat.usd(r.change().baseExtendedUsd()) + " → "
                + UnitFormat.usd(r.change().otherExtendedUsd())));
        bom.getColumns().add(bomColumn("Difference", r -> (r.change().deltaUsd() >= 0 ? "+" : "−")
                + UnitFormat.usd(Math.abs(r.change().deltaUsd()))));
        Label title = new Label("BOM difference from the first scenario");
        title.getStyleClass().add("text-bold");
        VBox box = new VBox(4, title, bom);
        box.setPadding(new Insets(6, 8, 8, 8));
        VBox.setVgrow(bom, javafx.scene.layout.Priority.ALWAYS);
        return box;
    }

    private static TableColumn<CompareRows.BomRow, String> bomColumn(String title,
            java.util.function.Function<CompareRows.BomRow, String> text) {
        TableColumn<CompareRows.BomRow, String> col = new TableColumn<>(title);
        col.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
        return col;
    }
}
