package dev.hallplan.samples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.file.ProjectFiles;
import dev.hallplan.engine.project.file.ProjectLoadException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The sample projects shipped as resources ({@code dev/hallplan/samples/NAME.hallplan.json}). */
public final class Samples {
    private Samples() {
    }

    /** Resource path of sample {@code name}. */
    public static String resource(String name) {
        return "/dev/hallplan/samples/" + name + ProjectFiles.SUFFIX;
    }

    /** The JSON text of sample {@code name}, as shipped. */
    public static String json(String name) {
        if (!SampleProjects.NAMES.contains(name)) {
            throw new IllegalArgumentException("no sample '" + name + "'; samples: " + SampleProjects.NAMES);
        }
        try (InputStream in = Samples.class.getResourceAsStream(resource(name))) {
            if (in == null) {
                throw new IllegalStateException("sample resource missing: " + resource(name));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every sample in menu order with its project name and one-line description, read from the
     * shipped files without building the projects (fast enough for a start page).
     */
    public static List<SampleInfo> catalogue() {
        ObjectMapper mapper = new ObjectMapper();
        List<SampleInfo> out = new ArrayList<>();
        for (String name : SampleProjects.NAMES) {
            try {
                JsonNode root = mapper.readTree(json(name));
                out.add(new SampleInfo(name, root.path("name").asText(name), root.path("description").asText("")));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("shipped sample " + name + " is not JSON", e);
            }
        }
        return List.copyOf(out);
    }

    /** Sample {@code name} parsed; a shipped sample that fails to load is a bug. */
    public static Project load(String name) {
        try {
            return ProjectFiles.parse(json(name), resource(name));
        } catch (ProjectLoadException e) {
            throw new IllegalStateException("shipped sample " + name + " does not load: " + e.getMessage(), e);
        }
    }
}
