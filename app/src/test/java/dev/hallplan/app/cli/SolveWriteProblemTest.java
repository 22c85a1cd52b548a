package dev.hallplan.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hallplan.engine.project.file.ProjectFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hallplan solve --write-problem}: the flattened problem in the format docs/solver.md describes. */
class SolveWriteProblemTest {
    @TempDir
    Path dir;

    @Test
    void theProblemFileHoldsEveryServerLimitAndPlacementTheSolverSees() throws Exception {
        Path file = dir.resolve("p.hallplan.json");
        ProjectFiles.save(OneRackProject.project(OneRackProject.best().requestsPerSecond() * 0.9, List.of()), file);
        Path problem = dir.resolve("problem.json");
        CliRun run = CliRun.of(new HallPlanCommand(), "solve", file.toString(), "--seconds", "2", "--write-problem", problem.toString());
        assertEquals(0, run.exitCode(), run.out());
        assertTrue(run.out().contains("problem written to " + problem), run.out());
        JsonNode p = new ObjectMapper().readTree(problem.toFile());
        assertEquals("hallplan-solver-problem", p.get("format").asText());
        assertEquals(1, p.get("formatVersion").asInt());
        assertEquals("ON", p.get("idleServers").asText());
        assertEquals(4, p.get("servers").size());
        JsonNode rack = p.get("racks").get(0);
        // the rack type and the feed both allow 50 kW, no PDU named; four idle H200 are the rack's fixed load
        assertEquals(50_000, rack.get("loadLimitWatts").asDouble(), 1e-9);
        assertTrue(rack.get("pduWatts").isNull());
        assertEquals(Math.round(4 * OneRackProject.H200.idlePowerWatts()), rack.get("fixedWatts").asLong());
        JsonNode chat = p.get("workloads").get(0);
        assertTrue(chat.get("slots").asInt() >= 1);
        int points = chat.get("operatingPoints").size();
        assertTrue(points >= 1);
        assertEquals(4 * points, chat.get("placements").size(), "every operating point on each of the four servers");
        for (JsonNode pair : chat.get("placements")) {
            assertTrue(pair.get(0).asInt() < 4 && pair.get(1).asInt() < points);
        }
        assertEquals(1, p.get("weights").get("Rack power limit").get("hard").asInt());
    }
}
