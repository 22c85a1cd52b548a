package dev.hallplan.reports.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Charts of workloads and of the estimator, styled with the one {@link ChartTheme}: a week of
 * demand, and latency against throughput per accelerator with the band as a ribbon, the SLO as a
 * line and the best point within it marked. Plain JFreeChart objects, for the app's viewer and
 * for PDF pages alike.
 */
public final class PerformanceCharts {
    private final ChartTheme theme;

    public PerformanceCharts(ChartTheme theme) {
        this.theme = Objects.requireNonNull(theme, "theme");
    }

    /** A point to mark on the latency–throughput chart: x = latency (ms), y = rate per accelerator. */
    public record Mark(int series, double latencyMillis, double ratePerAccelerator, String label) {
    }

    /** The week of {@link DemandProfileDataset#week}: requests/s against the hour of the week, filled. */
    public JFreeChart demandWeek(XYDataset week, String title) {
        NumberAxis hours = new NumberAxis("Hour of the week (0 = Monday 00:00)");
        hours.setRange(0, DemandProfileDataset.WEEK_HOURS - 1);
        hours.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(24));
        NumberAxis rate = new NumberAxis("Requests/s");
        XYAreaRenderer area = new XYAreaRenderer(XYAreaRenderer.AREA);
        area.setSeriesPaint(0, new Color(ChartTheme.CAPACITY.getRed(), ChartTheme.CAPACITY.getGreen(),
                ChartTheme.CAPACITY.getBlue(), 150));
        XYPlot plot = new XYPlot(week, hours, rate, area);
        return styled(title, plot, false);
    }

    /**
     * Latency (vertical) against rate per accelerator (horizontal), one line and ribbon per series
     * of {@code curves} in {@link ChartTheme#series} colours, a dashed line at {@code sloMillis}
     * (none when not finite) and the {@code marks} as rings.
     *
     * @param tokens true for LLMs (output tokens/s), false for queries/s
     */
    public JFreeChart latencyThroughput(YIntervalSeriesCollection curves, LatencyThroughputDataset.Latency latency,
                                        boolean tokens, double sloMillis, List<Mark> marks) {
        NumberAxis latencyAxis = new NumberAxis(latency.axisLabel());
        latencyAxis.setAutoRangeIncludesZero(true);
        NumberAxis rateAxis = new NumberAxis(LatencyThroughputDataset.rateLabel(tokens));
        rateAxis.setAutoRangeIncludesZero(true);
        DeviationRenderer r = new DeviationRenderer(true, true);
        r.setAlpha(0.18f);
        for (int i = 0; i < curves.getSeriesCount(); i++) {
            r.setSeriesPaint(i, ChartTheme.series(i));
            r.setSeriesFillPaint(i, ChartTheme.series(i));
            r.setSeriesStroke(i, new BasicStroke(2f));
            r.setSeriesShape(i, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        }
        XYPlot plot = new XYPlot(curves, latencyAxis, rateAxis, r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        if (Double.isFinite(sloMillis)) {
            ValueMarker slo = new ValueMarker(sloMillis, ChartTheme.SHARE_LINE, new BasicStroke(1.5f,
                    BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{6f, 4f}, 0f));
            slo.setLabel("SLO " + trim(sloMillis) + " ms");
            slo.setLabelFont(theme.tickFont());
            slo.setLabelPaint(ChartTheme.SHARE_LINE);
            slo.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            slo.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
            plot.addDomainMarker(slo);
            if (latencyAxis.getUpperBound() < sloMillis * 1.1) {
                latencyAxis.setAutoRange(false);
                latencyAxis.setRange(0, sloMillis * 1.15);
            }
        }
        XYSeries marked = new XYSeries("Best within SLO", false, true);
        for (Mark m : marks) {
            marked.add(m.latencyMillis(), m.ratePerAccelerator());
            XYTextAnnotation text = new XYTextAnnotation("  " + m.label(), m.latencyMillis(), m.ratePerAccelerator());
            text.setFont(theme.tickFont());
            text.setPaint(ChartTheme.TEXT);
            text.setTextAnchor(TextAnchor.TOP_LEFT);
            plot.addAnnotation(text);
        }
        if (!marks.isEmpty()) {
            XYLineAndShapeRenderer rings = new XYLineAndShapeRenderer(false, true);
            rings.setSeriesShape(0, new Ellipse2D.Double(-7, -7, 14, 14));
            rings.setSeriesShapesFilled(0, false);
            rings.setSeriesPaint(0, ChartTheme.TEXT);
            rings.setSeriesStroke(0, new BasicStroke(2f));
            rings.setUseOutlinePaint(false);
            plot.setDataset(1, new XYSeriesCollection(marked));
            plot.setRenderer(1, rings);
            plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        }
        return styled(latency == LatencyThroughputDataset.Latency.TPOT ? "TPOT against throughput"
                : "Latency against throughput", plot, true);
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(java.util.Locale.ROOT, "%.1f", v);
    }

    private JFreeChart styled(String title, XYPlot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title, theme.titleFont(), plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setPaint(ChartTheme.TEXT);
        if (legend) {
            chart.getLegend().setItemFont(theme.labelFont());
            chart.getLegend().setPosition(RectangleEdge.BOTTOM);
            chart.getLegend().setFrame(BlockBorder.NONE);
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(ChartTheme.GRID);
        plot.setRangeGridlinePaint(ChartTheme.GRID);
        plot.setOutlineVisible(false);
        for (var axis : List.of(plot.getDomainAxis(), plot.getRangeAxis())) {
            axis.setTickLabelFont(theme.tickFont());
            axis.setLabelFont(theme.labelFont());
        }
        return chart;
    }
}
