package dev.hallplan.engine.kpi;

/** One assumption behind the plan's numbers, with where it comes from (Assumptions sheet, PDF appendix). */
public record Assumption(String category, String name, String value, String source) {
}
