package dev.hallplan.engine.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.catalog.Precision;
import dev.hallplan.engine.project.Plan;
import dev.hallplan.engine.project.ReplicaPlacement;
import dev.hallplan.engine.project.Scenario;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanScorerTest {
    private final PlannerService service = new PlannerService(SmallHalls.catalog(), SmallHalls.options(),
            SupplyOutlookSource.constantPue(1.25));

    private Scenario withManualPlan(int servers) {
        Scenario s = SmallHalls.scenario(List.of(SmallHalls.hall("H1", 1, 1, 5, 5_000_000)),
                List.of(SmallHalls.workload("chat", 100, 5)));
        List<ReplicaPlacement> replicas = new ArrayList<>();
        for (int i = 0; i < servers; i++) {
            replicas.add(new ReplicaPlacement("r" + i, "chat", "model-chat", "H1", "H1-A-01-u" + (1 + 8 * i), 8,
                    Precision.FP8, 8, 64));
        }
        return s.withPlan(new Plan("manual", "", replicas));
    }

    @Test
    void overloadedHandMadeRackIsExplainedInWatts() {
        // five 25 rps replicas in one rack: 5 x (1 kW idle + 8 kW) = 45 kW against the 40 kW rack limit,
        // the 40 kW feed (2N) and the 40 kW air cooling; and all replicas share that one rack
        SolveResult r = service.evaluate(withManualPlan(5));
        assertEquals(SolveResult.Status.INFEASIBLE, r.status());
        assertEquals("manual", r.plan().source());
        assertEquals(List.of(
                "Rack H1-A-01: 45 kW > 40 kW air-cooled limit",
                "Rack H1-A-01: 45 kW > 40 kW on one feed (2N: either feed must carry the rack)",
                "Rack H1-A-01: 45 kW > 40 kW rack power limit",
                "chat: all 5 replicas in one rack"),
                r.violations().stream().map(Violation::message).toList());
    }

    @Test
    void replicaOnAnUnknownServerIsRejected() {
        Scenario s = withManualPlan(1);
        Scenario broken = s.withPlan(new Plan("manual", "", List.of(new ReplicaPlacement("x", "chat", "model-chat", "H1",
                "nowhere", 8, Precision.FP8, 8, 64))));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> service.evaluate(broken));
        assertTrue(e.getMessage().startsWith("replica x: model-chat FP8 TP8 x8 on H1/nowhere is not an allowed placement"),
                e.getMessage());
    }
}
