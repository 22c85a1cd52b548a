package dev.hallplan.app.designer;

import dev.hallplan.app.designer.ElevationViewModel.Block;
import dev.hallplan.app.designer.ElevationViewModel.Elevation;
import dev.hallplan.catalog.RackType;
import dev.hallplan.catalog.units.UnitFormat;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The rack elevation: the rack at its height with U numbers, mounted equipment as labelled blocks
 * (vendor colour bar, name, accelerators), drops from the catalog list at a U, moves by drag,
 * removal (Delete), the budget bars, the rack's BOM lines, and the rack-type changer.
 */
public final class ElevationView extends VBox {
    static final double TOP = 24;
    private final ElevationViewModel vm;
    private final CatalogDrag drag;
    private final Canvas canvas = new Canvas(380, 560);
    private final VBox budgets = new VBox(6);
    private final VBox bom = new VBox(2);
    private final Label title = new Label("Select a rack on the floor");
    private final ComboBox<RackType> types = new ComboBox<>();
    private String pickedBlock;
    private int grabOffsetUnits;
    private boolean draggingBlock;

    ElevationView(ElevationViewModel vm, DesignerViewModel floor, CatalogDrag drag) {
        this.vm = vm;
        this.drag = drag;
        setId("designer-elevation");
        setSpacing(8);
        setPadding(new Insets(8));
        title.getStyleClass().add("title-4");
        types.setId("elevation-rack-type");
        types.setPromptText("Rack type");
        Button change = new Button("Change type");
        change.setId("elevation-change-type");
        change.setOnAction(e -> {
            if (types.getValue() != null) {
                vm.changeType(types.getValue().id());
            }
        });
        Button remove = new Button("Remove");
        remove.setId("elevation-remove");
        remove.setOnAction(e -> removePicked());
        Label budgetsTitle = new Label("Budgets");
        budgetsTitle.getStyleClass().add("text-bold");
        Label bomTitle = new Label("Bill of materials");
        bomTitle.getStyleClass().add("text-bold");
        title.setWrapText(true);
        types.setMaxWidth(220);
        getChildren().addAll(title, new HBox(6, types, change, remove), canvas, budgetsTitle, budgets, bomTitle, bom);
        floor.snapshotProperty().addListener(o -> fillTypes(floor));
        fillTypes(floor);
        vm.elevationProperty().addListener(o -> refresh());
        vm.refusalProperty().addListener(o -> paint());
        canvas.setFocusTraversable(true);
        canvas.setOnMousePressed(e -> {
            canvas.requestFocus();
            Block b = blockAt(e.getY());
            pickedBlock = b == null ? null : b.equipmentId();
            grabOffsetUnits = b == null ? 0 : unitAt(e.getY()) - b.uPosition();
            draggingBlock = false;
            paint();
        });
        canvas.setOnMouseDragged(e -> draggingBlock = pickedBlock != null);
        canvas.setOnMouseReleased(e -> {
            if (draggingBlock) {
                vm.move(pickedBlock, unitAt(e.getY()) - grabOffsetUnits);
            }
            draggingBlock = false;
        });
        canvas.setOnMouseDragReleased(e -> {
            if (drag.active() && !drag.isRackType()) {
                vm.mount(drag.take(), unitAt(e.getY()));
            }
        });
        canvas.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                removePicked();
            }
        });
        refresh();
    }

    private void removePicked() {
        if (pickedBlock != null && vm.remove(pickedBlock)) {
            pickedBlock = null;
        }
    }

    private void fillTypes(DesignerViewModel floor) {
        if (floor.catalog() != null && types.getItems().isEmpty()) {
            types.getItems().setAll(floor.catalog().rackTypes());
            types.setConverter(new javafx.util.StringConverter<>() {
                @Override public String toString(RackType t) { return t == null ? "" : t.name(); }
                @Override public RackType fromString(String s) { return null; }
            });
        }
    }

    /** U height in pixels for the shown rack. */
    private double unitPixels() {
        Elevation e = vm.elevationProperty().get();
        return e == null ? 12 : Math.max(6, (canvas.getHeight() - TOP - 8) / e.heightUnits());
    }

    /** Screen y of the bottom edge of U {@code u} (1-based). */
    double yOfBottom(int u) {
        Elevation e = vm.elevationProperty().get();
        return TOP + (e.heightUnits() - u + 1) * unitPixels();
    }

    /** The U under screen {@code y}. */
    int unitAt(double y) {
        Elevation e = vm.elevationProperty().get();
        return e == null ? 0 : e.heightUnits() - (int) Math.floor((y - TOP) / unitPixels());
    }

    /** Canvas node, for tests that drop onto a U. */
    Canvas canvas() {
        return canvas;
    }

    private Block blockAt(double y) {
        Elevation e = vm.elevationProperty().get();
        int u = unitAt(y);
        return e == null ? null : e.blocks().stream().filter(b -> u >= b.uPosition() && u <= b.topUnit()).findFirst().orElse(null);
    }

    private void refresh() {
        Elevation e = vm.elevationProperty().get();
        budgets.getChildren().clear();
        bom.getChildren().clear();
        if (e == null) {
            title.setText("Select a rack on the floor");
        } else {
            title.setText("Rack " + e.rackId() + " · " + e.rackTypeName() + " · " + e.heightUnits() + " U");
            for (ElevationViewModel.Budget b : e.budgets()) {
                budgets.getChildren().add(bar(b));
            }
            double total = 0;
            for (ElevationViewModel.BomItem item : e.bom()) {
                total += item.totalUsd();
                bom.getChildren().add(new Label(item.count() + " × " + item.name() + " (" + item.catalogId() + ") "
                        + (item.unitPriceUsd() > 0 ? UnitFormat.usd(item.totalUsd()) : "no price")));
            }
            Label sum = new Label("Rack total " + UnitFormat.usd(total));
            sum.getStyleClass().add("text-bold");
            bom.getChildren().add(sum);
        }
        paint();
    }

    private static Region bar(ElevationViewModel.Budget b) {
        double share = b.share();
        Region fill = new Region();
        boolean over = share > 1;
        fill.setStyle("-fx-background-color: " + (over ? "#d55e00" : "#3182bd") + ";");
        fill.setMaxWidth(Double.isNaN(share) ? 0 : 240 * Math.min(1, share));
        fill.setPrefWidth(Double.isNaN(share) ? 0 : 240 * Math.min(1, share));
        StackPane track = new StackPane(fill);
        track.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        track.setStyle("-fx-background-color: #eaeef2; -fx-border-color: #8c959f;");
        track.setPrefSize(240, 12);
        track.setMaxWidth(240);
        Label text = new Label((over ? "⚠ " : "") + b.label() + ": " + b.text());
        VBox box = new VBox(2, text, track);
        box.setId("budget-" + b.label().replaceAll("[^A-Za-z]+", "-").toLowerCase());
        return box;
    }

    private void paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.web("#f6f8fa"));
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        Elevation e = vm.elevationProperty().get();
        if (e == null) {
            return;
        }
        double uh = unitPixels();
        double left = 36;
        double width = canvas.getWidth() - left - 8;
        g.setFill(Color.WHITE);
        g.fillRect(left, TOP, width, e.heightUnits() * uh);
        g.setFont(Font.font(9));
        g.setTextBaseline(VPos.CENTER);
        for (int u = 1; u <= e.heightUnits(); u++) {
            double y = yOfBottom(u);
            g.setStroke(Color.web("#d0d7de"));
            g.setLineWidth(0.5);
            g.strokeLine(left, y, left + width, y);
            g.setFill(Color.web("#57606a"));
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText("U" + u, left - 4, y - uh / 2);
        }
        for (Block b : e.blocks()) {
            double top = yOfBottom(b.topUnit()) - uh;
            double h = b.units() * uh;
            g.setFill(b.equipmentId().equals(pickedBlock) ? Color.web("#c6dbef") : Color.web("#eaeef2"));
            g.fillRect(left + 1, top + 1, width - 2, h - 2);
            g.setFill(vendorColour(b.vendor()));
            g.fillRect(left + 1, top + 1, 6, h - 2);
            g.setStroke(Color.web("#57606a"));
            g.setLineWidth(1);
            g.strokeRect(left + 1, top + 1, width - 2, h - 2);
            g.setFill(Color.web("#1f2328"));
            g.setTextAlign(TextAlignment.LEFT);
            g.setFont(Font.font("System", FontWeight.BOLD, 10));
            String text = b.name() + (b.accelerators() > 0 ? " · " + b.accelerators() + " acc" : "") + " · U" + b.uPosition()
                    + (b.units() > 1 ? "–" + b.topUnit() : "");
            g.fillText(text, left + 12, top + Math.min(h / 2, 9), width - 16);
        }
        g.setStroke(Color.web("#1f2328"));
        g.setLineWidth(2);
        g.strokeRect(left, TOP, width, e.heightUnits() * uh);
        ElevationViewModel.Refusal r = vm.refusalProperty().get();
        if (r != null && r.uPosition() > 0) {
            FloorDecorations.note(g, r.reason(), 0, Math.max(TOP, Math.min(canvas.getHeight() - 14, yOfBottom(r.uPosition()) - uh / 2)),
                    canvas.getWidth());
        }
    }

    /** A colour bar per vendor (Okabe–Ito hues), so a rack of mixed vendors reads at a glance. */
    static Color vendorColour(String vendor) {
        String v = vendor == null ? "" : vendor.toLowerCase();
        if (v.startsWith("nvidia")) {
            return Color.web("#009e73");
        } else if (v.startsWith("amd")) {
            return Color.web("#d55e00");
        } else if (v.startsWith("intel")) {
            return Color.web("#0072b2");
        }
        return Color.web(new String[] {"#e69f00", "#56b4e9", "#cc79a7", "#f0e442"}[Math.abs(v.hashCode()) % 4]);
    }
}
