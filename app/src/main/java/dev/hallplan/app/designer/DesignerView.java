package dev.hallplan.app.designer;

import dev.hallplan.catalog.CoolingUnit;
import dev.hallplan.engine.project.CatalogCount;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The hall designer (tab "Designer"): catalog list | floor plan | hall figures and rack elevation,
 * with the overlay selector and the row and rack commands above. Binds to {@link DesignerViewModel}.
 */
public final class DesignerView extends BorderPane {
    private final DesignerViewModel vm;
    private final CatalogDrag drag = new CatalogDrag();
    private final FloorCanvas floor;
    private final ElevationView elevation;
    private final CatalogPalette palette;
    private final GridPane hallFigures = new GridPane();
    private final ScrollPane sideScroll;
    private final VBox side;

    public DesignerView(DesignerViewModel vm) {
        this.vm = vm;
        setId("designer");
        floor = new FloorCanvas(vm, drag);
        elevation = new ElevationView(vm.elevation(), vm, drag);
        palette = new CatalogPalette(vm, drag);
        hallFigures.setId("designer-hall-figures");
        hallFigures.setHgap(8);
        hallFigures.setVgap(3);
        Label hallTitle = new Label("Hall");
        hallTitle.getStyleClass().add("title-4");
        side = new VBox(8, hallTitle, hallFigures, new Separator(), new FindSpacePane(vm), new Separator(), elevation);
        side.setPadding(new Insets(6));
        sideScroll = new ScrollPane(side);
        sideScroll.setId("designer-side");
        sideScroll.setFitToWidth(true);
        SplitPane split = new SplitPane(palette, floor, sideScroll);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.14, 0.68);
        setTop(new VBox(4, commands(), rowForm()));
        setCenter(split);
        Label message = new Label();
        message.setId("designer-message");
        message.textProperty().bind(vm.messageProperty());
        message.setStyle("-fx-text-fill: #9a3412;");
        setBottom(message);
        BorderPane.setMargin(message, new Insets(2, 8, 2, 8));
        vm.snapshotProperty().addListener(o -> figures());
        floor.setOnOpenElevation(this::showElevation);
        figures();
    }

    /** Scrolls the side panel to the rack elevation (double-click on a rack). */
    public void showElevation() {
        // after the pulse that lays out the newly shown rack, so the heights are current
        javafx.application.Platform.runLater(() -> {
            sideScroll.applyCss();
            sideScroll.layout();
            double range = side.getBoundsInLocal().getHeight() - sideScroll.getViewportBounds().getHeight();
            if (range > 0) {
                sideScroll.setVvalue(Math.max(0, Math.min(1, elevation.getBoundsInParent().getMinY() / range)));
            }
        });
    }

    /** The floor canvas (tests drive zoom and pan through it). */
    public FloorCanvas floor() {
        return floor;
    }

    private HBox commands() {
        ComboBox<Overlay> overlay = new ComboBox<>();
        overlay.getItems().setAll(Overlay.values());
        overlay.valueProperty().bindBidirectional(vm.overlayProperty());
        overlay.setId("designer-overlay");
        Button fit = button("Fit hall", "designer-fit", floor::fit);
        Button fill = button("Fill row with type", "designer-fill-row", () -> {
            String type = palette.selectedRackType();
            String rack = vm.selectedRacksProperty().get().stream().findFirst().orElse(null);
            if (type == null || rack == null) {
                vm.say("choose a rack type in the catalog list and a rack of the row to fill");
            } else {
                vm.snapshotProperty().get().rack(rack).ifPresent(r -> vm.fillRow(r.rowIndex(), type));
            }
        });
        Button delete = button("Delete racks", "designer-delete", vm::deleteSelection);
        Button duplicate = button("Duplicate", "designer-duplicate", vm::duplicateSelection);
        Button deleteRow = button("Delete row", "designer-delete-row", () -> selectedRow(vm::deleteRow));
        HBox box = new HBox(6, new Label("Overlay"), overlay, fit, new Separator(Orientation.VERTICAL), fill, duplicate, delete, deleteRow);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(6, 6, 0, 6));
        return box;
    }

    private HBox rowForm() {
        TextField id = new TextField();
        id.setPromptText("row id");
        id.setPrefColumnCount(5);
        id.setId("row-id");
        Spinner<Integer> positions = new Spinner<>(1, 200, 12);
        positions.setEditable(true);
        positions.setPrefWidth(80);
        positions.setId("row-positions");
        TextField pitch = new TextField("0.6");
        pitch.setPrefColumnCount(4);
        pitch.setId("row-pitch");
        ComboBox<String> unit = new ComboBox<>();
        unit.setPromptText("cooling unit");
        unit.setId("row-cooling");
        Spinner<Integer> count = new Spinner<>(0, 50, 1);
        count.setPrefWidth(70);
        vm.snapshotProperty().addListener(o -> {
            if (unit.getItems().isEmpty() && vm.catalog() != null) {
                unit.getItems().setAll(vm.catalog().coolingUnits().stream().map(CoolingUnit::id).toList());
            }
        });
        Button add = button("Add row", "row-add", () -> {
            double pitchMeters;
            try {
                pitchMeters = Double.parseDouble(pitch.getText().strip());
            } catch (NumberFormatException e) {
                vm.say("pitch must be a number of metres, was '" + pitch.getText() + "'");
                return;
            }
            List<CatalogCount> cooling = unit.getValue() == null || count.getValue() == 0 ? List.of()
                    : List.of(new CatalogCount(unit.getValue(), count.getValue()));
            if (vm.addRow(id.getText(), positions.getValue(), pitchMeters, cooling)) {
                id.clear();
            }
        });
        TextField rename = new TextField();
        rename.setPromptText("new id");
        rename.setPrefColumnCount(5);
        Button renameRow = button("Rename row", "row-rename", () -> selectedRow(i -> vm.renameRow(i, rename.getText())));
        HBox box = new HBox(6, new Label("New row"), id, new Label("positions"), positions, new Label("pitch m"), pitch, unit, count, add,
                new Separator(Orientation.VERTICAL), rename, renameRow);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(0, 6, 4, 6));
        return box;
    }

    private void selectedRow(java.util.function.IntConsumer action) {
        String rack = vm.selectedRacksProperty().get().stream().findFirst().orElse(null);
        if (rack == null || vm.snapshotProperty().get() == null) {
            vm.say("select a rack of the row first");
            return;
        }
        vm.snapshotProperty().get().rack(rack).ifPresent(r -> action.accept(r.rowIndex()));
    }

    private void figures() {
        hallFigures.getChildren().clear();
        FloorSnapshot s = vm.snapshotProperty().get();
        var hall = vm.document().hallProperty().get();
        if (s == null || hall == null) {
            return;
        }
        int row = 0;
        for (String[] line : HallPanel.lines(s.state(), hall, vm.catalog())) {
            Label value = new Label(line[1]);
            value.setId("hall-figure-" + row);
            hallFigures.addRow(row++, new Label(line[0]), value);
        }
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
