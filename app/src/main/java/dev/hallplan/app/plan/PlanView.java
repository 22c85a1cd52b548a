package dev.hallplan.app.plan;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Lays out and binds the plan panel: Solve, status, key figures, violations. */
public final class PlanView extends VBox {
    static final double SOLVE_SECONDS = 20;

    public PlanView(PlanViewModel vm) {
        setSpacing(6);
        setPadding(new Insets(8));
        setId("plan-panel");
        Label title = new Label("Plan");
        title.getStyleClass().add("title-4");
        Button solve = new Button("Solve");
        solve.setId("solve-button");
        solve.getStyleClass().add("accent");
        solve.disableProperty().bind(vm.runningProperty());
        solve.setOnAction(e -> vm.solve(SOLVE_SECONDS));
        Label status = new Label();
        status.setId("plan-status");
        status.textProperty().bind(vm.statusProperty());

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
        VBox.setVgrow(kpis, Priority.ALWAYS);

        ListView<String> violations = new ListView<>(vm.violations());
        violations.setId("violation-list");
        violations.setPrefHeight(90);
        violations.setPlaceholder(new Label("No violations"));

        getChildren().addAll(new HBox(8, title, solve, status), kpis, new Label("Violations and risks"), violations);
    }
}
