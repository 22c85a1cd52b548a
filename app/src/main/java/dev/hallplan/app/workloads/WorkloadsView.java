package dev.hallplan.app.workloads;

import dev.hallplan.engine.project.Demand;
import dev.hallplan.reports.charts.ChartTheme;
import dev.hallplan.reports.charts.DemandProfileDataset;
import dev.hallplan.reports.charts.PerformanceCharts;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.fx.ChartViewer;

/**
 * The workloads tab: the table of the selected scenario's workloads (edited in place, each commit
 * one undoable edit; a refused value shows its reason above the table) with the plan's columns,
 * and below it the selected workload's demand profile (presets, CSV import, peak and mean, a week
 * of demand drawn with the reports' chart factory).
 */
public final class WorkloadsView extends VBox {
    public WorkloadsView(WorkloadsViewModel vm, DemandProfileViewModel profile) {
        setId("workloads-view");
        setSpacing(6);
        setPadding(new Insets(8));
        Button add = new Button("Add");
        add.setId("workload-add");
        add.setOnAction(e -> vm.add());
        Button duplicate = new Button("Duplicate");
        duplicate.setId("workload-duplicate");
        duplicate.setOnAction(e -> vm.duplicateSelected());
        Button delete = new Button("Delete");
        delete.setId("workload-delete");
        delete.setOnAction(e -> vm.deleteSelected());
        duplicate.disableProperty().bind(vm.selectedProperty().isNull());
        delete.disableProperty().bind(vm.selectedProperty().isNull());
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());
        HBox bar = new HBox(6, add, duplicate, delete, status);
        Label error = new Label();
        error.setId("workload-error");
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());

        TableView<WorkloadRow> table = new TableView<>(vm.rows());
        table.setId("workload-table");
        table.setEditable(true);
        // headers wrap onto a second line instead of cutting "TTFT limit (ms)" to "TTFT li…"
        table.getStylesheets().add("data:text/css,.column-header%20.label%7B-fx-wrap-text:true;-fx-text-alignment:center;%7D");
        new WorkloadColumns(vm, table).addAll();
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.select(now.id());
            }
        });
        vm.selectedProperty().addListener((o, was, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
        SplitPane split = new SplitPane(table, profileEditor(profile));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(bar, error, split);
    }

    private static HBox profileEditor(DemandProfileViewModel vm) {
        Label heading = new Label();
        heading.getStyleClass().add("title-4");
        heading.textProperty().bind(vm.headingProperty());
        ComboBox<DemandPreset> presets = new ComboBox<>();
        presets.setId("profile-presets");
        presets.getItems().setAll(DemandPreset.values());
        presets.setPromptText("Preset…");
        presets.setOnAction(e -> {
            DemandPreset p = presets.getValue();
            if (p != null) {
                vm.applyPreset(p);
                presets.setValue(null);
            }
        });
        Button importCsv = new Button("Import CSV…");
        importCsv.setId("profile-import");
        importCsv.setOnAction(e -> vm.chooseAndImport());
        presets.disableProperty().bind(vm.demandProperty().isNull());
        importCsv.disableProperty().bind(vm.demandProperty().isNull());
        Label shape = new Label();
        shape.textProperty().bind(vm.shapeProperty().concat(""));
        Label figures = new Label();
        figures.setId("profile-figures");
        figures.textProperty().bind(vm.figuresProperty());
        Label hint = new Label("CSV: one column, 8760 hourly values; scaled so the busiest hour is the peak demand.");
        hint.setWrapText(true);
        Label error = new Label();
        error.setId("profile-error");
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        for (Label l : new Label[] {figures, hint, error}) {
            l.setWrapText(true);
            l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        VBox form = new VBox(6, heading, new HBox(6, presets, importCsv), shape, figures, hint, error);
        form.setPadding(new Insets(0, 8, 0, 0));
        ScrollPane left = new ScrollPane(form);
        left.setFitToWidth(true);
        left.setPrefWidth(360);
        left.setMinWidth(300);

        PerformanceCharts charts = new PerformanceCharts(ChartTheme.standard());
        ChartViewer viewer = new ChartViewer();
        viewer.setId("profile-chart");
        Runnable draw = () -> {
            Demand d = vm.demandProperty().get();
            viewer.setVisible(d != null);
            if (d != null) {
                viewer.setChart(charts.demandWeek(DemandProfileDataset.week(d), vm.headingProperty().get()
                        + " · " + vm.shapeProperty().get()));
            }
        };
        vm.demandProperty().addListener(o -> draw.run());
        draw.run();
        HBox.setHgrow(viewer, Priority.ALWAYS);
        HBox box = new HBox(10, left, viewer);
        box.setPadding(new Insets(6, 0, 0, 0));
        return box;
    }
}
