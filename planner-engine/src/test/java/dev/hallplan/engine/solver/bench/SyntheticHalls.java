package dev.hallplan.engine.solver.bench;

import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.project.Workload;
import dev.hallplan.engine.solver.SmallHalls;
import java.util.ArrayList;
import java.util.List;

/**
 * A stand-in generator until the samples module's generator exists: one hall of 8-accelerator
 * servers, four per 40 kW rack, eight racks per row, and {@code workloadCount} workloads whose
 * summed peak is {@code loadFactor} of what the hall serves at the 25 rps option.
 */
public final class SyntheticHalls {
    private SyntheticHalls() {
    }

    public static Scenario of(int accelerators, int workloadCount, double loadFactor) {
        int servers = accelerators / 8;
        int racks = (servers + 3) / 4;
        int rows = (racks + 7) / 8;
        Hall hall = SmallHalls.hall("H1", rows, 8, 4, 1e9);
        double totalRps = servers * 25.0 * loadFactor;
        List<Workload> workloads = new ArrayList<>();
        double weightSum = workloadCount * (workloadCount + 1) / 2.0;
        for (int i = 1; i <= workloadCount; i++) {
            // uneven sizes: workload i gets i / sum of the demand
            workloads.add(SmallHalls.workload("w" + i, totalRps * i / weightSum, 1 + (i % 10)));
        }
        return SmallHalls.scenario(List.of(hall), workloads);
    }
}
