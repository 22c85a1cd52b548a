package dev.hallplan.app.workloads;

import dev.hallplan.catalog.units.UnitFormat;
import dev.hallplan.engine.project.IsolationLevel;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.util.StringConverter;

/** The columns of the workloads table: editable ones commit through the view model, plan ones only show. */
final class WorkloadColumns {
    private final WorkloadsViewModel vm;
    private final TableView<WorkloadRow> table;

    WorkloadColumns(WorkloadsViewModel vm, TableView<WorkloadRow> table) {
        this.vm = vm;
        this.table = table;
    }

    void addAll() {
        for (WorkloadField f : WorkloadField.values()) {
            TableColumn<WorkloadRow, String> c = editable(f);
            switch (f) {
                case MODEL -> c.setCellFactory(ComboBoxTableCell.forTableColumn(modelLabels(), modelIds()));
                case ENGINE -> c.setCellFactory(ComboBoxTableCell.forTableColumn(vm.engines()));
                case SLO -> c.setCellFactory(ComboBoxTableCell.forTableColumn(
                        Arrays.stream(SloPreset.values()).map(SloPreset::label).toArray(String[]::new)));
                case SLO_STATISTIC -> c.setCellFactory(ComboBoxTableCell.forTableColumn("mean", "p99"));
                case MIN_PRECISION -> c.setCellFactory(ComboBoxTableCell.forTableColumn(
                        "any", "bf16", "fp16", "fp8", "int8", "int4", "fp4"));
                case ISOLATION -> c.setCellFactory(ComboBoxTableCell.forTableColumn(
                        Arrays.stream(IsolationLevel.values()).map(Enum::name).toArray(String[]::new)));
                default -> c.setCellFactory(TextFieldTableCell.forTableColumn());
            }
            c.setPrefWidth(switch (f) {
                case MODEL -> 250;
                case SLO -> 170;
                case NAME, REGIONS, COMPLIANCE, SUBSTITUTES -> 120;
                case PREFERRED -> 190;
                case SLO_STATISTIC -> 85;
                default -> 90;
            });
            table.getColumns().add(c);
            if (f == WorkloadField.MODEL) {
                table.getColumns().add(planGroup());
            }
            if (f == WorkloadField.PEAK_DEMAND) {
                table.getColumns().add(shown("Demand profile", "profile", r -> DemandPreset.describe(r.workload().demand().shareOfPeak())));
            }
        }
    }

    /** The plan's columns, grouped under "Plan" so they read apart from the editable ones. */
    private TableColumn<WorkloadRow, String> planGroup() {
        TableColumn<WorkloadRow, String> group = new TableColumn<>("Plan (from the plan report)");
        group.setId("col-plan");
        group.getColumns().add(shown("Served", "served", r -> r.result() == null ? "" : UnitFormat.percent(r.result().servedShareOfPeak())));
        group.getColumns().add(shown("Replicas", "replicas", r -> r.result() == null ? "" : Integer.toString(r.result().replicas())));
        group.getColumns().add(shown("Hardware", "hardware", r -> r.result() == null ? "" : r.result().hardware()));
        group.getColumns().add(shown("Operating point", "operating-point", r -> r.result() == null ? "" : r.result().operatingPoints()));
        group.getColumns().add(shown("Latency vs SLO (worst replica)", "latency",
                r -> r.result() == null ? "" : r.result().latencyAgainst(r.workload().slo())
                        + (r.result().meets(r.workload().slo()) ? "" : " · MISSED")));
        group.getColumns().add(shown("On preferred option", "on-preferred", r -> r.result() == null ? "" : r.result().preference()));
        group.getColumns().add(shown("Unmet demand: why", "unmet", r -> r.result() == null ? "" : r.result().unmetText()));
        return group;
    }

    private TableColumn<WorkloadRow, String> editable(WorkloadField f) {
        TableColumn<WorkloadRow, String> c = new TableColumn<>(f.title());
        c.setId("col-" + f.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.text(d.getValue().workload())));
        c.setEditable(true);
        c.setOnEditCommit(e -> {
            if (!vm.edit(e.getRowValue().id(), f, e.getNewValue())) {
                table.refresh();
            }
        });
        return c;
    }

    private static TableColumn<WorkloadRow, String> shown(String title, String id, Function<WorkloadRow, String> text) {
        TableColumn<WorkloadRow, String> c = new TableColumn<>(title);
        c.setId("col-" + id);
        c.setEditable(false);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
        c.setPrefWidth(id.equals("unmet") ? 320 : id.equals("latency") ? 260 : id.equals("operating-point") ? 170
                : id.equals("on-preferred") ? 300 : 110);
        return c;
    }

    private ObservableList<String> modelIds() {
        ObservableList<String> ids = FXCollections.observableArrayList();
        Runnable fill = () -> ids.setAll(vm.models().stream().map(ModelChoice::id).toList());
        vm.models().addListener((ListChangeListener<ModelChoice>) c -> fill.run());
        fill.run();
        return ids;
    }

    /** Shows a model id as "id · size · kind" once the zoo is loaded. */
    private StringConverter<String> modelLabels() {
        return new StringConverter<>() {
            private final Map<String, String> labels = new HashMap<>();

            @Override
            public String toString(String id) {
                if (labels.size() != vm.models().size()) {
                    labels.clear();
                    List.copyOf(vm.models()).forEach(m -> labels.put(m.id(), m.label()));
                }
                return id == null ? "" : labels.getOrDefault(id, id);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        };
    }
}
