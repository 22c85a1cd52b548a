package dev.hallplan.app.scenarios;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The selected scenario's description, financial assumptions and solver weights, edited in place (Enter or leaving a field commits). */
public final class ScenarioSettingsView extends VBox {
    public ScenarioSettingsView(ScenarioSettingsViewModel vm) {
        setId("scenario-settings");
        setSpacing(8);
        setPadding(new Insets(10));
        Label heading = new Label();
        heading.getStyleClass().add("title-4");
        heading.textProperty().bind(vm.headingProperty());

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        TextField description = field(vm.descriptionProperty(), vm::commitDescription);
        description.setId("scenario-description");
        description.setPrefColumnCount(28);
        form.addRow(0, new Label("Description"), description);
        form.addRow(1, new Label("Hardware amortisation (years)"), field(vm.amortisationYearsProperty(), vm::commitFinancials));
        form.addRow(2, new Label("Facility capex ($ per W of IT)"), field(vm.facilityCapexUsdPerWattProperty(), vm::commitFinancials));
        form.addRow(3, new Label("Maintenance (% of capex per year)"), field(vm.maintenancePercentProperty(), vm::commitFinancials));
        form.addRow(4, new Label("Facility amortisation (years)"), field(vm.facilityAmortisationYearsProperty(), vm::commitFinancials));

        Label error = new Label();
        error.setId("scenario-settings-error");
        error.getStyleClass().add("danger");
        error.textProperty().bind(vm.errorProperty());

        TableView<WeightRow> weights = new TableView<>(vm.weights());
        weights.setId("weight-table");
        weights.setEditable(true);
        TableColumn<WeightRow, String> name = new TableColumn<>("Solver constraint");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().constraint()));
        name.setPrefWidth(260);
        TableColumn<WeightRow, String> weight = new TableColumn<>("Multiplier (blank: 1)");
        weight.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().isDefault() ? ""
                : Double.toString(c.getValue().multiplier())));
        weight.setCellFactory(TextFieldTableCell.forTableColumn());
        weight.setOnEditCommit(e -> vm.setWeight(e.getRowValue().constraint(), e.getNewValue()));
        weight.setEditable(true);
        weights.getColumns().add(name);
        weights.getColumns().add(weight);
        weights.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(weights, Priority.ALWAYS);
        VBox left = new VBox(8, heading, form, error);
        VBox right = new VBox(4, new Label("Solver constraint weights"), weights);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox columns = new HBox(16, left, right);
        VBox.setVgrow(columns, Priority.ALWAYS);
        getChildren().add(columns);
    }

    private static TextField field(StringProperty text, Runnable commit) {
        TextField f = new TextField();
        f.textProperty().bindBidirectional(text);
        f.setOnAction(e -> commit.run());
        f.focusedProperty().addListener((o, was, now) -> {
            if (was && !now) {
                commit.run();
            }
        });
        return f;
    }
}
