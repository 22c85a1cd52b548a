package dev.hallplan.app.energy;

import dev.hallplan.app.charts.ChartSlot;
import dev.hallplan.app.plan.KpiRow;
import dev.hallplan.engine.energy.SimulationResult;
import dev.hallplan.engine.kpi.PlanYear;
import dev.hallplan.reports.charts.ChartTheme;
import dev.hallplan.reports.charts.HeatMapChart;
import dev.hallplan.reports.charts.HourlyHeatMapDataset;
import dev.hallplan.reports.charts.ReportCharts;
import dev.hallplan.reports.charts.TypicalDayDataset;
import dev.hallplan.reports.units.ReportUnits;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.util.StringConverter;
import org.jfree.data.xy.DefaultXYZDataset;

/** The energy tab: the supply form on the left; the simulated year's charts and annual figures on the right. */
public final class EnergyView extends BorderPane {
    private final EnergyViewModel vm;
    private final Supplier<ReportCharts> charts;
    private final ChartSlot monthly = new ChartSlot("energy-monthly", "No simulated year yet");
    private final ChartSlot heatMap = new ChartSlot("energy-heatmap", "No simulated year of this hall yet");
    private final ChartSlot typicalDay = new ChartSlot("energy-typical-day", "No simulated year of this hall yet");

    public EnergyView(EnergyViewModel vm, SupplyViewModel supply, Supplier<ReportCharts> charts) {
        this.vm = vm;
        this.charts = charts;
        setId("energy-view");
        ScrollPane form = new ScrollPane(new SupplyForm(supply));
        form.setFitToWidth(true);
        form.setPrefWidth(360);
        setLeft(form);

        ChoiceBox<EnergyViewModel.HeatMap> mode = new ChoiceBox<>();
        mode.setId("energy-heatmap-mode");
        mode.getItems().setAll(EnergyViewModel.HeatMap.values());
        mode.setConverter(converter(m -> m == EnergyViewModel.HeatMap.GRID_IMPORT ? "Grid import" : "Renewable share"));
        mode.valueProperty().bindBidirectional(vm.heatMapProperty());
        ChoiceBox<Integer> month = new ChoiceBox<>();
        month.setId("energy-month");
        for (int m = 1; m <= 12; m++) {
            month.getItems().add(m);
        }
        month.setConverter(converter(ReportUnits::monthName));
        month.setValue(vm.monthProperty().get());
        month.valueProperty().addListener((o, a, m) -> vm.monthProperty().set(m));
        Label status = new Label();
        status.setId("energy-status");
        status.textProperty().bind(vm.statusProperty());
        HBox bar = new HBox(10, new Label("Heat map"), mode, new Label("Typical day of"), month, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));

        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(6);
        grid.setPadding(new Insets(0, 8, 8, 8));
        grid.add(heatMap, 0, 0);
        grid.add(monthly, 1, 0);
        grid.add(typicalDay, 0, 1);
        grid.add(figuresTable(), 1, 1);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
            RowConstraints r = new RowConstraints();
            r.setPercentHeight(50);
            r.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(r);
        }
        BorderPane right = new BorderPane(grid);
        right.setTop(bar);
        grid.opacityProperty().bind(javafx.beans.binding.Bindings.when(vm.simulatingProperty()).then(0.55).otherwise(1.0));
        setCenter(right);

        vm.yearProperty().addListener(o -> redraw());
        vm.hallYearProperty().addListener(o -> redraw());
        vm.heatMapProperty().addListener(o -> redraw());
        vm.monthProperty().addListener(o -> redraw());
        redraw();
    }

    private void redraw() {
        PlanYear y = vm.yearProperty().get();
        SimulationResult hall = vm.hallYearProperty().get();
        monthly.show(y == null ? null : charts.get().energyByMonth(y.report()));
        if (hall == null) {
            heatMap.show(null);
            typicalDay.show(null);
            return;
        }
        ReportCharts c = charts.get();
        boolean grid = vm.heatMapProperty().get() == EnergyViewModel.HeatMap.GRID_IMPORT;
        DefaultXYZDataset data = grid ? HourlyHeatMapDataset.gridImportMegawatts(hall) : HourlyHeatMapDataset.renewableSharePercent(hall);
        heatMap.show(new HeatMapChart(c.theme()).chart(grid ? "Grid import, every hour of the year"
                        : "Renewable share, every hour of the year", data, grid ? ChartTheme.GRID_IMPORT : ChartTheme.RENEWABLE,
                grid ? HourlyHeatMapDataset.maxValue(data) : 100));
        int m = vm.monthProperty().get();
        typicalDay.show(c.typicalDay("Typical day in " + ReportUnits.monthName(m) + " (hall mean per hour)",
                TypicalDayDataset.supplyMegawatts(hall, m), TypicalDayDataset.loadAndGenerationMegawatts(hall, m)));
    }

    private TableView<KpiRow> figuresTable() {
        TableView<KpiRow> table = new TableView<>(vm.figures());
        table.setId("energy-figures");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("No simulated year yet"));
        TableColumn<KpiRow, String> label = new TableColumn<>("Annual figure (scenario)");
        label.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().label()));
        TableColumn<KpiRow, String> value = new TableColumn<>("Value");
        value.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().value()));
        table.getColumns().add(label);
        table.getColumns().add(value);
        return table;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
