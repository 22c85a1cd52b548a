package dev.hallplan.engine.kpi;

import java.util.ArrayList;
import java.util.List;

/**
 * The one presenter of a plan's headline figures: the ordered list of labelled figures that the
 * command line (text and JSON), the desktop's plan panel, the workbook's Summary sheet and the
 * PDF's first page all show. Built from the {@link PlanReport}, never recomputed.
 */
public final class KeyFigures {
    private KeyFigures() {
    }

    /** Every {@link Figure} of {@code report}, in {@link Figure} order. */
    public static List<KeyFigure> of(PlanReport report) {
        return of(report.kpis());
    }

    /** The {@link Figure#headline()} figures of {@code report}, in {@link Figure} order: the PDF's key-figure tiles. */
    public static List<KeyFigure> headline(PlanReport report) {
        return of(report).stream().filter(f -> f.figure().headline()).toList();
    }

    /** Every {@link Figure} of {@code kpis}, in {@link Figure} order. */
    public static List<KeyFigure> of(PlanKpis kpis) {
        List<KeyFigure> out = new ArrayList<>(Figure.values().length);
        for (Figure f : Figure.values()) {
            out.add(new KeyFigure(f, f.valueIn(kpis)));
        }
        return List.copyOf(out);
    }
}
