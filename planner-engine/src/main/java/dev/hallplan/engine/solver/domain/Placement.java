package dev.hallplan.engine.solver.domain;


/**
 * The value of a replica slot: run {@code option} on {@code server}. The pair is the single
 * planning variable so that a move never leaves an option on a server model it was not made for
 * (see docs/decisions/0003-solver-model.md).
 */
public record Placement(ServerFact server, DeploymentOption option) {

    public Placement {
        if (server == null || option == null) {
            throw new IllegalArgumentException("placement needs a server and an option");
        }
    }

    public long capacityMilliRequestsPerSecond() {
        return Math.round(option.capacityRequestsPerSecond() * 1000);
    }

    public long activePowerWatts() {
        return Math.round(option.activePowerWatts());
    }
}
