package dev.hallplan.engine.solver.domain;

/**
 * A mounted server (or rack-scale system) that replicas can run on.
 *
 * @param id                  the mounted equipment id, unique within the hall
 * @param modelId             catalog server model
 * @param acceleratorCount    accelerators it carries
 * @param idlePowerWatts      wall power when on and idle; drawn once the server hosts a replica
 * @param capexUsdPerYear     purchase price over the amortisation years, for the capex term
 */
public record ServerFact(String id, String modelId, RackFact rack, int acceleratorCount, long idlePowerWatts, double capexUsdPerYear) {

    public ServerFact {
        if (id == null || modelId == null || rack == null) {
            throw new IllegalArgumentException("server fact needs id, model and rack");
        }
        if (acceleratorCount < 1 || idlePowerWatts < 0 || capexUsdPerYear < 0) {
            throw new IllegalArgumentException("server " + id + ": needs accelerators, idle power and capex not negative");
        }
    }

    public HallFact hall() {
        return rack.hall();
    }

    /** Identity is the id and the hall. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ServerFact s && id.equals(s.id) && hall().equals(s.hall());
    }

    @Override
    public int hashCode() {
        return id.hashCode() * 31 + hall().hashCode();
    }
}
