package dev.hallplan.engine.plan;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.CatalogLoader;
import dev.hallplan.catalog.Precision;
import dev.hallplan.catalog.ServerModel;
import dev.hallplan.engine.perf.Estimate;
import dev.hallplan.engine.perf.ModelZoo;
import dev.hallplan.engine.project.Fixtures;
import dev.hallplan.engine.project.LatencySlo;
import dev.hallplan.engine.project.ReplicaPlacement;
import dev.hallplan.engine.project.Workload;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A plan replica's power cap reaches the estimator; answers follow the workload as it is now, not its id. */
class ReplicaSizingPowerCapTest {
    private final Catalog catalog = CatalogLoader.builtIn();
    private final ReplicaSizing sizing = new ReplicaSizing(catalog, ModelZoo.builtIn());
    private final ServerModel hgx = catalog.server("nvidia-hgx-h200-8").orElseThrow();
    private final Workload chat = Fixtures.workload("w1");

    private ReplicaPlacement replica(Double capWatts) {
        return new ReplicaPlacement("r1", "w1", "llama-3.1-70b", "h1", "s1", 8, Precision.FP8, 8, 256, capWatts);
    }

    @Test
    void aWorkloadEditedUnderTheSameIdIsSizedForItsNewSlo() {
        // regression: answers were cached by workload id, so the desktop's re-solve after an SLO
        // edit kept the chat operating point (batch 753, TPOT 101 ms) under a 40 ms TPOT limit
        Estimate chatSlo = sizing.best(withSlo(LatencySlo.llm(2, 0.2)), "llama-3.1-8b", hgx).orElseThrow();
        Estimate interactive = sizing.best(withSlo(LatencySlo.llm(0.450, 0.040)), "llama-3.1-8b", hgx).orElseThrow();
        assertTrue(chatSlo.tpotSeconds() > 0.040, "the chat SLO's best point is slower per token: " + chatSlo.tpotSeconds());
        assertTrue(interactive.tpotSeconds() <= 0.040, "TPOT " + interactive.tpotSeconds());
    }

    private Workload withSlo(LatencySlo slo) {
        return new Workload(chat.id(), chat.name(), chat.modelId(), chat.engineId(), chat.substituteModelIds(), chat.demand(),
                chat.requestShape(), slo, chat.allowedRegions(), chat.requiredCompliance(), chat.tenant(), chat.isolation(),
                chat.minPrecision(), chat.priority(), chat.deferrableShare(), chat.userRegion());
    }

    @Test
    void cappedReplicaServesLessAndDrawsLessThanTheSameReplicaAtTdp() {
        Estimate atTdp = sizing.at(chat, replica(null), hgx);
        Estimate capped = sizing.at(chat, replica(400.0), hgx);
        assertEquals(700, atTdp.conditions().powerLimitWatts(), 1e-9);
        assertEquals(400, capped.conditions().powerLimitWatts(), 1e-9);
        assertTrue(capped.requestsPerSecond() < atTdp.requestsPerSecond());
        assertTrue(capped.acceleratorPowerWatts() <= 400 + 1e-6 && capped.acceleratorPowerWatts() < atTdp.acceleratorPowerWatts());
    }
}
