package dev.hallplan.engine.project;

/**
 * Where a hall stands, for data residency.
 *
 * @param countryCode   ISO 3166-1 alpha-2, e.g. "DE"
 * @param sovereignZone a zone that workloads may be restricted to, e.g. "EU", "US"
 */
public record Region(String countryCode, String sovereignZone) {
    public Region {
        if (countryCode == null || !countryCode.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("countryCode must be two upper-case letters (ISO 3166-1), was " + countryCode);
        }
        sovereignZone = sovereignZone == null ? "" : Checks.singleLine("sovereignZone", sovereignZone);
    }

    /** True when a workload allowing {@code allowed} (country codes or zones) may run here. */
    public boolean matches(String allowed) {
        return allowed.equals(countryCode) || allowed.equals(sovereignZone);
    }
}
