package dev.hallplan.engine.facility;

/**
 * One sized fabric: a leaf/spine (or a single switch tier when the endpoints fit one switch).
 *
 * @param endpoints      server- or storage-side ports attached
 * @param leaves         leaf switches (for a rail-optimised fabric: summed over rails)
 * @param spines         spine switches (0 for a single tier)
 * @param links          switch links: endpoint-to-leaf plus leaf-to-spine
 * @param optics         transceivers, two per link
 * @param cables         cables, one per link
 * @param powerWatts     switches plus optics
 * @param rackUnits      switch rack space
 * @param priceUsd       switches, optics and cables at catalog prices
 * @param fitsTwoTiers   false when the endpoints exceed what two tiers of this switch can join
 *                       (then the counts are a lower bound and a third tier is needed)
 */
public record FabricSize(int endpoints, int leaves, int spines, int links, int optics, int cables, double powerWatts, int rackUnits,
        double priceUsd, boolean fitsTwoTiers) {

    public int switches() {
        return leaves + spines;
    }

    static FabricSize none() {
        return new FabricSize(0, 0, 0, 0, 0, 0, 0, 0, 0, true);
    }
}
