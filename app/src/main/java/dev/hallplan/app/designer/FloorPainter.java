package dev.hallplan.app.designer;

import dev.hallplan.catalog.units.UnitFormat;
import java.util.List;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Paints a {@link FloorSnapshot} on a canvas: aisles, rows to scale with empty positions, racks
 * coloured by the overlay (only those in view: culling by row and by position range), row totals
 * at the row ends, and the fixed parts (legend, scale bar, hall totals, minimap). Pure drawing.
 */
final class FloorPainter {
    private static final Font SMALL = Font.font(10);
    private static final Font LABEL = Font.font("System", FontWeight.BOLD, 11);
    private static final Color INK = Color.web("#1f2328");
    private static final Color MUTED = Color.web("#57606a");
    private static final Color COLD = Color.web("#e8f1fb");
    private static final Color HOT = Color.web("#fdf0e6");
    private static final Color SELECTED = Color.web("#000000");

    /** What to paint besides the floor itself. */
    record Marks(Set<String> selected, String hovered, double[] band, List<double[]> ghosts, String note, double noteX, double noteY,
            java.util.Map<String, Integer> found) {
    }

    private FloorPainter() {
    }

    /** Paints and returns the number of racks drawn (those in view). */
    static int paint(GraphicsContext g, double w, double h, FloorSnapshot s, FloorView v, Overlay overlay, Marks marks) {
        g.setFill(Color.web("#f6f8fa"));
        g.fillRect(0, 0, w, h);
        if (s == null) {
            g.setFill(MUTED);
            g.setFont(LABEL);
            g.setTextBaseline(VPos.TOP);
            g.fillText("No hall (or the catalog is still loading)", 12, 12);
            return 0;
        }
        g.setFill(Color.WHITE);
        g.fillRect(v.sx(0), v.sy(0), s.lengthMeters() * v.scale, s.depthMeters() * v.scale);
        g.setStroke(Color.web("#8c959f"));
        g.setLineWidth(1);
        g.strokeRect(v.sx(0), v.sy(0), s.lengthMeters() * v.scale, s.depthMeters() * v.scale);
        aisles(g, s, v, w);
        int drawn = 0;
        for (FloorSnapshot.RowView row : s.rows()) {
            double top = v.sy(row.yMeters());
            double bottom = v.sy(row.yMeters() + row.depthMeters());
            if (bottom < 0 || top > h) {
                continue;
            }
            drawn += row(g, row, s, v, overlay, marks, w, top, bottom);
        }
        if (marks.band() != null) {
            double[] b = marks.band();
            g.setFill(Color.web("#0969da", 0.12));
            g.fillRect(Math.min(b[0], b[2]), Math.min(b[1], b[3]), Math.abs(b[2] - b[0]), Math.abs(b[3] - b[1]));
            g.setStroke(Color.web("#0969da"));
            g.strokeRect(Math.min(b[0], b[2]), Math.min(b[1], b[3]), Math.abs(b[2] - b[0]), Math.abs(b[3] - b[1]));
        }
        g.setStroke(Color.web("#0969da"));
        g.setLineWidth(2);
        for (double[] ghost : marks.ghosts()) {
            g.strokeRect(ghost[0], ghost[1], ghost[2], ghost[3]);
        }
        FloorDecorations.legend(g, overlay);
        FloorDecorations.scaleBar(g, v, h);
        FloorDecorations.hallTotals(g, s, w, h);
        FloorDecorations.minimap(g, s, v, w, h);
        if (marks.note() != null && !marks.note().isEmpty()) {
            FloorDecorations.note(g, marks.note(), marks.noteX(), marks.noteY(), w);
        }
        return drawn;
    }

    private static void aisles(GraphicsContext g, FloorSnapshot s, FloorView v, double w) {
        List<FloorSnapshot.RowView> rows = s.rows();
        for (int i = 0; i + 1 < rows.size(); i++) {
            FloorSnapshot.RowView a = rows.get(i);
            double y0 = a.yMeters() + a.depthMeters();
            double y1 = rows.get(i + 1).yMeters();
            boolean cold = i % 2 == 0;
            g.setFill(cold ? COLD : HOT);
            g.fillRect(v.sx(0) + 1, v.sy(y0), s.lengthMeters() * v.scale - 2, (y1 - y0) * v.scale);
            if ((y1 - y0) * v.scale >= 11) {
                g.setFill(MUTED);
                g.setFont(SMALL);
                g.setTextAlign(TextAlignment.LEFT);
                g.setTextBaseline(VPos.CENTER);
                g.fillText(cold ? "cold aisle" : "hot aisle", Math.max(v.sx(0) + 4, 4), v.sy((y0 + y1) / 2));
            }
        }
    }

    private static int row(GraphicsContext g, FloorSnapshot.RowView row, FloorSnapshot s, FloorView v, Overlay overlay, Marks marks,
                           double w, double top, double bottom) {
        double x0 = s.rowEndMeters();
        double pitch = row.pitchMeters();
        int first = Math.max(0, (int) Math.floor((v.wx(0) - x0) / pitch));
        int last = Math.min(row.positions() - 1, (int) Math.ceil((v.wx(w) - x0) / pitch));
        double tileW = Math.max(1, pitch * v.scale - Math.max(1, Math.min(3, pitch * v.scale * 0.08)));
        double tileH = bottom - top;
        boolean labels = tileW >= 26 && tileH >= 26;
        int drawn = 0;
        for (int p = first; p <= last; p++) {
            double x = v.sx(x0 + p * pitch);
            RackFigures r = row.byPosition().get(p);
            if (r == null) {
                g.setStroke(Color.web("#afb8c1"));
                g.setLineWidth(1);
                g.setLineDashes(3, 3);
                g.strokeRect(x + 0.5, top + 0.5, tileW - 1, tileH - 1);
                g.setLineDashes(null);
                continue;
            }
            drawn++;
            boolean over = overlay.over(r);
            Color fill = OverlayColours.fill(overlay.share(r, s.mostAccelerators()), over);
            g.setFill(fill);
            g.fillRect(x, top, tileW, tileH);
            if (tileW >= 4) {
                g.setStroke(Color.web("#6e7781"));
                g.setLineWidth(0.75);
                g.strokeRect(x + 0.5, top + 0.5, tileW - 1, tileH - 1);
            }
            g.setFill(INK);
            double front = Math.max(1, tileH * 0.08);
            g.fillRect(x, row.frontFacesDown() ? bottom - front : top, tileW, front);
            if (over) {
                warning(g, x + tileW / 2, top + tileH / 2, Math.min(tileW, tileH));
            }
            if (labels) {
                g.setFill(OverlayColours.textOn(fill));
                g.setFont(SMALL);
                g.setTextAlign(TextAlignment.CENTER);
                g.setTextBaseline(VPos.TOP);
                g.fillText(r.rackId(), x + tileW / 2, top + 3, tileW - 2);
                g.setTextBaseline(VPos.BOTTOM);
                g.fillText(value(r, overlay), x + tileW / 2, bottom - front - 1, tileW - 2);
            }
            Integer adding = marks.found().get(r.rackId());
            if (adding != null) {
                g.setStroke(Color.web("#009e73"));
                g.setLineWidth(3);
                g.setLineDashes(4, 2);
                g.strokeRect(x - 2, top - 2, tileW + 4, tileH + 4);
                g.setLineDashes(null);
                g.setFill(Color.web("#009e73"));
                g.fillOval(x + tileW - 9, top - 7, 16, 16);
                g.setFill(Color.WHITE);
                g.setFont(SMALL);
                g.setTextAlign(TextAlignment.CENTER);
                g.setTextBaseline(VPos.CENTER);
                g.fillText("+" + adding, x + tileW - 1, top + 1);
            }
            if (marks.selected().contains(r.rackId()) || r.rackId().equals(marks.hovered())) {
                g.setStroke(marks.selected().contains(r.rackId()) ? SELECTED : Color.web("#0969da"));
                g.setLineWidth(marks.selected().contains(r.rackId()) ? 2.5 : 1.5);
                g.strokeRect(x - 1, top - 1, tileW + 2, tileH + 2);
            }
        }
        if (tileH >= 8) {
            g.setFill(INK);
            g.setFont(tileH >= 12 ? LABEL : SMALL);
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(row.rowId(), v.sx(x0) - 4, (top + bottom) / 2);
        }
        double end = v.sx(x0 + row.positions() * pitch) + 6;
        if (end < w && tileH >= 10) {
            g.setFont(SMALL);
            g.setTextAlign(TextAlignment.LEFT);
            g.setFill(MUTED);
            g.fillText(UnitFormat.watts(row.state().itWatts()) + " · heat " + UnitFormat.watts(row.heatWatts()) + " / cooling "
                    + UnitFormat.watts(row.coolingWatts()) + " · headroom " + UnitFormat.watts(row.coolingWatts() - row.heatWatts()),
                    end, (top + bottom) / 2);
        }
        return drawn;
    }

    /** A warning triangle with "!": the over-limit symbol, readable without colour. */
    static void warning(GraphicsContext g, double cx, double cy, double size) {
        double r = Math.max(4, Math.min(9, size * 0.3));
        g.setFill(Color.WHITE);
        g.fillPolygon(new double[] {cx, cx + r, cx - r}, new double[] {cy - r, cy + r * 0.8, cy + r * 0.8}, 3);
        g.setStroke(INK);
        g.setLineWidth(1);
        g.strokePolygon(new double[] {cx, cx + r, cx - r}, new double[] {cy - r, cy + r * 0.8, cy + r * 0.8}, 3);
        if (r >= 6) {
            g.setFill(INK);
            g.setFont(Font.font("System", FontWeight.BOLD, r * 1.1));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText("!", cx, cy + r * 0.15);
        }
    }

    private static String value(RackFigures r, Overlay overlay) {
        return switch (overlay) {
            case POWER, HEAT, FEEDS -> UnitFormat.watts(r.itWatts());
            case PLANNED_PEAK, PEAK_VS_NAMEPLATE -> Double.isNaN(r.plannedPeakWatts()) ? "no plan" : UnitFormat.watts(r.plannedPeakWatts());
            case ACCELERATORS -> r.accelerators() + " acc";
            case STRANDED -> UnitFormat.watts(r.strandedWatts());
        };
    }
}
