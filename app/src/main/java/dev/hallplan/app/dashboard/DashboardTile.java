package dev.hallplan.app.dashboard;

import dev.hallplan.engine.kpi.Figure;
import java.util.Objects;

/**
 * One tile of the dashboard: a key figure as the engine's {@code KeyFigure} gives it.
 *
 * @param value    the figure's text ({@code KeyFigure.text()}, the same as CLI, workbook and PDF)
 * @param siValue  the figure's SI value
 * @param tooltip  how the figure is computed and the assumptions it reads
 */
public record DashboardTile(Figure figure, String label, String value, double siValue, String tooltip) {
    public DashboardTile {
        Objects.requireNonNull(figure, "figure");
    }
}
