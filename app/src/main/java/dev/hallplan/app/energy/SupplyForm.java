package dev.hallplan.app.energy;

import dev.hallplan.engine.supply.Battery;
import dev.hallplan.engine.supply.EnergySupply;
import dev.hallplan.engine.supply.HourlyProfile;
import dev.hallplan.engine.supply.RenewableSource;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The hall's supply as a form (grid, tariff, battery, renewables); each Apply is one undoable edit. */
final class SupplyForm extends VBox {
    private final SupplyViewModel vm;
    private final TextField tieIn = field("grid-tie-in");
    private final TextField firm = field("firm-supply");
    private final TextField carbon = field("grid-carbon");
    private final TextField price = field("tariff-price");
    private final TextField peakPrice = field("tariff-peak");
    private final TextField peakFrom = field("tariff-from");
    private final TextField peakTo = field("tariff-to");
    private final TextField demand = field("tariff-demand");
    private final TextField batteryEnergy = field("battery-energy");
    private final TextField batteryPower = field("battery-power");
    private final TextField batteryEfficiency = field("battery-efficiency");
    private final TextField batteryPrice = field("battery-price");
    private final ListView<RenewableSource> sources = new ListView<>();
    private final TextField sourceId = field("renewable-id");
    private final ChoiceBox<RenewableSource.RenewableKind> kind = new ChoiceBox<>();
    private final TextField capacity = field("renewable-capacity");
    private final TextField latitude = field("renewable-latitude");
    private final TextField capacityFactor = field("renewable-cf");
    private final TextField sourcePrice = field("renewable-price");
    private final CheckBox onSite = new CheckBox("on site");

    SupplyForm(SupplyViewModel vm) {
        super(8);
        this.vm = vm;
        setId("supply-form");
        setPadding(new Insets(8));
        setPrefWidth(340);
        Label error = new Label();
        error.setId("supply-error");
        error.setWrapText(true);
        error.setStyle("-fx-text-fill: -color-danger-fg;");
        error.textProperty().bind(vm.errorProperty());
        Button importCarbon = new Button("Import hourly CSV…");
        importCarbon.setOnAction(e -> vm.importGridCarbon());
        getChildren().addAll(
                section("Grid and firm supply", grid(row("Grid tie-in (MW)", tieIn), row("Firm on-site supply (MW)", firm),
                        row("Grid carbon (gCO2e/kWh)", carbon)),
                        new HBox(6, apply("apply-grid", () -> vm.setGrid(tieIn.getText(), firm.getText(),
                                carbon.isDisabled() ? null : carbon.getText())), importCarbon)),
                section("Tariff", grid(row("Energy price ($/MWh)", price), row("Peak price ($/MWh, blank: flat)", peakPrice),
                        row("Peak from hour", peakFrom), row("Peak to hour", peakTo), row("Demand charge ($/kW-month)", demand)),
                        apply("apply-tariff", () -> vm.setTariff(price.getText(), peakPrice.getText(), peakFrom.getText(),
                                peakTo.getText(), demand.getText()))),
                section("Battery (energy blank: none)", grid(row("Energy (MWh)", batteryEnergy), row("Power (MW)", batteryPower),
                        row("Round trip (%)", batteryEfficiency), row("Installed price ($M)", batteryPrice)),
                        apply("apply-battery", () -> vm.setBattery(batteryEnergy.getText(), batteryPower.getText(),
                                batteryEfficiency.getText(), batteryPrice.getText()))),
                renewables(), error);
        vm.supplyProperty().addListener((o, a, s) -> fill(s));
        fill(vm.supplyProperty().get());
    }

    private VBox renewables() {
        sources.setId("renewables");
        sources.setItems(vm.renewables());
        sources.setPrefHeight(110);
        sources.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(RenewableSource r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.id() + " · " + r.kind().name().toLowerCase() + " · "
                        + FormNumbers.text(r.capacityWatts() / 1e6) + " MW · "
                        + (r.hourlyCapacityFactors() == null ? "synthetic profile" : "imported profile"));
            }
        });
        sources.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> fillSource(r));
        vm.renewables().addListener((ListChangeListener<RenewableSource>) c -> fillSource(sources.getSelectionModel().getSelectedItem()));
        kind.getItems().setAll(RenewableSource.RenewableKind.values());
        Button add = button("renewable-add", "Add new", () -> vm.putRenewable(null, form()));
        Button save = button("renewable-save", "Save", () -> vm.putRenewable(selectedId(), form()));
        Button remove = button("renewable-remove", "Remove", () -> vm.removeRenewable(selectedId()));
        Button importProfile = new Button("Import profile CSV…");
        importProfile.setId("renewable-import");
        importProfile.setOnAction(e -> vm.importRenewableProfile(selectedId()));
        Button synthetic = button("renewable-synthetic", "Use synthetic", () -> vm.useSyntheticProfile(selectedId()));
        for (Button b : new Button[]{save, remove, importProfile, synthetic}) {
            b.disableProperty().bind(sources.getSelectionModel().selectedItemProperty().isNull());
        }
        return section("Renewables (PPAs and on-site)", sources,
                grid(row("Id", sourceId), row("Kind", kind), row("Capacity (MW)", capacity), row("Latitude (°)", latitude),
                        row("Annual capacity factor (%)", capacityFactor), row("Price ($/MWh)", sourcePrice), row("", onSite)),
                new HBox(6, add, save, remove), new HBox(6, importProfile, synthetic));
    }

    private RenewableForm form() {
        return new RenewableForm(sourceId.getText(), kind.getValue(), capacity.getText(), latitude.getText(),
                capacityFactor.getText(), sourcePrice.getText(), onSite.isSelected());
    }

    private String selectedId() {
        RenewableSource r = sources.getSelectionModel().getSelectedItem();
        return r == null ? null : r.id();
    }

    private void fill(EnergySupply s) {
        setDisable(s == null);
        if (s == null) {
            return;
        }
        tieIn.setText(FormNumbers.text(s.gridTieInWatts() / 1e6));
        firm.setText(FormNumbers.text(s.firmSupplyWatts() / 1e6));
        HourlyProfile c = s.gridCarbonGramsPerKwh();
        carbon.setDisable(c.length() != 1);
        carbon.setText(c.length() == 1 ? FormNumbers.text(c.at(0)) : "hourly (mean " + Math.round(c.yearMean()) + ")");
        HourlyProfile t = s.tariff().energyUsdPerMwh();
        boolean twoLevel = t.length() == 24 && t.min() < t.max();
        price.setText(FormNumbers.text(twoLevel ? t.min() : t.yearMean()));
        peakPrice.setText(twoLevel ? FormNumbers.text(t.max()) : "");
        int from = -1;
        int to = -1;
        for (int h = 0; twoLevel && h < 24; h++) {
            if (t.at(h) == t.max()) {
                from = from < 0 ? h : from;
                to = h + 1;
            }
        }
        peakFrom.setText(from < 0 ? "" : String.valueOf(from));
        peakTo.setText(to < 0 ? "" : String.valueOf(to));
        demand.setText(FormNumbers.text(s.tariff().demandChargeUsdPerKwMonth()));
        Battery b = s.battery();
        batteryEnergy.setText(b == null ? "" : FormNumbers.text(b.energyCapacityJoules() / 3.6e9));
        batteryPower.setText(b == null ? "" : FormNumbers.text(b.powerWatts() / 1e6));
        batteryEfficiency.setText(b == null ? "90" : FormNumbers.text(b.roundTripEfficiency() * 100));
        batteryPrice.setText(b == null ? "" : FormNumbers.text(b.priceUsd() / 1e6));
    }

    private void fillSource(RenewableSource r) {
        if (r == null) {
            return;
        }
        RenewableForm f = RenewableForm.of(r);
        sourceId.setText(f.id());
        kind.setValue(f.kind());
        capacity.setText(f.capacityMegawatts());
        latitude.setText(f.latitudeDegrees());
        capacityFactor.setText(f.capacityFactorPercent());
        sourcePrice.setText(f.priceUsdPerMwh());
        onSite.setSelected(f.onSite());
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(8);
        return f;
    }

    private static Label[] row(String label, javafx.scene.Node field) {
        Label l = new Label(label);
        l.setLabelFor(field);
        l.setUserData(field);
        return new Label[]{l};
    }

    private static GridPane grid(Label[]... rows) {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(4);
        for (int i = 0; i < rows.length; i++) {
            g.add(rows[i][0], 0, i);
            g.add((javafx.scene.Node) rows[i][0].getUserData(), 1, i);
        }
        return g;
    }

    private static VBox section(String title, javafx.scene.Node... content) {
        Label t = new Label(title);
        t.getStyleClass().add("text-bold");
        VBox box = new VBox(4, t);
        box.getChildren().addAll(content);
        return box;
    }

    private static Button apply(String id, java.util.function.BooleanSupplier action) {
        return button(id, "Apply", action::getAsBoolean);
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
