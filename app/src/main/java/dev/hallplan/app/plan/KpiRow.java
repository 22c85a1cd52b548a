package dev.hallplan.app.plan;

/** One line of the plan's key figures: a label and its value as text (formatted by UnitFormat). */
public record KpiRow(String label, String value) {
}
