package dev.hallplan.app.hall;

import javafx.collections.ListChangeListener;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** Draws the hall floor: rows of rack positions, racks coloured from cool (low power use) to red (over limit). */
public final class HallCanvasView extends Pane {
    private static final double TILE = 26;
    private static final double GAP = 4;
    private static final double ROW_GAP = 22;
    private static final double MARGIN = 28;
    private final Canvas canvas = new Canvas();
    private final HallViewModel vm;

    public HallCanvasView(HallViewModel vm) {
        this.vm = vm;
        setId("hall-canvas");
        getChildren().add(canvas);
        canvas.widthProperty().bind(widthProperty());
        canvas.heightProperty().bind(heightProperty());
        canvas.widthProperty().addListener(o -> draw());
        canvas.heightProperty().addListener(o -> draw());
        vm.tiles().addListener((ListChangeListener<RackTile>) c -> draw());
        vm.captionProperty().addListener(o -> draw());
        vm.selectedRacksProperty().addListener((o, a, b) -> draw());
        canvas.setOnMouseClicked(e -> {
            int row = (int) Math.floor((e.getY() - MARGIN) / (TILE + ROW_GAP));
            int position = (int) Math.floor((e.getX() - xOf(0)) / (TILE + GAP));
            if (row >= 0 && position >= 0 && e.getY() - MARGIN - row * (TILE + ROW_GAP) <= TILE) {
                vm.choose(row, position);
            }
        });
        setMinSize(200, 150);
    }

    /** Colour of a rack at {@code powerUse} of its limit: blue-green when light, amber near the limit, red above. */
    static Color colourFor(double powerUse) {
        if (Double.isNaN(powerUse)) {
            return Color.web("#9aa5b1");
        }
        if (powerUse > 1.0) {
            return Color.web("#d64545");
        }
        return Color.web("#2f9e8f").interpolate(Color.web("#f0b429"), Math.max(0, powerUse));
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(Color.web("#f6f8fa"));
        g.fillRect(0, 0, w, h);
        g.setStroke(Color.web("#e1e4e8"));
        g.setLineWidth(1);
        for (double x = 0; x < w; x += TILE + GAP) {
            g.strokeLine(x, 0, x, h);
        }
        for (double y = 0; y < h; y += TILE + GAP) {
            g.strokeLine(0, y, w, y);
        }
        g.setFill(Color.web("#24292f"));
        g.setFont(Font.font(13));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(vm.captionProperty().get(), 8, 6);

        for (int r = 0; r < vm.rowPositions().size(); r++) {
            double y = MARGIN + r * (TILE + ROW_GAP);
            if (y > h) {
                break;
            }
            g.setFill(Color.web("#57606a"));
            g.setFont(Font.font(11));
            g.fillText(vm.rowIds().get(r), 8, y + 7);
            for (int p = 0; p < vm.rowPositions().get(r); p++) {
                g.setStroke(Color.web("#afb8c1"));
                g.strokeRect(xOf(p), y, TILE, TILE);
            }
        }
        for (RackTile t : vm.tiles()) {
            double y = MARGIN + t.rowIndex() * (TILE + ROW_GAP);
            if (y > h) {
                continue;
            }
            g.setFill(colourFor(t.powerUse()));
            g.fillRect(xOf(t.position()) + 1, y + 1, TILE - 2, TILE - 2);
            if (vm.selectedRacksProperty().get().contains(t.rackId())) {
                g.setStroke(Color.web("#0969da"));
                g.setLineWidth(3);
                g.strokeRect(xOf(t.position()) - 1, y - 1, TILE + 2, TILE + 2);
                g.setLineWidth(1);
            }
        }
    }

    private static double xOf(int position) {
        return MARGIN + 24 + position * (TILE + GAP);
    }
}
