package dev.hallplan.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelsCommandTest {
    @Test
    void listJsonHasIdNameKindAndParameterCounts() throws Exception {
        CliRun run = CliRun.of(new HallPlanCommand(), "models", "list", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode arr = new ObjectMapper().readTree(run.out());
        assertTrue(arr.size() >= 17);
        boolean sawDeepSeek = false;
        for (JsonNode m : arr) {
            assertTrue(m.has("id") && m.has("name") && m.has("kind") && m.has("totalParameters") && m.has("activeParameters"));
            if (m.get("id").asText().equals("deepseek-v3")) {
                sawDeepSeek = true;
                assertEquals(671e9, m.get("totalParameters").asDouble(), 1);
                assertEquals(37e9, m.get("activeParameters").asDouble(), 1);
            }
        }
        assertTrue(sawDeepSeek);
    }

    @Test
    void listTextShowsKindsAndSizes() {
        CliRun run = CliRun.of(new HallPlanCommand(), "models", "list");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("whisper-large-v3") && run.out().contains("SPEECH"), run.out());
        assertTrue(run.out().contains("671B"), run.out());
    }

    @Test
    void showJsonCarriesSources() throws Exception {
        CliRun run = CliRun.of(new HallPlanCommand(), "models", "show", "qwen3-235b-a22b", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode m = new ObjectMapper().readTree(run.out());
        assertEquals(128, m.get("experts").asInt());
        assertTrue(m.get("sources").get(0).get("source").asText().startsWith("https://huggingface.co/"));
    }

    @Test
    void showTextListsSources() {
        CliRun run = CliRun.of(new HallPlanCommand(), "models", "show", "dlrm-v2");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("sources:") && run.out().contains("mlcommons"), run.out());
    }

    @Test
    void showUnknownIdExitsTwoWithCloseIds() {
        CliRun run = CliRun.of(new HallPlanCommand(), "models", "show", "mixtral");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("unknown model id 'mixtral'") && run.err().contains("mixtral-8x7b"), run.err());
    }
}
