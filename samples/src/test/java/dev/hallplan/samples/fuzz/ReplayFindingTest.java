package dev.hallplan.samples.fuzz;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hallplan.catalog.CatalogLoader;
import dev.hallplan.engine.perf.ModelZoo;
import dev.hallplan.engine.plan.ReplicaSizing;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replays one fuzz finding: {@code -Dhallplan.fuzz.replay=samples/target/fuzz-findings/values-12.hallplan.json}. */
class ReplayFindingTest {
    @TempDir
    Path dir;

    @Test
    void replay() throws Exception {
        String file = System.getProperty("hallplan.fuzz.replay");
        assumeTrue(file != null, "no finding to replay");
        try (FuzzPipeline pipeline = new FuzzPipeline(new ReplicaSizing(CatalogLoader.builtIn(), ModelZoo.builtIn()))) {
            long start = System.nanoTime();
            FuzzPipeline.Outcome o = pipeline.run(Files.readAllBytes(Path.of(file)), dir, s -> true);
            System.err.printf("REPLAY %s: %s in %.1f s%n", file, o, (System.nanoTime() - start) / 1e9);
        }
    }
}
