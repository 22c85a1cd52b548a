package dev.hallplan.reports.charts;

import dev.hallplan.engine.kpi.PlanReport;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;

import java.awt.BasicStroke;
import java.awt.Color;

/**
 * The chart factory: builds HallPlan's JFreeChart objects from a {@link PlanReport} through the
 * dataset builders and styles them with one {@link ChartTheme}. The returned charts are plain
 * JFreeChart objects: the app shows them in a jfreechart-fx viewer, the PDF draws them as vectors.
 */
public final class ReportCharts {
    private final ChartTheme theme;

    public ReportCharts(ChartTheme theme) {
        this.theme = java.util.Objects.requireNonNull(theme, "theme");
    }

    public ChartTheme theme() {
        return theme;
    }

    /** Bars of capacity as % of peak demand per workload, with a line at 100%. */
    public JFreeChart capacityVsDemand(PlanReport report) {
        CategoryPlot plot = new CategoryPlot(CapacityDemandDataset.shareOfPeakDemand(report.kpis()),
                new CategoryAxis(), new NumberAxis("% of peak demand"), barRenderer(false));
        plot.getRenderer().setSeriesPaint(0, ChartTheme.CAPACITY);
        ValueMarker demand = new ValueMarker(100, ChartTheme.DEMAND, new BasicStroke(1.5f,
                BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{6f, 4f}, 0f));
        demand.setLabel("peak demand");
        demand.setLabelFont(theme.tickFont());
        demand.setLabelPaint(ChartTheme.TEXT);
        demand.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        demand.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_LEFT);
        demand.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_LEFT);
        plot.addRangeMarker(demand);
        ((NumberAxis) plot.getRangeAxis()).setUpperMargin(0.12);
        return styled("Capacity vs peak demand", plot, false);
    }

    /** Stacked monthly energy by supply (MWh) with the renewable share (%) as a line on a right axis. */
    public JFreeChart energyByMonth(PlanReport report) {
        CategoryPlot plot = new CategoryPlot(EnergyByMonthDataset.supplyMegawattHours(report.monthlyEnergy()),
                new CategoryAxis(), new NumberAxis("Facility energy (MWh)"), barRenderer(true));
        plot.getRenderer().setSeriesPaint(0, ChartTheme.RENEWABLE);
        plot.getRenderer().setSeriesPaint(1, ChartTheme.BATTERY);
        plot.getRenderer().setSeriesPaint(2, ChartTheme.GRID_IMPORT);
        NumberAxis shareAxis = new NumberAxis("Renewable share (%)");
        shareAxis.setRange(0, 100);
        plot.setRangeAxis(1, shareAxis);
        plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
        plot.setDataset(1, EnergyByMonthDataset.renewableSharePercent(report.monthlyEnergy()));
        plot.mapDatasetToRangeAxis(1, 1);
        LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
        line.setSeriesPaint(0, ChartTheme.SHARE_LINE);
        line.setSeriesStroke(0, new BasicStroke(2f));
        plot.setRenderer(1, line);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        return styled("Energy by month and renewable share", plot, true);
    }

    /** Capex by BOM category and annual opex (energy, maintenance) as two stacked columns in $M. */
    public JFreeChart costBreakdown(PlanReport report) {
        CategoryDataset data = CostBreakdownDataset.millionsUsd(report);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), new NumberAxis("$M"), barRenderer(true));
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        for (int i = 0; i < data.getRowCount(); i++) {
            plot.getRenderer().setSeriesPaint(i, ChartTheme.series(i));
        }
        return styled("Cost breakdown", plot, true);
    }

    /** A bar chart of one value per scenario, e.g. TCO over N years, for the comparison page. */
    public JFreeChart scenarioBars(String title, String axisLabel, CategoryDataset data) {
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), new NumberAxis(axisLabel), barRenderer(false));
        for (int i = 0; i < data.getRowCount(); i++) {
            plot.getRenderer().setSeriesPaint(i, ChartTheme.series(i));
        }
        return styled(title, plot, data.getRowCount() > 1);
    }

    /**
     * The TCO tornado of a comparison: one horizontal bar per scenario and price, from the TCO
     * change when the price falls to the change when it rises ($M, 0 = base prices).
     *
     * @param data {@code compare.TcoTornadoDataset.millionsUsd}: two rows (falling, rising), one column per bar
     */
    public JFreeChart tornado(String title, CategoryDataset data) {
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), new NumberAxis("TCO change from base prices ($M)"),
                barRenderer(true));
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        ((BarRenderer) plot.getRenderer()).setMaximumBarWidth(0.5);
        plot.getRenderer().setSeriesPaint(0, ChartTheme.series(0));
        plot.getRenderer().setSeriesPaint(1, ChartTheme.SHARE_LINE);
        plot.addRangeMarker(new ValueMarker(0, ChartTheme.TEXT, new BasicStroke(1f)));
        return styled(title, plot, true);
    }

    /**
     * The typical day of a month: supply stacked by source (MW) with the facility load and the
     * renewable generation as lines.
     *
     * @param supply     {@link TypicalDayDataset#supplyMegawatts}
     * @param lines      {@link TypicalDayDataset#loadAndGenerationMegawatts}
     */
    public JFreeChart typicalDay(String title, CategoryDataset supply, CategoryDataset lines) {
        org.jfree.chart.renderer.category.StackedAreaRenderer area = new org.jfree.chart.renderer.category.StackedAreaRenderer();
        CategoryPlot plot = new CategoryPlot(supply, new EveryNthCategoryAxis("Hour of day", 3), new NumberAxis("MW"), area);
        Color[] colours = {ChartTheme.RENEWABLE, ChartTheme.BATTERY, ChartTheme.GRID_IMPORT, ChartTheme.FIRM_SUPPLY,
                ChartTheme.OVERLOAD};
        for (int i = 0; i < colours.length; i++) {
            area.setSeriesPaint(i, colours[i]);
        }
        plot.setDataset(1, lines);
        LineAndShapeRenderer line = new LineAndShapeRenderer(true, false);
        line.setSeriesPaint(0, ChartTheme.TEXT);
        line.setSeriesStroke(0, new BasicStroke(2f));
        line.setSeriesPaint(1, ChartTheme.SHARE_LINE);
        line.setSeriesStroke(1, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[]{5f, 3f}, 0f));
        plot.setRenderer(1, line);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        JFreeChart chart = styled(title, plot, true);
        plot.getDomainAxis().setCategoryMargin(0);
        plot.getDomainAxis().setLowerMargin(0);
        plot.getDomainAxis().setUpperMargin(0);
        return chart;
    }

    private static BarRenderer barRenderer(boolean stacked) {
        BarRenderer r = stacked ? new StackedBarRenderer() : new BarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setItemMargin(0.05);
        r.setMaximumBarWidth(0.12);
        return r;
    }

    private JFreeChart styled(String title, CategoryPlot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title, theme.titleFont(), plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setPaint(ChartTheme.TEXT);
        if (legend) {
            LegendTitle l = chart.getLegend();
            l.setItemFont(theme.labelFont());
            l.setPosition(RectangleEdge.BOTTOM);
            l.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(ChartTheme.GRID);
        plot.setOutlineVisible(false);
        plot.getDomainAxis().setTickLabelFont(theme.tickFont());
        plot.getDomainAxis().setLabelFont(theme.labelFont());
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            if (plot.getRangeAxis(i) != null) {
                plot.getRangeAxis(i).setTickLabelFont(theme.tickFont());
                plot.getRangeAxis(i).setLabelFont(theme.labelFont());
            }
        }
        return chart;
    }
}
