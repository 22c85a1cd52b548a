package dev.hallplan.engine.solver.domain;

import java.util.List;

/**
 * Constraint names as people read them: they appear in the UI, in reports and as the keys of
 * {@code Scenario.constraintWeights()} in the project file.
 */
public final class ConstraintNames {
    // Hard
    public static final String ACCELERATOR_SLOTS = "Accelerator slots";
    public static final String OPTION_MATCHES_SERVER = "Operating point fits the server model";
    public static final String RACK_POWER = "Rack power limit";
    public static final String RACK_FEED = "Rack feed capacity";
    public static final String RACK_HEAT = "Rack heat limit";
    public static final String ROW_COOLING = "Row cooling capacity";
    public static final String HALL_POWER = "Hall power supply";
    public static final String FIXED_LOAD = "Fixed load within limits";
    public static final String REGION_AND_COMPLIANCE = "Region and compliance";
    public static final String DEDICATED_SERVER = "Tenant isolation: dedicated server";
    public static final String DEDICATED_RACK = "Tenant isolation: dedicated rack";
    public static final String SPREAD_OVER_RACKS = "Replicas span two racks";
    // Medium
    public static final String UNMET_DEMAND = "Unmet peak demand";
    public static final String UNSERVABLE_DEMAND = "Demand no hall can serve";
    // Soft
    public static final String ENERGY_COST = "Energy cost";
    public static final String GRID_CARBON = "Grid carbon";
    public static final String HARDWARE_CAPEX = "Hardware capex";
    public static final String OVER_PROVISIONING = "Over-provisioning";
    public static final String FRAGMENTATION = "Fragmentation";
    public static final String PREFERRED_OPTION = "Preferred operating option";

    /**
     * Not a constraint: the hard violation of a plan's replica that cannot run as planned (unknown
     * workload or server, an operating point that does not fit or misses its latency target),
     * found when a plan made by hand is checked.
     */
    public static final String REPLICA_AS_PLANNED = "Replica runs as planned";

    /** Every name, Hard first, in the order of the constraint provider. */
    public static final List<String> ALL = List.of(
            ACCELERATOR_SLOTS, OPTION_MATCHES_SERVER, RACK_POWER, RACK_FEED, RACK_HEAT, ROW_COOLING, HALL_POWER,
            FIXED_LOAD, REGION_AND_COMPLIANCE, DEDICATED_SERVER, DEDICATED_RACK, SPREAD_OVER_RACKS,
            UNMET_DEMAND, UNSERVABLE_DEMAND,
            ENERGY_COST, GRID_CARBON, HARDWARE_CAPEX, OVER_PROVISIONING, FRAGMENTATION, PREFERRED_OPTION);

    private ConstraintNames() {
    }
}
