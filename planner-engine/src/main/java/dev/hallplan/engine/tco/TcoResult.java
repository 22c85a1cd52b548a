package dev.hallplan.engine.tco;

import java.util.List;
import java.util.OptionalDouble;

/**
 * A scenario's total cost of ownership: capex line items and the annual cost they and the energy
 * bill add up to (docs/tco.md). All money in USD.
 *
 * @param capexLines                     hardware lines then one FACILITY line
 * @param missingPriceIds                items counted at 0 for lack of a price (non-empty: the figures are too low)
 * @param criticalItWatts                the IT load the facility capex is priced on
 * @param hardwareCapexUsd               sum of all lines but FACILITY
 * @param facilityCapexUsd               criticalItWatts x facility $/W
 * @param hardwareAmortisationUsdPerYear hardware capex / amortisation years
 * @param facilityAmortisationUsdPerYear facility capex / facility amortisation years
 * @param maintenanceUsdPerYear          maintenance share x hardware capex
 * @param energyUsdPerYear               from the simulation
 * @param outputTokensPerYear            output tokens served
 * @param facilityEnergyJoulesPerYear    facility energy
 */
public record TcoResult(
        List<CapexLine> capexLines,
        List<String> missingPriceIds,
        double criticalItWatts,
        double hardwareCapexUsd,
        double facilityCapexUsd,
        double hardwareAmortisationUsdPerYear,
        double facilityAmortisationUsdPerYear,
        double maintenanceUsdPerYear,
        double energyUsdPerYear,
        double outputTokensPerYear,
        double facilityEnergyJoulesPerYear) {

    public TcoResult {
        capexLines = List.copyOf(capexLines);
        missingPriceIds = List.copyOf(missingPriceIds);
    }

    public double capexUsd() {
        return hardwareCapexUsd + facilityCapexUsd;
    }

    /** Amortisation + maintenance + energy. */
    public double annualTcoUsd() {
        return hardwareAmortisationUsdPerYear + facilityAmortisationUsdPerYear + maintenanceUsdPerYear + energyUsdPerYear;
    }

    /** True when some item had no price, so capex and TCO are understated. */
    public boolean incomplete() {
        return !missingPriceIds.isEmpty();
    }

    /** Annual TCO per million output tokens; empty when no tokens are served. */
    public OptionalDouble usdPerMillionOutputTokens() {
        return outputTokensPerYear > 0 ? OptionalDouble.of(annualTcoUsd() / (outputTokensPerYear / 1e6)) : OptionalDouble.empty();
    }

    /** Output tokens per kWh of facility energy; empty when no energy is used. */
    public OptionalDouble outputTokensPerKwh() {
        double kwh = facilityEnergyJoulesPerYear / 3.6e6;
        return kwh > 0 ? OptionalDouble.of(outputTokensPerYear / kwh) : OptionalDouble.empty();
    }
}
