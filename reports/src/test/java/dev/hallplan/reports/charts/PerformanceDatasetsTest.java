package dev.hallplan.reports.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.CatalogLoader;
import dev.hallplan.catalog.Precision;
import dev.hallplan.engine.perf.Estimate;
import dev.hallplan.engine.perf.EstimateRequest;
import dev.hallplan.engine.perf.Estimator;
import dev.hallplan.engine.perf.ModelZoo;
import dev.hallplan.engine.perf.Parallelism;
import dev.hallplan.engine.project.Demand;
import dev.hallplan.engine.supply.HourlyProfile;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

class PerformanceDatasetsTest {
    @Test
    void aDailyShapeRepeatsAndTheWeekIsInRequestsPerSecond() {
        double[] day = new double[24];
        day[20] = 1;
        day[3] = 0.25;
        XYSeriesCollection week = DemandProfileDataset.week(new Demand(40, HourlyProfile.of(day)));
        assertEquals(168, week.getItemCount(0));
        assertEquals(40, week.getYValue(0, 20), 1e-12);
        assertEquals(40, week.getYValue(0, 24 * 6 + 20), 1e-12);
        assertEquals(10, week.getYValue(0, 24 + 3), 1e-12);
    }

    @Test
    void aYearShowsTheMondayStartedWeekOfItsBusiestHour() {
        double[] year = new double[8760];
        java.util.Arrays.fill(year, 0.5);
        year[1000] = 1;
        // hour 1000 lies in week 5 (hours 840..1007)
        assertEquals(840, DemandProfileDataset.firstHourShown(HourlyProfile.of(year)));
        XYSeriesCollection week = DemandProfileDataset.week(new Demand(8, HourlyProfile.of(year)));
        assertEquals(8, week.getYValue(0, 160), 1e-12);
        year[1000] = 0.5;
        year[8759] = 1;
        // the last partial week is not shown alone: the last 168 hours are
        assertEquals(8760 - 168, DemandProfileDataset.firstHourShown(HourlyProfile.of(year)));
    }

    @Test
    void curvesArePerAcceleratorWithTheEstimatesBandAsTheInterval() {
        Catalog catalog = CatalogLoader.builtIn();
        EstimateRequest r = EstimateRequest.of(ModelZoo.builtIn().require("llama-3.1-70b"),
                catalog.accelerator("nvidia-h100-sxm").orElseThrow(), catalog.engine("vllm").orElseThrow())
                .withPrecision(Precision.FP8).withParallelism(new Parallelism(2, 1, 1));
        List<Estimate> points = Estimator.latencyThroughputCurve(r, 64);
        YIntervalSeriesCollection data = LatencyThroughputDataset.of(
                List.of(new LatencyThroughputDataset.Curve("H100 TP2", points)), LatencyThroughputDataset.Latency.TPOT);
        assertEquals(points.size(), data.getItemCount(0));
        Estimate e = points.get(2);
        assertEquals(1000 * e.tpotSeconds(), data.getXValue(0, 2), 1e-9);
        // two accelerators in the replica: each serves half of its tokens/s
        assertEquals(e.outputTokensPerSecond() / 2, data.getYValue(0, 2), 1e-9);
        assertEquals(e.low() / 2, data.getStartYValue(0, 2), 1e-9);
        assertEquals(e.high() / 2, data.getEndYValue(0, 2), 1e-9);

        JFreeChart chart = new PerformanceCharts(ChartTheme.standard()).latencyThroughput(data,
                LatencyThroughputDataset.Latency.TPOT, true, 200, List.of(new PerformanceCharts.Mark(0,
                        1000 * e.tpotSeconds(), e.outputTokensPerSecond() / 2, "best")));
        BufferedImage image = chart.createBufferedImage(600, 400);
        assertNotNull(image);
        assertEquals(2, chart.getXYPlot().getDatasetCount(), "the curves and the marked best points");
    }
}
