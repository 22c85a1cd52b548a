package dev.hallplan.engine.project.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.hallplan.engine.project.Fixtures;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.solver.domain.ConstraintNames;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The published schema (docs/schema) is what the records describe, and files the loader writes
 * satisfy it. {@link SchemaAgreementProperties} checks that schema and loader refuse the same files.
 */
class ProjectSchemaTest {
    static final Path PUBLISHED = Path.of("..", "docs", "schema", "project-" + Project.CURRENT_FORMAT_VERSION + ".schema.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static JsonSchema schema() {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(ProjectSchema.generate(ConstraintNames.ALL));
    }

    static Set<ValidationMessage> violations(JsonSchema schema, String json) throws Exception {
        return schema.validate(MAPPER.readTree(json));
    }

    @Test
    void publishedSchemaIsWhatTheRecordsDescribe() throws Exception {
        String generated = ProjectSchema.text(ConstraintNames.ALL);
        if (Boolean.getBoolean("hallplan.schema.write")) {
            Files.writeString(PUBLISHED, generated);
        }
        assertEquals(generated, Files.readString(PUBLISHED),
                "run: mvn -pl planner-engine -am test -Dtest=ProjectSchemaTest -Dhallplan.schema.write=true, then commit docs/schema");
    }

    @Test
    void publishedSchemaIsAValidDraft2020Schema() throws Exception {
        JsonNode published = MAPPER.readTree(Files.readString(PUBLISHED));
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(java.net.URI.create("https://json-schema.org/draft/2020-12/schema"));
        assertEquals(Set.of(), meta.validate(published));
        assertEquals(ProjectFiles.SCHEMA_URI, published.get("$id").asText());
    }

    @Test
    void savedFilesSatisfyTheSchema() throws Exception {
        assertEquals(Set.of(), violations(schema(), ProjectFiles.toJson(Fixtures.project())));
        assertEquals(Set.of(), violations(schema(), HostileProjectFileTest.valid()));
    }

    @Test
    void schemaRefusesWhatTheLoaderRefuses() throws Exception {
        JsonSchema schema = schema();
        String valid = HostileProjectFileTest.valid();
        for (List<String> change : List.of(
                List.of("\"positions\" : 10", "\"positions\" : \"ten\""),
                List.of("\"feedCapacityWatts\" : 40000", "\"feedCapacityWatts\" : -5"),
                List.of("\"feedCapacityWatts\" : 40000", "\"feedCapacityWatts\" : 1e308"),
                List.of("\"redundancy\" : \"TWO_N\"", "\"redundancy\" : \"N_PLUS_1\""),
                List.of("\"countryCode\" : \"DE\"", "\"countryCode\" : \"de\""),
                List.of("\"id\" : \"A-01\"", "\"id\" : \"A-\\n01\""),
                List.of("\"id\" : \"A-01\"", "\"id\" : \" \""),
                List.of("\"Rack power limit\" : 2", "\"Rack power limt\" : 2"),
                List.of("\"gridCarbonGramsPerKwh\" : [ 300 ]", "\"gridCarbonGramsPerKwh\" : [ 300, 300 ]"),
                List.of("\"formatVersion\" : 1", "\"formatVersion\" : 2"),
                List.of("\"pitchMeters\" : 0.6", "\"pitchMeters\" : 0.6, \"colour\" : \"red\""))) {
            String json = valid.replaceFirst(java.util.regex.Pattern.quote(change.get(0)), java.util.regex.Matcher.quoteReplacement(change.get(1)));
            assertTrue(!json.equals(valid), change.toString());
            assertTrue(!violations(schema, json).isEmpty(), "the schema lets through " + change);
        }
    }
}
