package dev.hallplan.app.charts;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * A place for one reports-module chart in a view: a jfreechart-fx {@link ChartViewer} (which
 * cannot show "no chart") with a placeholder text for when there is nothing to draw.
 */
public final class ChartSlot extends StackPane {
    private final ChartViewer viewer = new ChartViewer(new JFreeChart(new org.jfree.chart.plot.XYPlot()));
    private final Label placeholder;
    private JFreeChart chart;

    /** @param id the viewer's node id (tests look it up); the slot is {@code id + "-slot"} */
    public ChartSlot(String id, String placeholderText) {
        setId(id + "-slot");
        viewer.setId(id);
        placeholder = new Label(placeholderText);
        placeholder.getStyleClass().add("text-muted");
        setMinSize(120, 120);
        getChildren().addAll(viewer, placeholder);
        show(null);
    }

    /** Shows {@code newChart}; null shows the placeholder. */
    public void show(JFreeChart newChart) {
        chart = newChart;
        if (newChart != null) {
            viewer.setChart(newChart);
        }
        viewer.setVisible(newChart != null);
        placeholder.setVisible(newChart == null);
    }

    /** The chart shown; null while the placeholder shows. */
    public JFreeChart chart() {
        return chart;
    }
}
