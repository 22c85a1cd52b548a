package dev.hallplan.samples.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON text laid out as HallPlan writes project files, for generated cases. */
final class ProjectText {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ProjectText() {
    }

    static String pretty(JsonNode tree) {
        try {
            return MAPPER.writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")))
                    .writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
