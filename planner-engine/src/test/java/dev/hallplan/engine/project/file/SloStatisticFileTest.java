package dev.hallplan.engine.project.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.engine.project.LatencySlo;
import dev.hallplan.engine.project.Project;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A workload's SLO on the mean (the default, files without the field) or on the 99th percentile. */
class SloStatisticFileTest {
    private static final String SLO = "$.scenarios[0].workloads[0].slo";

    private static String p99File() throws Exception {
        return Files.readString(ProjectLoadErrorsTest.resource("p99-slo.hallplan.json"));
    }

    @Test
    void loadingReadsAP99Slo() throws Exception {
        Project p = ProjectFiles.load(ProjectLoadErrorsTest.resource("p99-slo.hallplan.json"));
        LatencySlo slo = p.scenarios().get(0).workloads().get(0).slo();
        assertTrue(slo.onP99());
        assertEquals("p99", slo.statisticName());
        assertEquals(0.5, slo.ttftSeconds());
    }

    @Test
    void savingKeepsAP99SloAndWritesNothingForTheMean() throws Exception {
        Project p99 = ProjectFiles.parse(p99File(), "p99");
        assertEquals(p99File(), ProjectFiles.toJson(p99), "a p99 SLO round-trips to the same text");
        // the mean is stored as null, so files written before the field existed save unchanged
        Project mean = ProjectFiles.load(ProjectLoadErrorsTest.resource("valid.hallplan.json"));
        assertFalse(mean.scenarios().get(0).workloads().get(0).slo().onP99());
        assertFalse(ProjectFiles.toJson(mean).contains("\"statistic\""));
        assertEquals(new LatencySlo(0.5, 0.05, 0), new LatencySlo(0.5, 0.05, 0, "mean"), "mean written out equals mean left out");
    }

    @Test
    void loadingRefusesAnUnknownStatisticOnItsField() throws Exception {
        String p95 = p99File().replace("\"statistic\" : \"p99\"", "\"statistic\" : \"p95\"");
        List<String> problems = assertThrows(ProjectLoadException.class, () -> ProjectFiles.parse(p95, "p95")).problems()
                .stream().map(ProjectProblem::toString).toList();
        assertEquals(List.of(SLO + ".statistic: must be \"mean\" or \"p99\", was \"p95\""), problems);
    }

    @Test
    void theSchemaAllowsOnlyMeanAndP99() throws Exception {
        var schema = ProjectSchemaTest.schema();
        assertEquals(java.util.Set.of(), ProjectSchemaTest.violations(schema, p99File()));
        assertFalse(ProjectSchemaTest.violations(schema, p99File().replace("\"p99\"", "\"p95\"")).isEmpty());
    }
}
