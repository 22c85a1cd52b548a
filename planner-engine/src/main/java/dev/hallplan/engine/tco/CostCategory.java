package dev.hallplan.engine.tco;

/** Groups of capex line items, in the order a cost breakdown shows them. */
public enum CostCategory {
    SERVERS, NETWORK, STORAGE, RACKS, RACK_PDUS, POWER_EQUIPMENT, COOLING, BATTERY,
    /** Building, power and cooling plant priced per watt of critical IT load. */
    FACILITY
}
