package dev.hallplan.engine.project.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.catalog.Precision;
import dev.hallplan.engine.project.Fixtures;
import dev.hallplan.engine.project.PreferredOption;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.project.Workload;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A workload's preferred operating option is checked against the catalog and the workload, each problem on its field. */
class PreferredOptionChecksTest {
    private static final String PREFERRED = "$.scenarios[0].workloads[0].preferred";

    private static Project preferring(PreferredOption option) {
        Project p = Fixtures.project();
        Scenario s = p.scenarios().get(0);
        Workload w = s.workloads().get(0).withPreferred(option);
        return new Project(p.formatVersion(), p.name(), p.description(), List.of(s.withWorkloads(List.of(w))));
    }

    private static List<String> problems(Project p) {
        return ProjectValidator.validate(p, ProjectValidatorTest.REFS).stream().map(ProjectProblem::toString).toList();
    }

    @Test
    void gateRefusesAnUnknownAcceleratorInPreferredWithItsJsonPath() {
        assertEquals(List.of(PREFERRED + ".hardwareId: unknown accelerator or server 'nvidia-h900'"),
                problems(preferring(new PreferredOption("nvidia-h900", Precision.FP8, null))));
    }

    @Test
    void aCatalogServerWithAllowedPrecisionAndDegreeIsAccepted() {
        assertEquals(List.of(), problems(preferring(new PreferredOption(Fixtures.AIR_SERVER, Precision.FP8, 4))));
    }

    @Test
    void precisionBelowTheWorkloadsMinimumAndTooWideATensorDegreeAreRefused() {
        assertEquals(List.of(PREFERRED + ".precision: FP4 is below the workload's minPrecision FP8",
                        PREFERRED + ".tensorParallel: TP 16 exceeds the 8 accelerators of " + Fixtures.AIR_SERVER),
                problems(preferring(new PreferredOption(Fixtures.AIR_SERVER, Precision.FP4, 16))));
    }

    @Test
    void preferredRoundTripsThroughTheFileAndABlankIdIsRefusedOnItsField() throws Exception {
        Project p = preferring(new PreferredOption(Fixtures.AIR_SERVER, Precision.FP8, 4));
        String json = ProjectFiles.toJson(p);
        assertTrue(json.contains("\"preferred\" : {"), json);
        assertEquals(p, ProjectFiles.parse(json, "test"));
        String blank = json.replace("\"hardwareId\" : \"" + Fixtures.AIR_SERVER + "\"", "\"hardwareId\" : \" \"");
        List<String> refused = assertThrows(ProjectLoadException.class, () -> ProjectFiles.parse(blank, "test")).problems()
                .stream().map(ProjectProblem::toString).toList();
        assertEquals(List.of(PREFERRED + ".hardwareId: must not be blank"), refused);
        assertEquals(java.util.Set.of(), ProjectSchemaTest.violations(ProjectSchemaTest.schema(), json), "the schema takes it");
    }
}
