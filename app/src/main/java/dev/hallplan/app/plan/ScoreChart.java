package dev.hallplan.app.plan;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

/** The live chart of a solve: the best plan's soft score (cost, higher is better) over elapsed seconds. */
final class ScoreChart extends LineChart<Number, Number> {
    private final XYChart.Series<Number, Number> soft = new XYChart.Series<>();

    ScoreChart(ObservableList<ScorePoint> points) {
        super(new NumberAxis(), new NumberAxis());
        setId("score-chart");
        getXAxis().setLabel("Elapsed (s)");
        getYAxis().setLabel("Soft score");
        ((NumberAxis) getYAxis()).setForceZeroInRange(false);
        setAnimated(false);
        setCreateSymbols(false);
        setLegendVisible(false);
        setPrefHeight(170);
        setMinHeight(120);
        soft.setName("soft score");
        getData().add(soft);
        points.addListener((ListChangeListener<ScorePoint>) c -> {
            while (c.next()) {
                if (c.wasRemoved() || c.wasReplaced() || c.getFrom() != soft.getData().size()) {
                    redraw(points);
                    return;
                }
                c.getAddedSubList().forEach(p -> soft.getData().add(point(p)));
            }
        });
        redraw(points);
    }

    private void redraw(ObservableList<ScorePoint> points) {
        soft.getData().setAll(points.stream().map(ScoreChart::point).toList());
    }

    private static XYChart.Data<Number, Number> point(ScorePoint p) {
        return new XYChart.Data<>(p.elapsedSeconds(), p.softScore());
    }
}
