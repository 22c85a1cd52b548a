package dev.hallplan.engine.perf;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelZooTest {
    private final ModelZoo zoo = ModelZoo.builtIn();

    @Test
    void builtInZooHoldsEveryModelTheIssueNames() {
        for (String id : List.of("llama-3.1-8b", "llama-3.1-70b", "llama-3.1-405b", "llama-2-70b", "mixtral-8x7b",
                "mixtral-8x22b", "deepseek-v3", "qwen2.5-32b", "qwen2.5-72b", "qwen3-30b-a3b", "qwen3-235b-a22b",
                "gpt-j-6b", "gpt-oss-120b", "bert-large", "dlrm-v2", "whisper-large-v3", "clip-vit-l-14")) {
            assertTrue(zoo.find(id).isPresent(), id);
        }
    }

    @Test
    void everyModelNamesAUrlOrPaperAsSource() {
        for (ModelSpec m : zoo.models()) {
            assertTrue(m.sources().stream().anyMatch(s -> s.source().contains("http")), m.id());
        }
    }

    @Test
    void everyLlmNamesItsContextLengthAndWhereItComesFrom() {
        for (ModelSpec m : zoo.models()) {
            if (m.kind().generatesTokens()) {
                assertTrue(m.contextTokens() >= 2048, m.id() + " context " + m.contextTokens());
                assertTrue(m.sources().stream().anyMatch(s -> s.what().equals("contextTokens")), m.id());
            }
        }
        assertEquals(4096, zoo.require("llama-2-70b").contextTokens());
        assertEquals(131072, zoo.require("llama-3.1-70b").contextTokens());
    }

    @Test
    void moeActiveParametersFollowFromExpertsPerToken() {
        // active = non-expert + k x per-expert x MoE layers; the zoo's published active counts must
        // agree within 15% (published counts round and some exclude embeddings, e.g. gpt-oss)
        for (ModelSpec m : zoo.models()) {
            if (m.isMoe()) {
                double derived = m.nonExpertParameters()
                        + m.expertsPerToken() * m.parametersPerExpert() * m.moeLayers();
                assertEquals(1.0, derived / m.activeParameters(), 0.15, m.id());
            }
        }
    }

    @Test
    void deepSeekUsesLatentAttentionAndMixtralDoesNot() {
        assertTrue(zoo.require("deepseek-v3").usesMla());
        assertFalse(zoo.require("mixtral-8x7b").usesMla());
    }

    @Test
    void unknownIdNamesItAndListsCloseIds() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> zoo.require("llama-3.1-7b"));
        assertTrue(e.getMessage().contains("'llama-3.1-7b'"), e.getMessage());
        assertTrue(e.getMessage().contains("llama-3.1-8b"), e.getMessage());
    }

    @Test
    void projectModelsOverrideAndAdd() {
        ModelSpec base = zoo.require("llama-3.1-8b");
        ModelSpec custom = new ModelSpec("my-8b", "Mine", ModelKind.LLM, 32, 4096, 32, 8, 128, 14336, 128256,
                0, 0, 0, 0, 0, 0, 0, 8e9, 8e9, 131072, 0, null, base.sources());
        ModelZoo extended = zoo.with(List.of(custom));
        assertEquals(zoo.models().size() + 1, extended.models().size());
        assertEquals(custom, extended.require("my-8b"));
    }

    @Test
    void rejectsMoreExpertsPerTokenThanExperts() {
        ModelSpec base = zoo.require("mixtral-8x7b");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ModelSpec("bad", "Bad",
                ModelKind.LLM, 32, 4096, 32, 8, 128, 14336, 32000, 8, 9, 14336, 0, 0, 0, 0, 46.7e9, 12.9e9,
                32768, 0, null, base.sources()));
        assertTrue(e.getMessage().contains("bad"), e.getMessage());
    }

    @Test
    void rejectsModelWithoutSource() {
        assertThrows(IllegalArgumentException.class, () -> new ModelSpec("nosrc", "No source", ModelKind.LLM,
                32, 4096, 32, 8, 128, 14336, 32000, 0, 0, 0, 0, 0, 0, 0, 8e9, 8e9, 0, 0, null, List.of()));
    }

    @Test
    void rejectsOnePassModelWithoutQueryProfile() {
        ModelSpec base = zoo.require("bert-large");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ModelSpec("enc", "Enc",
                ModelKind.EMBEDDING, 24, 1024, 16, 16, 64, 4096, 30522, 0, 0, 0, 0, 0, 0, 0, 3e8, 3e8, 0, 0, null,
                base.sources()));
        assertTrue(e.getMessage().contains("query profile"), e.getMessage());
    }

    @Test
    void rejectsActiveAboveTotalParameters() {
        ModelSpec base = zoo.require("llama-3.1-8b");
        assertThrows(IllegalArgumentException.class, () -> new ModelSpec("x", "X", ModelKind.LLM, 32, 4096, 32, 8,
                128, 14336, 128256, 0, 0, 0, 0, 0, 0, 0, 8e9, 9e9, 0, 0, null, base.sources()));
    }

    @Test
    void groupedGemmEfficiencyAbsentFromTheJsonMeansOne() {
        assertEquals(1.0, zoo.require("mixtral-8x7b").groupedGemmEfficiency());
        assertEquals(1.0, zoo.require("llama-3.1-8b").groupedGemmEfficiency());
        assertTrue(zoo.require("qwen3-30b-a3b").groupedGemmEfficiency() < 1);
    }

    @Test
    void rejectsGroupedGemmEfficiencyOutsideZeroToOneOrOnADenseModel() {
        ModelSpec moe = zoo.require("mixtral-8x7b");
        IllegalArgumentException above = assertThrows(IllegalArgumentException.class, () -> moe.withGroupedGemmEfficiency(1.2));
        assertTrue(above.getMessage().contains("groupedGemmEfficiency"), above.getMessage());
        assertThrows(IllegalArgumentException.class, () -> moe.withGroupedGemmEfficiency(-0.5));
        assertThrows(IllegalArgumentException.class, () -> moe.withGroupedGemmEfficiency(Double.NaN));
        IllegalArgumentException dense = assertThrows(IllegalArgumentException.class,
                () -> zoo.require("llama-3.1-8b").withGroupedGemmEfficiency(0.5));
        assertTrue(dense.getMessage().contains("dense"), dense.getMessage());
    }
}
