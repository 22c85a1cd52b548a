package dev.hallplan.app.energy;

import dev.hallplan.app.workspace.ProjectEdit;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.supply.Battery;
import dev.hallplan.engine.supply.EnergySupply;
import dev.hallplan.engine.supply.HourlyProfile;
import dev.hallplan.engine.supply.RenewableSource;
import dev.hallplan.engine.supply.Tariff;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Edits of a hall's energy supply, each one undoable step. Values are checked by the supply
 * records themselves; a refused value changes nothing and its message says why. The plan is
 * kept (supply does not move replicas); the year simulation must be run again.
 */
public final class SupplyEdits {
    private SupplyEdits() {
    }

    /** An edit named {@code name} applying {@code change} to the supply of hall {@code hallId} of {@code scenarioName}. */
    static ProjectEdit supply(String name, String scenarioName, String hallId, UnaryOperator<EnergySupply> change) {
        return ProjectEdit.of(name + " of hall " + hallId, p -> {
            Scenario s = p.scenarioOrFirst(scenarioName);
            Hall h = s.hall(hallId).orElseThrow(() -> new IllegalArgumentException("no hall " + hallId + " in " + s.name()));
            EnergySupply changed = change.apply(h.supply());
            if (changed.equals(h.supply())) {
                return p;
            }
            Hall edited = h.withSupply(changed);
            return p.withScenario(s.withHalls(s.halls().stream().map(x -> x == h ? edited : x).toList()));
        });
    }

    /**
     * Grid tie-in, firm supply and (unless null) a constant grid carbon intensity, as one step.
     *
     * @param carbonGramsPerKwh nullable: keep the current intensity (e.g. an imported year)
     */
    public static ProjectEdit grid(String scenario, String hallId, double tieInWatts, double firmWatts, HourlyProfile carbonGramsPerKwh) {
        return supply("Set grid supply", scenario, hallId, s -> new EnergySupply(tieInWatts, firmWatts, s.renewables(),
                s.battery(), carbonGramsPerKwh == null ? s.gridCarbonGramsPerKwh() : carbonGramsPerKwh, s.tariff()));
    }

    public static ProjectEdit gridTieIn(String scenario, String hallId, double watts) {
        return supply("Set grid tie-in", scenario, hallId, s -> new EnergySupply(watts, s.firmSupplyWatts(), s.renewables(),
                s.battery(), s.gridCarbonGramsPerKwh(), s.tariff()));
    }

    public static ProjectEdit firmSupply(String scenario, String hallId, double watts) {
        return supply("Set firm supply", scenario, hallId, s -> new EnergySupply(s.gridTieInWatts(), watts, s.renewables(),
                s.battery(), s.gridCarbonGramsPerKwh(), s.tariff()));
    }

    /** Grid carbon intensity: a constant ({@code HourlyProfile.constant}) or an imported year, gCO2e/kWh. */
    public static ProjectEdit gridCarbon(String scenario, String hallId, HourlyProfile gramsPerKwh) {
        return supply("Set grid carbon intensity", scenario, hallId, s -> new EnergySupply(s.gridTieInWatts(),
                s.firmSupplyWatts(), s.renewables(), s.battery(), gramsPerKwh, s.tariff()));
    }

    public static ProjectEdit tariff(String scenario, String hallId, Tariff tariff) {
        return supply("Set tariff", scenario, hallId, s -> new EnergySupply(s.gridTieInWatts(), s.firmSupplyWatts(),
                s.renewables(), s.battery(), s.gridCarbonGramsPerKwh(), tariff));
    }

    /** @param battery the new battery; null removes it */
    public static ProjectEdit battery(String scenario, String hallId, Battery battery) {
        return supply(battery == null ? "Remove battery" : "Set battery", scenario, hallId, s -> new EnergySupply(
                s.gridTieInWatts(), s.firmSupplyWatts(), s.renewables(), battery, s.gridCarbonGramsPerKwh(), s.tariff()));
    }

    /**
     * Puts {@code source} in place of the source {@code replacedId}, or adds it when
     * {@code replacedId} is null. Refuses an id another source of the hall already has.
     */
    public static ProjectEdit putRenewable(String scenario, String hallId, String replacedId, RenewableSource source) {
        String name = replacedId == null ? "Add renewable " + source.id() : "Edit renewable " + replacedId;
        return supply(name, scenario, hallId, s -> {
            List<RenewableSource> list = new ArrayList<>();
            boolean replaced = false;
            for (RenewableSource r : s.renewables()) {
                if (r.id().equals(replacedId)) {
                    list.add(source);
                    replaced = true;
                } else if (r.id().equals(source.id())) {
                    throw new IllegalArgumentException("hall " + hallId + " already has a renewable source " + source.id());
                } else {
                    list.add(r);
                }
            }
            if (replacedId != null && !replaced) {
                throw new IllegalArgumentException("hall " + hallId + " has no renewable source " + replacedId);
            }
            if (!replaced) {
                list.add(source);
            }
            return withRenewables(s, list);
        });
    }

    public static ProjectEdit removeRenewable(String scenario, String hallId, String id) {
        return supply("Remove renewable " + id, scenario, hallId, s -> {
            List<RenewableSource> list = s.renewables().stream().filter(r -> !r.id().equals(id)).toList();
            if (list.size() == s.renewables().size()) {
                throw new IllegalArgumentException("hall " + hallId + " has no renewable source " + id);
            }
            return withRenewables(s, list);
        });
    }

    /** The source with an hourly capacity-factor year (imported), or with none (back to the synthetic profile). */
    static RenewableSource withProfile(RenewableSource r, HourlyProfile capacityFactors) {
        return new RenewableSource(r.id(), r.kind(), r.capacityWatts(), capacityFactors, r.latitudeDegrees(),
                r.annualCapacityFactor(), r.priceUsdPerMwh(), r.onSite());
    }

    private static EnergySupply withRenewables(EnergySupply s, List<RenewableSource> list) {
        return new EnergySupply(s.gridTieInWatts(), s.firmSupplyWatts(), list, s.battery(), s.gridCarbonGramsPerKwh(), s.tariff());
    }
}
