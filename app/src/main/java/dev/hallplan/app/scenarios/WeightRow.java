package dev.hallplan.app.scenarios;

/**
 * One solver constraint and its weight multiplier in the selected scenario.
 *
 * @param multiplier the scenario's multiplier; 1 when it keeps the default weight
 * @param isDefault  true when the scenario does not set it
 */
public record WeightRow(String constraint, double multiplier, boolean isDefault) {
}
