package dev.hallplan.engine.kpi;

import java.util.Objects;

/**
 * One labelled figure of a plan report, as every output shows it.
 *
 * @param figure    which figure (its label and quantity)
 * @param siValue   its value in SI units ({@link Quantity#siUnit()}); NaN when the plan has none (e.g. tokens of a
 *                  non-LLM plan)
 */
public record KeyFigure(Figure figure, double siValue) {
    public KeyFigure {
        Objects.requireNonNull(figure, "figure");
    }

    public String label() {
        return figure.label();
    }

    /** The value as text for people, the same in the CLI, the desktop and the PDF. */
    public String text() {
        return figure.quantity().text(siValue);
    }
}
