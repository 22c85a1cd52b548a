package dev.hallplan.engine.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hallplan.engine.project.ReplicaPlacement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReplicaFillTest {
    /** Replicas "r0".."r{n-1}" with capacities, active and idle power drawn from the seed. */
    private static ReplicaPerformance randomPerformance(long seed, int n, List<ReplicaPlacement> out) {
        Random random = new Random(seed);
        double[] cap = new double[n];
        double[] act = new double[n];
        double[] idl = new double[n];
        for (int i = 0; i < n; i++) {
            cap[i] = 1 + random.nextInt(30);
            act[i] = 500 + random.nextInt(9500);
            idl[i] = act[i] * random.nextDouble() * 0.5;
            out.add(TestHalls.replica("r" + i, "w", "h", "s" + i));
        }
        return new ReplicaPerformance() {
            @Override
            public double capacityRequestsPerSecond(ReplicaPlacement r) {
                return cap[Integer.parseInt(r.id().substring(1))];
            }

            @Override
            public double activePowerWatts(ReplicaPlacement r) {
                return act[Integer.parseInt(r.id().substring(1))];
            }

            @Override
            public double idlePowerWatts(ReplicaPlacement r) {
                return idl[Integer.parseInt(r.id().substring(1))];
            }
        };
    }

    @Test
    void fastFillMatchesThePlainRuleForMixedReplicas() {
        for (boolean powerDown : new boolean[] {false, true}) {
            List<ReplicaPlacement> replicas = new ArrayList<>();
            ReplicaPerformance perf = randomPerformance(3, 40, replicas);
            ReplicaFill fill = new ReplicaFill(replicas, perf, powerDown);
            double total = fill.capacityRequestsPerSecond();
            // Capacities are whole numbers, so every breakpoint is an integer load: test all of them
            // (0..total) and random loads between, plus a load beyond capacity.
            int whole = (int) total;
            double[] x = new double[whole + 1 + 300 + 1];
            Random random = new Random(5);
            for (int i = 0; i < x.length; i++) {
                x[i] = i <= whole ? i : random.nextDouble() * total;
            }
            x[x.length - 1] = total * 2;
            double[] out = new double[x.length];
            fill.powerWatts(x, x.length, 1.0, out);
            for (int i = 0; i < x.length; i++) {
                assertEquals(PlainFillRule.powerWatts(replicas, perf, powerDown, Math.min(x[i], total)), out[i], 1e-6,
                        "load " + x[i] + " powerDown " + powerDown);
            }
        }
    }

    @Test
    void identicalReplicasUseTheSameRule() {
        List<ReplicaPlacement> replicas = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            replicas.add(TestHalls.replica("r" + i, "w", "h", "s" + i));
        }
        ReplicaPerformance perf = TestHalls.fixedPerformance(10, 1000, 200);
        for (boolean powerDown : new boolean[] {false, true}) {
            ReplicaFill fill = new ReplicaFill(replicas, perf, powerDown);
            for (double x : new double[] {0, 5, 10, 23.5, 50}) {
                assertEquals(PlainFillRule.powerWatts(replicas, perf, powerDown, x), fill.powerWatts(x), 1e-9, "load " + x);
            }
        }
    }

    @Test
    void replicasFarSmallerThanTheRestFallBackToASearchWithTheSameResult() {
        // 0.01..0.03 req/s beside 300 and 500: the three small replicas' breakpoints share one grid
        // cell (5 replicas, 80 cells of about 10 req/s), which the table marks for a binary search
        double[] cap = {500, 0.01, 0.02, 0.03, 300};
        double[] act = {5_000, 0.2, 0.3, 0.5, 4_000}; // J/request 10, 20, 15, 16.7, 13.3: small ones in the middle
        List<ReplicaPlacement> replicas = new ArrayList<>();
        for (int i = 0; i < cap.length; i++) {
            replicas.add(TestHalls.replica("r" + i, "w", "h", "s" + i));
        }
        ReplicaPerformance perf = new ReplicaPerformance() {
            @Override
            public double capacityRequestsPerSecond(ReplicaPlacement r) {
                return cap[Integer.parseInt(r.id().substring(1))];
            }

            @Override
            public double activePowerWatts(ReplicaPlacement r) {
                return act[Integer.parseInt(r.id().substring(1))];
            }

            @Override
            public double idlePowerWatts(ReplicaPlacement r) {
                return act[Integer.parseInt(r.id().substring(1))] / 4;
            }
        };
        for (boolean powerDown : new boolean[] {false, true}) {
            ReplicaFill fill = new ReplicaFill(replicas, perf, powerDown);
            // every breakpoint (500, 800, 800.02, 800.05) and just around it, then random loads
            List<Double> loads = new ArrayList<>(List.of(0.0, 500.0, 800.0, 800.02, 800.05, 800.06, 800.01, 800.04));
            for (double b : new double[] {500, 800, 800.02, 800.05}) {
                loads.add(Math.nextDown(b));
                loads.add(Math.nextUp(b));
            }
            Random random = new Random(11);
            for (int i = 0; i < 200; i++) {
                loads.add(random.nextDouble() * 800.06);
            }
            for (double x : loads) {
                assertEquals(PlainFillRule.powerWatts(replicas, perf, powerDown, x), fill.powerWatts(x), 1e-9 * 10_000,
                        "load " + x + " powerDown " + powerDown);
            }
        }
    }
}
