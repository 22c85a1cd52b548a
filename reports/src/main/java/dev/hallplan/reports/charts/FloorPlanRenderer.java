package dev.hallplan.reports.charts;

import dev.hallplan.catalog.units.UnitFormat;
import dev.hallplan.engine.kpi.HallReport;
import dev.hallplan.engine.kpi.RackReport;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Draws one hall's floor plan with Java2D: one rectangle per rack at (row, position), filled by
 * its power use ({@link ChartTheme#powerUse}), row labels on the left and a colour legend below.
 * Works on any {@link Graphics2D}: a PDF page (vector) or an image. The app has its own JavaFX view.
 */
public final class FloorPlanRenderer {
    private static final double LEGEND_HEIGHT = 28;
    private static final double TITLE_HEIGHT = 20;
    private static final double LABEL_WIDTH = 62;

    private final ChartTheme theme;

    public FloorPlanRenderer(ChartTheme theme) {
        this.theme = java.util.Objects.requireNonNull(theme, "theme");
    }

    /**
     * Draws the racks of {@code hall} (others in {@code racks} are ignored) into {@code area}, with
     * the hall's own figures in the title (the plan report's, never summed here).
     *
     * @throws IllegalArgumentException when no rack belongs to {@code hall}
     */
    public void draw(Graphics2D g, Rectangle2D area, HallReport hall, List<RackReport> racks) {
        String hallId = hall.hallId();
        TreeMap<Integer, TreeMap<Integer, RackReport>> rows = new TreeMap<>();
        for (RackReport r : racks) {
            if (r.hallId().equals(hallId)) {
                rows.computeIfAbsent(r.rowIndex(), k -> new TreeMap<>()).put(r.position(), r);
            }
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("No racks in hall '" + hallId + "'");
        }
        int maxPosition = rows.values().stream().mapToInt(TreeMap::lastKey).max().orElse(0);
        int maxRow = rows.lastKey();

        g.setColor(ChartTheme.TEXT);
        // the hall's figures in the title font when they fit the width, else in the tick font
        String caption = caption(hall);
        g.setFont(g.getFontMetrics(theme.titleFont()).stringWidth(caption) <= area.getWidth() ? theme.titleFont() : theme.tickFont());
        g.drawString(caption, (float) area.getX(), (float) (area.getY() + 14));

        double gridX = area.getX() + LABEL_WIDTH;
        double gridY = area.getY() + TITLE_HEIGHT;
        double gridW = area.getWidth() - LABEL_WIDTH;
        double gridH = area.getHeight() - TITLE_HEIGHT - LEGEND_HEIGHT;
        // each row is a rack band plus an aisle of half a band
        double band = Math.min(gridH / ((maxRow + 1) * 1.5), 40);
        double cell = Math.min(gridW / (maxPosition + 1), band * 1.6);
        double rackW = cell * 0.9;
        double rackH = band;

        g.setFont(theme.tickFont());
        FontMetrics fm = g.getFontMetrics(theme.tickFont());
        g.setStroke(new BasicStroke(0.5f));
        for (Map.Entry<Integer, TreeMap<Integer, RackReport>> row : rows.entrySet()) {
            double y = gridY + row.getKey() * band * 1.5;
            String rowId = row.getValue().values().iterator().next().rowId();
            g.setFont(theme.tickFont());
            g.setColor(ChartTheme.TEXT);
            g.drawString(shorten(rowId, fm, LABEL_WIDTH - 4), (float) area.getX(),
                    (float) (y + rackH / 2 + fm.getAscent() / 2.0 - 1));
            for (RackReport r : row.getValue().values()) {
                Rectangle2D box = new Rectangle2D.Double(gridX + r.position() * cell, y, rackW, rackH);
                g.setColor(ChartTheme.powerUse(r.powerUse()));
                g.fill(box);
                g.setColor(Color.DARK_GRAY);
                g.draw(box);
                drawRackLabel(g, box, r);
            }
        }
        double legendY = Math.min(area.getMaxY() - LEGEND_HEIGHT, gridY + (maxRow + 1) * band * 1.5) + 4;
        drawLegend(g, area.getX() + LABEL_WIDTH, legendY, Math.min(gridW - 150, 240));
    }

    /** E.g. "Hall dfw-1 · 342 racks · IT at planned full load: 15.6 MW · white space 701 m²". */
    static String caption(HallReport hall) {
        return "Hall " + hall.hallId() + " · " + hall.racks() + " racks · IT at planned full load: "
                + UnitFormat.watts(hall.itFullLoadWatts()) + " · white space " + UnitFormat.number(hall.whiteSpaceSquareMeters()) + " m²";
    }

    private void drawRackLabel(Graphics2D g, Rectangle2D box, RackReport r) {
        g.setFont(theme.smallFont());
        FontMetrics fm = g.getFontMetrics();
        String kw = String.valueOf(Math.round(r.powerWatts() / 1000));
        if (fm.stringWidth(kw) < box.getWidth() - 2 && fm.getHeight() < box.getHeight()) {
            double use = r.powerUse();
            g.setColor(!Double.isNaN(use) && (use > 1 || use < 0.25) ? Color.WHITE : ChartTheme.TEXT);
            g.drawString(kw, (float) (box.getCenterX() - fm.stringWidth(kw) / 2.0),
                    (float) (box.getCenterY() + fm.getAscent() / 2.0 - 1));
        }
    }

    private void drawLegend(Graphics2D g, double x, double y, double width) {
        int steps = 40;
        double stepW = width / steps;
        for (int i = 0; i < steps; i++) {
            g.setColor(ChartTheme.powerUse(i / (double) (steps - 1)));
            g.fill(new Rectangle2D.Double(x + i * stepW, y, stepW + 0.3, 8));
        }
        g.setColor(ChartTheme.OVERLOAD);
        g.fill(new Rectangle2D.Double(x + width + 6, y, 14, 8));
        g.setColor(ChartTheme.TEXT);
        g.setFont(theme.smallFont());
        FontMetrics fm = g.getFontMetrics();
        float ty = (float) (y + 8 + fm.getAscent() + 1);
        g.drawString("0%", (float) x, ty);
        g.drawString("70%", (float) (x + width * 0.7 - fm.stringWidth("70%") / 2.0), ty);
        g.drawString("100%", (float) (x + width - fm.stringWidth("100%")), ty);
        g.drawString("over limit", (float) (x + width + 24), (float) (y + 7));
        g.drawString("numbers: kW at planned full load", (float) (x + width + 24), ty);
    }

    private static String shorten(String text, FontMetrics fm, double maxWidth) {
        String s = text;
        while (s.length() > 1 && fm.stringWidth(s) > maxWidth) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
