package dev.hallplan.engine.facility;

import dev.hallplan.catalog.NetworkDevice;

/**
 * Two-tier leaf/spine arithmetic. A leaf of k ports gives d = floor(k · s / (s + 1)) ports down
 * and k − d up at oversubscription s (s = 1: half and half, non-blocking). Each group of
 * endpoints (a rail, or the whole front end) gets its own leaves: ceil(endpoints / d). When all
 * endpoints fit one switch, that switch is the whole fabric. Spines = ceil(leaf uplinks / k).
 */
final class LeafSpine {
    private LeafSpine() {
    }

    static FabricSize size(int[] endpointsPerGroup, double oversubscription, NetworkDevice sw, NetworkDevice optic, NetworkDevice cable) {
        int k = sw.ports();
        int endpoints = 0;
        for (int e : endpointsPerGroup) {
            endpoints += e;
        }
        int leaves;
        int spines;
        int uplinks;
        boolean fits = true;
        if (endpoints <= k) {
            leaves = 1;
            spines = 0;
            uplinks = 0;
        } else {
            int down = Math.max(1, (int) Math.floor(k * oversubscription / (oversubscription + 1)));
            int up = k - down;
            leaves = 0;
            for (int e : endpointsPerGroup) {
                leaves += (e + down - 1) / down;
            }
            uplinks = leaves * up;
            spines = (uplinks + k - 1) / k;
            // a spine has k ports, one per leaf at most in a two-tier Clos
            fits = leaves <= k;
        }
        int links = endpoints + uplinks;
        int optics = 2 * links;
        int switches = leaves + spines;
        double power = switches * sw.powerWatts() + optics * optic.powerWatts();
        double price = switches * sw.priceUsd() + optics * optic.priceUsd() + links * cable.priceUsd();
        return new FabricSize(endpoints, leaves, spines, links, optics, links, power, switches * sw.rackUnits(), price, fits);
    }
}
