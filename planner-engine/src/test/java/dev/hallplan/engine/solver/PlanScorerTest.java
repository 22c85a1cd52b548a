package dev.hallplan.engine.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.catalog.Precision;
import dev.hallplan.catalog.ServerModel;
import dev.hallplan.engine.project.Workload;
import dev.hallplan.engine.solver.domain.ConstraintNames;
import dev.hallplan.engine.solver.domain.DeploymentOption;
import java.util.Optional;
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
        // the 40 kW feed (2N), the 40 kW air cooling and the row's one 40 kW CRAH; and all replicas share that one rack
        SolveResult r = service.evaluate(withManualPlan(5));
        assertEquals(SolveResult.Status.INFEASIBLE, r.status());
        assertEquals("manual", r.plan().source());
        assertEquals(List.of(
                "Rack H1-A-01: 45 kW > 40 kW air-cooled limit",
                "Rack H1-A-01: 45 kW > 40 kW on one feed (2N: either feed must carry the rack)",
                "Rack H1-A-01: 45 kW > 40 kW rack power limit",
                "Row A (H1): 45 kW air heat > 40 kW CRAH capacity",
                "chat: all 5 replicas in one rack"),
                r.violations().stream().map(Violation::message).toList());
    }

    @Test
    void replicaOnAnUnknownServerIsAHardViolationNotBrokenInput() {
        Scenario s = withManualPlan(1);
        Scenario broken = s.withPlan(new Plan("manual", "", List.of(new ReplicaPlacement("x", "chat", "model-chat", "H1",
                "nowhere", 8, Precision.FP8, 8, 64))));
        SolveResult r = service.evaluate(broken);
        assertEquals(SolveResult.Status.INFEASIBLE, r.status());
        Violation first = r.violations().get(0);
        assertEquals(ConstraintNames.REPLICA_AS_PLANNED, first.constraint());
        assertEquals("Replica x (chat on H1/nowhere): no accelerator server nowhere in hall H1", first.message());
    }

    @Test
    void replicaAtABatchOutsideTheSolversOptionsIsScoredAtItsOwnPoint() {
        // the options offer batch 32 and 64; a hand edit to batch 48 is estimated by the option source
        DeploymentOptionSource options = new DeploymentOptionSource() {
            @Override
            public List<DeploymentOption> optionsFor(Workload w, ServerModel server) {
                return SmallHalls.options().optionsFor(w, server);
            }

            @Override
            public Optional<DeploymentOption> optionAt(Workload w, ReplicaPlacement r, ServerModel server) {
                return Optional.of(new DeploymentOption(w.id(), r.modelId(), server.id(), 8, Precision.FP8, 8, r.batch(), 20,
                        6_000, 0.3, true));
            }
        };
        PlannerService custom = new PlannerService(SmallHalls.catalog(), options, SupplyOutlookSource.constantPue(1.25));
        Scenario s = withManualPlan(1).withPlan(new Plan("manual", "", List.of(new ReplicaPlacement("r0", "chat", "model-chat",
                "H1", "H1-A-01-u1", 8, Precision.FP8, 8, 48))));
        SolveResult r = custom.evaluate(s);
        // 20 of 100 rps served at the hand-made point: demand unmet, no hard violation
        assertEquals(SolveResult.Status.FEASIBLE_DEMAND_UNMET, r.status(), r.violations().toString());
        assertEquals(0.2, r.servedShare().get("chat"), 1e-9);
    }
}
