package dev.hallplan.reports.charts;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * The 365 × 24 heat map of a simulated year ({@link HourlyHeatMapDataset}): days along, hours
 * up, each hour a block coloured from {@link ChartTheme#HEAT_LOW} to the series colour, with the
 * scale as a legend.
 */
public final class HeatMapChart {
    private final ChartTheme theme;

    public HeatMapChart(ChartTheme theme) {
        this.theme = java.util.Objects.requireNonNull(theme, "theme");
    }

    /**
     * @param data      a dataset of {@link HourlyHeatMapDataset}
     * @param high      the colour of the scale's top
     * @param upper     the value at the scale's top (the data's maximum, or 100 for shares); above 0
     */
    public JFreeChart chart(String title, DefaultXYZDataset data, Color high, double upper) {
        double top = upper > 0 ? upper : 1;
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setBlockAnchor(RectangleAnchor.BOTTOM_LEFT);
        Scale scale = new Scale(top, high);
        renderer.setPaintScale(scale);
        NumberAxis days = new NumberAxis("Day of year");
        days.setRange(0, 365);
        days.setTickUnit(new NumberTickUnit(30));
        NumberAxis hours = new NumberAxis("Hour of day");
        hours.setRange(0, 24);
        hours.setTickUnit(new NumberTickUnit(6));
        XYPlot plot = new XYPlot(data, days, hours, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setOutlineVisible(false);
        for (NumberAxis axis : new NumberAxis[]{days, hours}) {
            axis.setTickLabelFont(theme.tickFont());
            axis.setLabelFont(theme.labelFont());
        }
        JFreeChart chart = new JFreeChart(title, theme.titleFont(), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setPaint(ChartTheme.TEXT);
        NumberAxis scaleAxis = new NumberAxis(String.valueOf(data.getSeriesKey(0)));
        scaleAxis.setRange(0, top);
        scaleAxis.setTickLabelFont(theme.tickFont());
        scaleAxis.setLabelFont(theme.labelFont());
        PaintScaleLegend legend = new PaintScaleLegend(scale, scaleAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(12);
        legend.setMargin(4, 8, 4, 4);
        chart.addSubtitle(legend);
        return chart;
    }

    /** Linear from {@link ChartTheme#HEAT_LOW} at 0 to {@code high} at {@code upper}, clamped. */
    record Scale(double upper, Color high) implements PaintScale {
        @Override
        public double getLowerBound() {
            return 0;
        }

        @Override
        public double getUpperBound() {
            return upper;
        }

        @Override
        public Paint getPaint(double value) {
            double t = Double.isNaN(value) ? 0 : Math.max(0, Math.min(1, value / upper));
            Color low = ChartTheme.HEAT_LOW;
            return new Color(
                    (int) Math.round(low.getRed() + (high.getRed() - low.getRed()) * t),
                    (int) Math.round(low.getGreen() + (high.getGreen() - low.getGreen()) * t),
                    (int) Math.round(low.getBlue() + (high.getBlue() - low.getBlue()) * t));
        }
    }
}
