package dev.hallplan.samples.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.catalog.CatalogLoader;
import dev.hallplan.engine.perf.ModelZoo;
import dev.hallplan.engine.plan.ReplicaSizing;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.project.file.ProjectFiles;
import dev.hallplan.samples.HallGenerator;
import dev.hallplan.samples.SampleProjects;
import dev.hallplan.samples.Samples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The in-process fuzz corpus of issue 15 (figures in docs/reliability.md): hostile values in a
 * small valid project, and byte-level damage to every sample, each case through load, validation,
 * a short solve, the year simulation, the workbook and PDF export and a save, on the property of
 * {@link FuzzPipeline}. Seeded, so every run tries the same cases: {@code -Dhallplan.fuzz.seed=N}
 * tries others, {@code -Dhallplan.fuzz.valueCases} / {@code byteCases} change the counts.
 */
class HostileInputFuzzTest {
    private static final ReplicaSizing SIZING = new ReplicaSizing(CatalogLoader.builtIn(), ModelZoo.builtIn());
    private static final long SEED = Long.getLong("hallplan.fuzz.seed", 15);
    private static final int VALUE_CASES = Integer.getInteger("hallplan.fuzz.valueCases", 5_000);
    private static final int BYTE_CASES = Integer.getInteger("hallplan.fuzz.byteCases", 5_000);
    /**
     * A damaged sample that still loads runs the changed scenarios through solve, simulation and
     * export in one case of this many (the big public-llm-api sample in one of five times as many):
     * a sample scenario's pipeline costs up to seconds, and most accepted damage is one changed digit.
     */
    private static final int SAMPLE_PIPELINE_STRIDE = 8;

    @TempDir
    Path dir;

    private static SplittableRandom random(String corpus, int i) {
        return new SplittableRandom(SEED * 1_000_003L + corpus.hashCode() * 31L + i);
    }

    @Test
    void hostileValuesInAValidProjectEndInARefusalOrAValidResult() throws Exception {
        Project base = new HallGenerator(SIZING).generate(32, 1);
        HostileValues values = new HostileValues(ProjectFiles.toJson(base));
        FuzzRun.Summary summary = FuzzRun.run("values", VALUE_CASES, i -> {
            HostileValues.Case c = values.next(random("values", i));
            return new FuzzRun.Case(c.change(), c.bytes(), s -> true);
        }, SIZING, dir);
        System.err.println(summary);
        Map<FuzzPipeline.Outcome, Integer> o = summary.outcomes();
        assertTrue(o.getOrDefault(FuzzPipeline.Outcome.COMPLETED, 0) > VALUE_CASES / 50, "plausible changes pass: " + o);
        assertTrue(o.getOrDefault(FuzzPipeline.Outcome.REFUSED_AT_GATE, 0) > VALUE_CASES / 4, "hostile values are refused: " + o);
    }

    @Test
    void damagedSamplesEndInARefusalOrAValidResult() throws Exception {
        List<String> names = SampleProjects.NAMES;
        Map<String, byte[]> bytes = names.stream().collect(Collectors.toMap(n -> n, n -> Samples.json(n).getBytes(StandardCharsets.UTF_8)));
        Map<String, Project> pristine = names.stream().collect(Collectors.toMap(n -> n, Samples::load));
        FuzzRun.Summary summary = FuzzRun.run("bytes", BYTE_CASES, i -> {
            String name = names.get(i % names.size());
            ByteMutations.Damage d = ByteMutations.apply(bytes.get(name), random("bytes", i));
            int stride = name.equals("public-llm-api") ? 5 * SAMPLE_PIPELINE_STRIDE : SAMPLE_PIPELINE_STRIDE;
            boolean pipeline = (i / names.size()) % stride == 0;
            Predicate<Scenario> changed = s -> pipeline && !pristine.get(name).scenario(s.name()).map(s::equals).orElse(false);
            return new FuzzRun.Case(name + ": " + d.change(), d.bytes(), changed);
        }, SIZING, dir);
        System.err.println(summary);
        Map<FuzzPipeline.Outcome, Integer> o = summary.outcomes();
        assertTrue(o.getOrDefault(FuzzPipeline.Outcome.REFUSED_AT_LOAD, 0) > BYTE_CASES / 10, "broken files are refused: " + o);
        assertTrue(o.getOrDefault(FuzzPipeline.Outcome.COMPLETED, 0) > 0, "some damaged samples still plan: " + o);
    }
}
