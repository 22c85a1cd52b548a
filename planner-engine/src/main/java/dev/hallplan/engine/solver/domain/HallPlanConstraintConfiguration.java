package dev.hallplan.engine.solver.domain;

import static dev.hallplan.engine.solver.domain.ConstraintNames.*;

import java.util.LinkedHashMap;
import java.util.Map;
import org.optaplanner.core.api.domain.constraintweight.ConstraintConfiguration;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * Every constraint weight in one place. Match weights are in natural units (watts of overflow,
 * accelerators, milli-requests per second times priority, US cents per year, kg CO2e per year);
 * the weights here turn them into score. A project overrides them with multipliers from
 * {@code Scenario.constraintWeights()} (name to multiplier, see {@link #withMultipliers(Map)}).
 */
@ConstraintConfiguration
public class HallPlanConstraintConfiguration {

    /** The default weights; see docs/solver.md for why each is what it is. */
    public static final Map<String, HardMediumSoftLongScore> DEFAULT_WEIGHTS = defaults();

    @ConstraintWeight(ACCELERATOR_SLOTS)
    private HardMediumSoftLongScore acceleratorSlots;
    @ConstraintWeight(OPTION_MATCHES_SERVER)
    private HardMediumSoftLongScore optionMatchesServer;
    @ConstraintWeight(RACK_POWER)
    private HardMediumSoftLongScore rackPower;
    @ConstraintWeight(RACK_FEED)
    private HardMediumSoftLongScore rackFeed;
    @ConstraintWeight(RACK_HEAT)
    private HardMediumSoftLongScore rackHeat;
    @ConstraintWeight(ROW_COOLING)
    private HardMediumSoftLongScore rowCooling;
    @ConstraintWeight(HALL_POWER)
    private HardMediumSoftLongScore hallPower;
    @ConstraintWeight(FIXED_LOAD)
    private HardMediumSoftLongScore fixedLoad;
    @ConstraintWeight(REGION_AND_COMPLIANCE)
    private HardMediumSoftLongScore regionAndCompliance;
    @ConstraintWeight(DEDICATED_SERVER)
    private HardMediumSoftLongScore dedicatedServer;
    @ConstraintWeight(DEDICATED_RACK)
    private HardMediumSoftLongScore dedicatedRack;
    @ConstraintWeight(SPREAD_OVER_RACKS)
    private HardMediumSoftLongScore spreadOverRacks;
    @ConstraintWeight(UNMET_DEMAND)
    private HardMediumSoftLongScore unmetDemand;
    @ConstraintWeight(UNSERVABLE_DEMAND)
    private HardMediumSoftLongScore unservableDemand;
    @ConstraintWeight(ENERGY_COST)
    private HardMediumSoftLongScore energyCost;
    @ConstraintWeight(GRID_CARBON)
    private HardMediumSoftLongScore gridCarbon;
    @ConstraintWeight(HARDWARE_CAPEX)
    private HardMediumSoftLongScore hardwareCapex;
    @ConstraintWeight(OVER_PROVISIONING)
    private HardMediumSoftLongScore overProvisioning;
    @ConstraintWeight(FRAGMENTATION)
    private HardMediumSoftLongScore fragmentation;
    @ConstraintWeight(PREFERRED_OPTION)
    private HardMediumSoftLongScore preferredOption;

    /** The default weights. */
    public HallPlanConstraintConfiguration() {
        this(DEFAULT_WEIGHTS);
    }

    private HallPlanConstraintConfiguration(Map<String, HardMediumSoftLongScore> w) {
        acceleratorSlots = w.get(ACCELERATOR_SLOTS);
        optionMatchesServer = w.get(OPTION_MATCHES_SERVER);
        rackPower = w.get(RACK_POWER);
        rackFeed = w.get(RACK_FEED);
        rackHeat = w.get(RACK_HEAT);
        rowCooling = w.get(ROW_COOLING);
        hallPower = w.get(HALL_POWER);
        fixedLoad = w.get(FIXED_LOAD);
        regionAndCompliance = w.get(REGION_AND_COMPLIANCE);
        dedicatedServer = w.get(DEDICATED_SERVER);
        dedicatedRack = w.get(DEDICATED_RACK);
        spreadOverRacks = w.get(SPREAD_OVER_RACKS);
        unmetDemand = w.get(UNMET_DEMAND);
        unservableDemand = w.get(UNSERVABLE_DEMAND);
        energyCost = w.get(ENERGY_COST);
        gridCarbon = w.get(GRID_CARBON);
        hardwareCapex = w.get(HARDWARE_CAPEX);
        overProvisioning = w.get(OVER_PROVISIONING);
        fragmentation = w.get(FRAGMENTATION);
        preferredOption = w.get(PREFERRED_OPTION);
    }

    /**
     * The default weights scaled by {@code multipliers} (constraint name to a factor of 0 or more;
     * 0 switches a constraint off). Unknown names are rejected so a typo in a project file is seen.
     */
    public static HallPlanConstraintConfiguration withMultipliers(Map<String, Double> multipliers) {
        Map<String, HardMediumSoftLongScore> weights = new LinkedHashMap<>(DEFAULT_WEIGHTS);
        multipliers.forEach((name, factor) -> {
            HardMediumSoftLongScore base = weights.get(name);
            if (base == null) {
                throw new IllegalArgumentException("constraintWeights: unknown constraint \"" + name
                        + "\"; known: " + ConstraintNames.ALL);
            }
            if (factor == null || !(factor >= 0) || factor.isInfinite()) {
                throw new IllegalArgumentException("constraintWeights: \"" + name + "\" must be 0 or more, was " + factor);
            }
            weights.put(name, HardMediumSoftLongScore.of(
                    Math.round(base.hardScore() * factor),
                    Math.round(base.mediumScore() * factor),
                    Math.round(base.softScore() * factor)));
        });
        return new HallPlanConstraintConfiguration(weights);
    }

    /** The weight in force for {@code name}. */
    public HardMediumSoftLongScore weightOf(String name) {
        return current().get(name);
    }

    private Map<String, HardMediumSoftLongScore> current() {
        Map<String, HardMediumSoftLongScore> m = new LinkedHashMap<>();
        m.put(ACCELERATOR_SLOTS, acceleratorSlots);
        m.put(OPTION_MATCHES_SERVER, optionMatchesServer);
        m.put(RACK_POWER, rackPower);
        m.put(RACK_FEED, rackFeed);
        m.put(RACK_HEAT, rackHeat);
        m.put(ROW_COOLING, rowCooling);
        m.put(HALL_POWER, hallPower);
        m.put(FIXED_LOAD, fixedLoad);
        m.put(REGION_AND_COMPLIANCE, regionAndCompliance);
        m.put(DEDICATED_SERVER, dedicatedServer);
        m.put(DEDICATED_RACK, dedicatedRack);
        m.put(SPREAD_OVER_RACKS, spreadOverRacks);
        m.put(UNMET_DEMAND, unmetDemand);
        m.put(UNSERVABLE_DEMAND, unservableDemand);
        m.put(ENERGY_COST, energyCost);
        m.put(GRID_CARBON, gridCarbon);
        m.put(HARDWARE_CAPEX, hardwareCapex);
        m.put(OVER_PROVISIONING, overProvisioning);
        m.put(FRAGMENTATION, fragmentation);
        m.put(PREFERRED_OPTION, preferredOption);
        return m;
    }

    private static Map<String, HardMediumSoftLongScore> defaults() {
        Map<String, HardMediumSoftLongScore> m = new LinkedHashMap<>();
        // Hard: overflow watts count 1 each; a rule broken once counts like 1 kW over a limit.
        m.put(ACCELERATOR_SLOTS, HardMediumSoftLongScore.ofHard(1_000));
        m.put(OPTION_MATCHES_SERVER, HardMediumSoftLongScore.ofHard(1_000));
        m.put(RACK_POWER, HardMediumSoftLongScore.ofHard(1));
        m.put(RACK_FEED, HardMediumSoftLongScore.ofHard(1));
        m.put(RACK_HEAT, HardMediumSoftLongScore.ofHard(1));
        m.put(ROW_COOLING, HardMediumSoftLongScore.ofHard(1));
        m.put(HALL_POWER, HardMediumSoftLongScore.ofHard(1));
        m.put(FIXED_LOAD, HardMediumSoftLongScore.ofHard(1));
        m.put(REGION_AND_COMPLIANCE, HardMediumSoftLongScore.ofHard(1_000));
        m.put(DEDICATED_SERVER, HardMediumSoftLongScore.ofHard(1_000));
        m.put(DEDICATED_RACK, HardMediumSoftLongScore.ofHard(1_000));
        m.put(SPREAD_OVER_RACKS, HardMediumSoftLongScore.ofHard(1_000));
        // Medium: one milli-request per second unmet, times the workload's priority.
        m.put(UNMET_DEMAND, HardMediumSoftLongScore.ofMedium(1));
        m.put(UNSERVABLE_DEMAND, HardMediumSoftLongScore.ofMedium(1));
        // Soft, in US cents per year: energy and amortised capex count at face value; carbon at
        // 10 cents per kg ($100/t CO2e, an assumed internal carbon price); over-provisioning at
        // 1 per milli-request/s (a tie-breaker: its real cost is already in energy and capex);
        // fragmentation at $1,000 per year per idle accelerator on a used server.
        m.put(ENERGY_COST, HardMediumSoftLongScore.ofSoft(1));
        m.put(GRID_CARBON, HardMediumSoftLongScore.ofSoft(10));
        m.put(HARDWARE_CAPEX, HardMediumSoftLongScore.ofSoft(1));
        m.put(OVER_PROVISIONING, HardMediumSoftLongScore.ofSoft(1));
        m.put(FRAGMENTATION, HardMediumSoftLongScore.ofSoft(100_000));
        // $100,000 per year per accelerator of a replica off its workload's preferred option: more
        // than the capex a used server adds (hardware capex counts whole servers: the catalog's HGX
        // H200 at $312,667 over the default 5 years is $62,500 a year) even for a one-accelerator
        // replica, plus its energy (~$10,000 a year for 10 kW at $100/MWh), so the preference wins
        // between hardware that both fit, yet stays soft: hard rules and unmet demand come first.
        m.put(PREFERRED_OPTION, HardMediumSoftLongScore.ofSoft(10_000_000));
        return java.util.Collections.unmodifiableMap(m);
    }
}
