package dev.hallplan.engine.project;

/**
 * Money assumptions of a scenario for TCO.
 *
 * @param amortisationYears                 straight-line years for hardware capex
 * @param facilityCapexUsdPerWatt           building, power and cooling capex per watt of critical IT load
 * @param maintenanceShareOfCapexPerYear    yearly maintenance as a share of hardware capex
 * @param facilityAmortisationYears         straight-line years for facility capex
 */
public record FinancialAssumptions(
        double amortisationYears,
        double facilityCapexUsdPerWatt,
        double maintenanceShareOfCapexPerYear,
        double facilityAmortisationYears) {

    /**
     * Defaults: 5-year hardware life, $11/W facility (the often-quoted $10-12M per MW of critical
     * load for new hyperscale build, an ESTIMATE), 5% maintenance, 15-year facility life.
     */
    public static final FinancialAssumptions DEFAULTS = new FinancialAssumptions(5, 11.0, 0.05, 15);

    public FinancialAssumptions {
        Checks.positive("amortisationYears", amortisationYears);
        Checks.nonNegative("facilityCapexUsdPerWatt", facilityCapexUsdPerWatt);
        Checks.fraction("maintenanceShareOfCapexPerYear", maintenanceShareOfCapexPerYear);
        Checks.positive("facilityAmortisationYears", facilityAmortisationYears);
    }
}
