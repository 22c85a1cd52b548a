package dev.hallplan.engine.kpi;

/**
 * What a plan costs (docs/tco.md).
 *
 * @param capexUsd                   hardware and facility capital cost
 * @param annualOpexUsd              energy plus maintenance per year
 * @param annualTcoUsd               amortised capex plus opex per year
 * @param usdPerMillionOutputTokens  annual TCO / (annual output tokens / 1e6); NaN without LLM output
 * @param annualEnergyCostUsd        the simulated year's energy bill (grid energy and demand charges,
 *                                   renewables take-or-pay, firm supply): opex's energy part
 */
public record CostFigures(double capexUsd, double annualOpexUsd, double annualTcoUsd, double usdPerMillionOutputTokens,
        double annualEnergyCostUsd) {

    /**
     * Output tokens per USD: the inverse of a cost per million output tokens, 1e6 / usdPerMillion;
     * NaN when that is NaN (no LLM output) or not positive.
     */
    public static double tokensPerUsd(double usdPerMillionOutputTokens) {
        return usdPerMillionOutputTokens > 0 ? 1e6 / usdPerMillionOutputTokens : Double.NaN;
    }
}
