package dev.hallplan.engine.energy;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.supply.EnergySupply;
import dev.hallplan.engine.supply.FirmSupply;
import java.util.List;
import java.util.function.Function;

/**
 * One hall of a scenario simulated over a year: the plan's IT load ({@link PlanLoadModel}), the
 * hall's supply ({@link SupplyProfiles}) and {@link YearSimulator}. Firm on-site supply uses the
 * gas estimates of {@link FirmSupply#gasEstimate}.
 */
public final class HallSimulation {
    private HallSimulation() {
    }

    /** The simulation and the IT load it ran on (for tokens and requests served). */
    public record HallYear(String hallId, HallItLoad itLoad, SimulationResult result) {
    }

    /**
     * @param pue  the hall's PUE curve (the facility model's, or a constant)
     */
    public static HallYear run(Scenario scenario, Hall hall, Catalog catalog, ReplicaPerformance perf, PueFunction pue) {
        HallItLoad load = PlanLoadModel.forHall(scenario, hall, catalog, perf);
        SupplyProfiles supply = SupplyProfiles.of(hall.supply());
        return new HallYear(hall.id(), load, YearSimulator.run(input(load, supply, hall.supply(), pue,
                scenario.simulation().shiftDeferrable())));
    }

    /**
     * Every hall of {@code scenario}, in scenario order.
     *
     * @param pueOfHall  the PUE curve of each hall (the facility model's, or a constant)
     */
    public static List<HallYear> runAll(Scenario scenario, Catalog catalog, ReplicaPerformance perf,
                                        Function<Hall, PueFunction> pueOfHall) {
        return scenario.halls().stream()
                .map(hall -> run(scenario, hall, catalog, perf, pueOfHall.apply(hall)))
                .toList();
    }

    /** The simulation input for prepared load and supply arrays. */
    public static SimulationInput input(HallItLoad load, SupplyProfiles profiles, EnergySupply supply,
                                        PueFunction pue, boolean shiftDeferrable) {
        return new SimulationInput(load.firmWatts(), load.deferrableWatts(), load.spareWatts(), pue,
                profiles.renewableWatts(), profiles.renewablePriceUsdPerMwh(), profiles.gridCarbonGramsPerKwh(),
                null, profiles.tariffUsdPerMwh(), supply.tariff().demandChargeUsdPerKwMonth(),
                supply.gridTieInWatts(), FirmSupply.gasEstimate(supply.firmSupplyWatts()), supply.battery(),
                shiftDeferrable, profiles.deliveredWatts());
    }
}
