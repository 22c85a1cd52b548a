package dev.hallplan.reports.compare;

import java.util.List;
import java.util.OptionalInt;

/**
 * One price case across the compared scenarios.
 *
 * @param label               e.g. "energy price +20%"
 * @param energyDelta         relative energy price change (0.2 = +20%)
 * @param hardwareDelta       relative hardware price change
 * @param tcoUsd              TCO over the horizon per scenario, USD
 * @param usdPerMillionTokens cost per million output tokens per scenario, USD (NaN without tokens)
 * @param winner              scenario with the lowest TCO in this case, empty on a tie
 */
public record SensitivityRow(String label, double energyDelta, double hardwareDelta, List<Double> tcoUsd,
                             List<Double> usdPerMillionTokens, OptionalInt winner) {
    public SensitivityRow {
        tcoUsd = List.copyOf(tcoUsd);
        usdPerMillionTokens = List.copyOf(usdPerMillionTokens);
    }
}
