package dev.hallplan.engine.solver.domain;

/**
 * A mounted server (or rack-scale system) that replicas can run on.
 *
 * @param id                  the mounted equipment id, unique within the hall
 * @param modelId             catalog server model
 * @param acceleratorCount    accelerators it carries
 * @param idleWattsWhenUsed   wall power it adds once it hosts a replica: its catalog idle power when
 *                            unused servers are powered down, 0 when every server stays on (its idle
 *                            power is then in its rack's fixed load)
 * @param liquidShare         share of its heat its rack's liquid cooling carries (0..1,
 *                            {@code facility.HeatLoad#liquidShare}); the rest goes to room air
 * @param capexUsdPerYear     purchase price over the amortisation years, for the capex term
 */
public record ServerFact(String id, String modelId, RackFact rack, int acceleratorCount, long idleWattsWhenUsed,
        double liquidShare, double capexUsdPerYear) {

    public ServerFact {
        if (id == null || modelId == null || rack == null) {
            throw new IllegalArgumentException("server fact needs id, model and rack");
        }
        if (acceleratorCount < 1 || idleWattsWhenUsed < 0 || capexUsdPerYear < 0 || !(liquidShare >= 0 && liquidShare <= 1)) {
            throw new IllegalArgumentException("server " + id + ": needs accelerators, idle power and capex not negative, "
                    + "liquid share within 0..1");
        }
    }

    /** An air-cooled server (tests and hand-made problems). */
    public ServerFact(String id, String modelId, RackFact rack, int acceleratorCount, long idleWattsWhenUsed,
            double capexUsdPerYear) {
        this(id, modelId, rack, acceleratorCount, idleWattsWhenUsed, 0, capexUsdPerYear);
    }

    public HallFact hall() {
        return rack.hall();
    }

    /** What it draws with replicas adding {@code replicaWatts}: idle power when used plus their increments. */
    public long wattsWith(long replicaWatts) {
        return idleWattsWhenUsed + replicaWatts;
    }

    /** The liquid-carried part of {@link #wattsWith}, rounded to whole watts. */
    public long liquidWattsWith(long replicaWatts) {
        return Math.round(wattsWith(replicaWatts) * liquidShare);
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
