package dev.hallplan.sweeps.results;

import dev.hallplan.reports.compare.MetricUnit;
import dev.hallplan.sweeps.point.PointResult;
import java.util.Objects;
import java.util.function.Function;

/**
 * One column of the sweep's result tables (Parquet, CSV and the workbook's point table).
 *
 * @param name   column name in Parquet and CSV: the engine's field name with its SI unit, e.g. {@code capexUsd}
 * @param label  header in the workbook, without the unit
 * @param type   how values are stored
 * @param unit   nullable: how the workbook shows a number (unit in the header, number format); null: as stored
 * @param value  the value of a result: a String, Integer or Double; null when it has none (a failed point's figures)
 */
public record ResultColumn(String name, String label, Type type, MetricUnit unit, Function<PointResult, Object> value) {

    public enum Type {
        TEXT, INTEGER, NUMBER
    }

    public ResultColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }

    /** The value of this column for {@code r}. */
    public Object of(PointResult r) {
        return value.apply(r);
    }

    /** The workbook header: the label and, when there is one, the display unit. */
    public String header() {
        return unit == null ? label : label + " (" + unit.header() + ")";
    }
}
