package dev.hallplan.engine.facility;

import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.project.SimulationSettings;

/**
 * What a server that hosts no replica draws: its catalog idle power (it stays on) or nothing (it
 * is powered down). One scenario setting, {@link SimulationSettings#powerDownIdleReplicas()},
 * read by the solver's facts, the facility model's plan load, the year simulation and the reports.
 */
public enum IdleServers {
    /** Every mounted server is on: unused ones draw idle power all year. */
    ON,
    /** Servers without a replica are off and draw nothing. */
    POWERED_DOWN;

    public static IdleServers of(SimulationSettings settings) {
        return settings.powerDownIdleReplicas() ? POWERED_DOWN : ON;
    }

    public static IdleServers of(Scenario scenario) {
        return of(scenario.simulation());
    }
}
