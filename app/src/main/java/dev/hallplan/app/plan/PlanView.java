package dev.hallplan.app.plan;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Lays out and binds the plan panel: Solve/Stop with the time limit, progress and score chart, key figures, violations. */
public final class PlanView extends VBox {
    public PlanView(PlanViewModel vm) {
        setSpacing(6);
        setPadding(new Insets(8));
        setId("plan-panel");
        Label title = new Label("Plan");
        title.getStyleClass().add("title-4");
        Button solve = new Button("Solve");
        solve.setId("solve-button");
        solve.getStyleClass().add("accent");
        solve.setTooltip(new Tooltip("Place the scenario's workloads (F5)"));
        solve.disableProperty().bind(vm.runningProperty());
        solve.setOnAction(e -> vm.solve());
        Button stop = new Button("Stop");
        stop.setId("stop-button");
        stop.setTooltip(new Tooltip("End the solve with the best plan so far (Esc)"));
        stop.disableProperty().bind(vm.runningProperty().not());
        stop.setOnAction(e -> vm.stop());
        Spinner<Double> seconds = new Spinner<>(1, 3600, vm.timeLimitSecondsProperty().get(), 5);
        seconds.setId("time-limit");
        seconds.setEditable(true);
        seconds.setPrefWidth(90);
        seconds.valueProperty().addListener((o, a, b) -> vm.timeLimitSecondsProperty().set(b));
        vm.timeLimitSecondsProperty().addListener((o, a, b) -> seconds.getValueFactory().setValue(b.doubleValue()));
        seconds.disableProperty().bind(vm.runningProperty());
        Label status = new Label();
        status.setId("plan-status");
        status.textProperty().bind(vm.statusProperty());
        HBox header = new HBox(8, title, solve, stop, new Label("Time limit (s)"), seconds, status);
        header.setAlignment(Pos.CENTER_LEFT);

        Label progress = new Label();
        progress.setId("progress-text");
        progress.textProperty().bind(vm.progressTextProperty());
        ScoreChart chart = new ScoreChart(vm.scoreHistory());
        VBox progressBox = new VBox(2, progress, chart);
        progressBox.setId("solve-progress");
        progressBox.visibleProperty().bind(Bindings.isNotEmpty(vm.scoreHistory()).or(vm.runningProperty()));
        progressBox.managedProperty().bind(progressBox.visibleProperty());

        TableView<KpiRow> kpis = new TableView<>(vm.kpis());
        kpis.setId("kpi-table");
        TableColumn<KpiRow, String> label = new TableColumn<>("Key figure");
        label.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().label()));
        label.setPrefWidth(220);
        TableColumn<KpiRow, String> value = new TableColumn<>("Value");
        value.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().value()));
        kpis.getColumns().add(label);
        kpis.getColumns().add(value);
        kpis.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        kpis.setPlaceholder(new Label("Solve to see what the hall serves, draws and costs"));

        ListView<String> violations = new ListView<>(vm.violations());
        violations.setId("violation-list");
        violations.setPlaceholder(new Label("No violations"));
        violations.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectViolation(b));
        Label violationsTitle = new Label("Violations and risks (select one to find it)");
        VBox violationBox = new VBox(4, violationsTitle, violations);
        VBox.setVgrow(violations, Priority.ALWAYS);
        SplitPane figures = new SplitPane(kpis, violationBox);
        figures.setDividerPositions(0.55);
        VBox.setVgrow(figures, Priority.ALWAYS);
        getChildren().addAll(header, progressBox, figures);
    }
}
