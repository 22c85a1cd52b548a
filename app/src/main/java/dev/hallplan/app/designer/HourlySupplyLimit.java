package dev.hallplan.app.designer;

import dev.hallplan.engine.energy.SupplyAdequacy;
import dev.hallplan.engine.supply.EnergySupply;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The largest constant IT load a hall's supply carries in every hour of the simulated year
 * ({@link SupplyAdequacy#largestConstantItWatts}: the model the solver and the report use), at
 * the hall's monthly PUE. The supply's model (its hourly renewable output) is kept per supply
 * record, which rack edits leave as it is; the limit itself is a bisection of year dispatches
 * (about a millisecond).
 */
final class HourlySupplyLimit {
    private static final int KEPT = 8;
    private final Map<EnergySupply, SupplyAdequacy> models = new IdentityHashMap<>();

    /** IT watts carried every hour; +infinity when no load up to 10^15 W is too much. */
    double itWatts(EnergySupply supply, List<Double> monthlyPue) {
        SupplyAdequacy model = models.get(supply);
        if (model == null) {
            if (models.size() >= KEPT) {
                models.clear();
            }
            model = SupplyAdequacy.of(supply);
            models.put(supply, model);
        }
        return model.largestConstantItWatts(monthlyPue.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
