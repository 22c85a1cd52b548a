package dev.hallplan.reports.charts;

import dev.hallplan.engine.perf.Estimate;
import java.util.List;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Latency against throughput per accelerator, one series per chip, from the estimator's points
 * of a batch sweep: x = latency in milliseconds (TPOT or TTFT for LLMs, query latency for one-pass
 * models), y = the primary rate per accelerator (output tokens/s for LLMs, queries/s otherwise)
 * with the estimate's band (low..high) as the interval, drawn as a ribbon.
 */
public final class LatencyThroughputDataset {
    /** Which latency the x axis shows. */
    public enum Latency {
        /** Time per output token (LLMs). */
        TPOT("TPOT (ms)"),
        /** Time to first token (LLMs), or the query latency of one-pass models. */
        TTFT("TTFT / query latency (ms)");

        private final String axisLabel;

        Latency(String axisLabel) {
            this.axisLabel = axisLabel;
        }

        public String axisLabel() {
            return axisLabel;
        }

        /** This latency of {@code e} in milliseconds (one-pass models have no TPOT: their query latency). */
        public double millis(Estimate e) {
            return 1000 * (this == TPOT && e.tokensGenerated() ? e.tpotSeconds() : e.ttftSeconds());
        }
    }

    /** One chip's curve: its label (the legend) and the estimates at batch 1, 2, 4, ... */
    public record Curve(String label, List<Estimate> points) {
        public Curve {
            points = List.copyOf(points);
        }
    }

    private LatencyThroughputDataset() {
    }

    /** One series per curve, in order; points that do not fit are left out. */
    public static YIntervalSeriesCollection of(List<Curve> curves, Latency latency) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (Curve c : curves) {
            YIntervalSeries s = new YIntervalSeries(c.label(), false, true);
            for (Estimate e : c.points()) {
                if (e.fits()) {
                    double perDevice = 1.0 / e.devices();
                    s.add(latency.millis(e), e.primaryRate() * perDevice, e.low() * perDevice, e.high() * perDevice);
                }
            }
            data.addSeries(s);
        }
        return data;
    }

    /** The y-axis label: "Output tokens/s per accelerator" or "Queries/s per accelerator". */
    public static String rateLabel(boolean tokens) {
        return tokens ? "Output tokens/s per accelerator" : "Queries/s per accelerator";
    }
}
