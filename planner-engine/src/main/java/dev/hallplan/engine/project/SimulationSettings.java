package dev.hallplan.engine.project;

/**
 * How the hourly year simulation treats a plan.
 *
 * @param powerDownIdleReplicas  true: servers that host no replica are off, and replicas not needed in
 *                               an hour are powered down (draw 0); false: both idle at idle power. The
 *                               solver, the facility model, the year simulation and the reports all
 *                               follow it ({@code facility.IdleServers})
 * @param shiftDeferrable        true: deferrable work may move to hours with surplus renewables
 * @param targetHeadroom         spare capacity above peak demand the plan should keep (0..1), e.g. 0.1
 */
public record SimulationSettings(boolean powerDownIdleReplicas, boolean shiftDeferrable, double targetHeadroom) {
    public static final SimulationSettings DEFAULTS = new SimulationSettings(false, true, 0.10);

    public SimulationSettings {
        Checks.fraction("targetHeadroom", targetHeadroom);
    }
}
