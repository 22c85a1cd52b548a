package dev.hallplan.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.CatalogLoader;
import dev.hallplan.engine.facility.FacilityModel;
import dev.hallplan.engine.facility.HallState;
import dev.hallplan.engine.facility.ServerLoad;
import dev.hallplan.engine.perf.ModelZoo;
import dev.hallplan.engine.plan.ReplicaSizing;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.project.file.ProjectFiles;
import dev.hallplan.engine.project.file.ProjectProblem;
import dev.hallplan.engine.usecase.ProjectGate;
import java.util.List;
import java.util.Set;
import java.nio.file.Files;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shipped sample loads, validates, is physically buildable, and matches its source in code. */
class SamplesTest {
    private static final Catalog CATALOG = CatalogLoader.builtIn();
    private static final ModelZoo ZOO = ModelZoo.builtIn();

    static List<String> names() {
        return SampleProjects.NAMES;
    }

    @ParameterizedTest
    @MethodSource("names")
    void loadsAndValidatesWithoutErrors(String name) {
        Project project = Samples.load(name);
        // the gate every command runs: no errors, and no warnings either (a sample shows typical values)
        List<ProjectProblem> problems = new ProjectGate(new ReplicaSizing(CATALOG, ZOO)).check(project);
        assertEquals(List.of(), problems);
        assertTrue(project.scenarios().stream().allMatch(s -> !s.workloads().isEmpty() && !s.halls().isEmpty()));
    }

    @ParameterizedTest
    @MethodSource("names")
    void shippedJsonSatisfiesThePublishedSchema(String name) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(mapper.readTree(Files.readString(Path.of("..", "docs", "schema", "project-1.schema.json"))));
        JsonNode sample = mapper.readTree(Samples.json(name));
        assertEquals(ProjectFiles.SCHEMA_URI, sample.get("$schema").asText(), "the sample names its schema");
        assertEquals(Set.of(), schema.validate(sample));
    }

    @ParameterizedTest
    @MethodSource("names")
    void shippedJsonIsWhatTheCodeBuilds(String name) {
        SampleProjects samples = new SampleProjects(new ReplicaSizing(CATALOG, ZOO));
        assertEquals(ProjectFiles.toJson(samples.build(name)), Samples.json(name),
                "run SampleWriter and commit the JSON after changing SampleProjects");
    }

    /**
     * At nameplate power (every server flat out) no rack, row, loop or power-chain limit is broken.
     * Whether the supply carries the hall is the supply-adequacy model's question (the end-to-end
     * and solver tests), not the layout's.
     */
    @ParameterizedTest
    @MethodSource("names")
    void layoutHoldsAtNameplatePower(String name) {
        for (Scenario scenario : Samples.load(name).scenarios()) {
            for (Hall hall : scenario.halls()) {
                HallState state = FacilityModel.liveState(hall, CATALOG, ServerLoad.NAMEPLATE);
                assertEquals(List.of(), state.violations().stream().map(Object::toString).toList(),
                        name + "/" + scenario.name() + "/" + hall.id());
                assertTrue(state.itWatts() > 0);
            }
        }
    }
}
