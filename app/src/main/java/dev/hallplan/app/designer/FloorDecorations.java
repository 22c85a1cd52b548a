package dev.hallplan.app.designer;

import dev.hallplan.catalog.units.UnitFormat;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/** The floor's fixed parts, drawn over the plan: legend, scale bar, hall totals, minimap, a note where a drop was refused. */
final class FloorDecorations {
    private static final Color PANEL = Color.web("#ffffff", 0.93);
    private static final Color BORDER = Color.web("#8c959f");
    private static final Color INK = Color.web("#1f2328");
    private static final Font SMALL = Font.font(10);
    private static final Font BOLD = Font.font("System", FontWeight.BOLD, 11);
    static final double LEGEND_WIDTH = 250;
    static final double LEGEND_HEIGHT = 96;
    static final double BOTTOM_BAR = 24;

    private FloorDecorations() {
    }

    static void legend(GraphicsContext g, Overlay overlay) {
        double x = 8;
        double y = 8;
        box(g, x, y, LEGEND_WIDTH, LEGEND_HEIGHT);
        g.setFill(INK);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setFont(BOLD);
        g.fillText(overlay.label(), x + 8, y + 6);
        g.setFont(SMALL);
        g.fillText(overlay.scale(), x + 8, y + 22, LEGEND_WIDTH - 16);
        double rampX = x + 8;
        double rampW = LEGEND_WIDTH - 16;
        for (int i = 0; i < 50; i++) {
            g.setFill(OverlayColours.fill(i / 49.0, false));
            g.fillRect(rampX + i * rampW / 50, y + 38, rampW / 50 + 0.5, 12);
        }
        g.setStroke(BORDER);
        g.setLineWidth(1);
        g.strokeRect(rampX, y + 38, rampW, 12);
        g.setFill(INK);
        g.fillText("0 %", rampX, y + 52);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText("50 %", rampX + rampW / 2, y + 52);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText("100 %", rampX + rampW, y + 52);
        g.setTextAlign(TextAlignment.LEFT);
        double ky = y + 70;
        g.setFill(OverlayColours.OVER);
        g.fillRect(rampX, ky, 18, 16);
        FloorPainter.warning(g, rampX + 9, ky + 8, 18);
        g.setFill(INK);
        g.setTextBaseline(VPos.CENTER);
        g.fillText("over limit", rampX + 22, ky + 8);
        g.setFill(OverlayColours.UNKNOWN);
        g.fillRect(rampX + 88, ky, 18, 16);
        g.setFill(INK);
        g.fillText("unknown", rampX + 110, ky + 8);
        g.setStroke(Color.web("#afb8c1"));
        g.setLineDashes(3, 3);
        g.strokeRect(rampX + 165.5, ky + 0.5, 17, 15);
        g.setLineDashes(null);
        g.fillText("empty", rampX + 187, ky + 8);
    }

    static void scaleBar(GraphicsContext g, FloorView v, double h) {
        double meters = v.scaleBarMeters(100);
        double px = meters * v.scale;
        double x = 12;
        double y = h - BOTTOM_BAR - 14;
        box(g, x - 4, y - 16, px + 60, 26);
        g.setStroke(INK);
        g.setLineWidth(2);
        g.strokeLine(x, y, x + px, y);
        g.strokeLine(x, y - 4, x, y + 4);
        g.strokeLine(x + px, y - 4, x + px, y + 4);
        g.setFill(INK);
        g.setFont(SMALL);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(UnitFormat.number(meters) + " m", x + px + 6, y);
    }

    static void hallTotals(GraphicsContext g, FloorSnapshot s, double w, double h) {
        var st = s.state();
        double heat = s.rows().stream().mapToDouble(FloorSnapshot.RowView::heatWatts).sum();
        double cooling = s.rows().stream().mapToDouble(FloorSnapshot.RowView::coolingWatts).sum();
        g.setFill(Color.web("#eaeef2"));
        g.fillRect(0, h - BOTTOM_BAR, w, BOTTOM_BAR);
        g.setFill(INK);
        g.setFont(BOLD);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText("Hall " + s.hallName() + ": IT " + UnitFormat.watts(st.itWatts()) + " at nameplate · rack heat "
                + UnitFormat.watts(heat) + " / row cooling " + UnitFormat.watts(cooling) + " · IT headroom "
                + UnitFormat.watts(st.itHeadroomWatts()) + " (" + st.stranded().binding().name().toLowerCase() + " binds) · "
                + s.racks().size() + " racks · " + st.violations().size() + " violations", 8, h - BOTTOM_BAR / 2, w - 16);
    }

    /** A small overview with the visible part outlined, when the hall does not fit the view. */
    static void minimap(GraphicsContext g, FloorSnapshot s, FloorView v, double w, double h) {
        double hallW = s.lengthMeters() * v.scale;
        double hallH = s.depthMeters() * v.scale;
        if (hallW <= w * 1.05 && hallH <= h * 1.05) {
            return;
        }
        double mw = 180;
        double k = Math.min(mw / s.lengthMeters(), 120 / s.depthMeters());
        double mh = s.depthMeters() * k;
        mw = s.lengthMeters() * k;
        double x = w - mw - 12;
        double y = h - BOTTOM_BAR - mh - 12;
        box(g, x - 4, y - 4, mw + 8, mh + 8);
        g.setFill(Color.web("#8c959f"));
        for (FloorSnapshot.RowView r : s.rows()) {
            g.fillRect(x + s.rowEndMeters() * k, y + r.yMeters() * k, r.positions() * r.pitchMeters() * k, Math.max(1, r.depthMeters() * k));
        }
        g.setStroke(Color.web("#0969da"));
        g.setLineWidth(1.5);
        double vx = x + Math.max(0, v.wx(0)) * k;
        double vy = y + Math.max(0, v.wy(0)) * k;
        double vw = Math.min(s.lengthMeters(), v.wx(w)) * k - (vx - x);
        double vh = Math.min(s.depthMeters(), v.wy(h)) * k - (vy - y);
        g.strokeRect(vx, vy, Math.max(2, vw), Math.max(2, vh));
    }

    /** A refusal or note near where the user dropped. */
    static void note(GraphicsContext g, String text, double x, double y, double w) {
        g.setFont(BOLD);
        double width = Math.min(w - 16, 7 * text.length() + 20);
        double left = Math.max(8, Math.min(x + 12, w - width - 8));
        g.setFill(Color.web("#fff8c5"));
        g.fillRect(left, y - 12, width, 24);
        g.setStroke(OverlayColours.OVER);
        g.setLineWidth(1.5);
        g.strokeRect(left, y - 12, width, 24);
        g.setFill(INK);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText("⚠ " + text, left + 6, y, width - 12);
    }

    private static void box(GraphicsContext g, double x, double y, double w, double h) {
        g.setFill(PANEL);
        g.fillRect(x, y, w, h);
        g.setStroke(BORDER);
        g.setLineWidth(1);
        g.strokeRect(x + 0.5, y + 0.5, w, h);
    }
}
