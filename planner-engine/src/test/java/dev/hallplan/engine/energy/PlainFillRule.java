package dev.hallplan.engine.energy;

import dev.hallplan.engine.project.ReplicaPlacement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The documented fill rule written out plainly, as the reference the optimised fill is tested against. */
final class PlainFillRule {
    private PlainFillRule() {
    }

    /** Power at load {@code x} req/s: most efficient (J/request) first, linear power between idle and active, idle or off. */
    static double powerWatts(List<ReplicaPlacement> replicas, ReplicaPerformance p, boolean powerDown, double x) {
        List<ReplicaPlacement> order = new ArrayList<>(replicas);
        order.sort(Comparator.comparingDouble(r -> p.activePowerWatts(r) / p.capacityRequestsPerSecond(r)));
        double left = x;
        double watts = 0;
        for (ReplicaPlacement r : order) {
            double c = p.capacityRequestsPerSecond(r);
            double served = Math.min(left, c);
            left -= served;
            if (served > 0) {
                watts += p.idlePowerWatts(r) + (p.activePowerWatts(r) - p.idlePowerWatts(r)) * served / c;
            } else if (!powerDown) {
                watts += p.idlePowerWatts(r);
            }
        }
        return watts;
    }
}
