package dev.hallplan.reports.charts;

import java.awt.Graphics2D;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.ui.RectangleEdge;

/** A category axis that labels every n-th category only (e.g. hours 00, 03, 06 … of a day), so narrow charts stay legible. */
final class EveryNthCategoryAxis extends CategoryAxis {
    private final int every;

    EveryNthCategoryAxis(String label, int every) {
        super(label);
        if (every < 1) {
            throw new IllegalArgumentException("every must be 1 or more, was " + every);
        }
        this.every = every;
    }

    @Override
    protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
        int index = getPlot() instanceof org.jfree.chart.plot.CategoryPlot p && p.getDataset() != null
                ? p.getDataset().getColumnIndex(category) : 0;
        return index % every == 0 ? super.createLabel(category, width * every, edge, g2) : new TextBlock();
    }
}
