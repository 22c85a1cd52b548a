package dev.hallplan.engine.project.file;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hallplan.engine.project.Project;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes {@code *.hallplan.json} project files (format: docs/project-file.md).
 * Loading collects every problem with its JSON path; saving is atomic. Neither touches any path
 * other than the one handed in (and a temporary sibling while saving).
 */
public final class ProjectFiles {
    /** The file name suffix of project files. */
    public static final String SUFFIX = ".hallplan.json";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private ProjectFiles() {
    }

    /**
     * Loads a project from {@code file}, migrating older formats. Pure: a failure changes nothing.
     *
     * @throws ProjectLoadException with every problem found (syntax, unknown or missing fields, wrong
     *                              types, duplicate ids, invalid values), each with its JSON path
     * @throws IOException          when the file cannot be read at all
     */
    public static Project load(Path file) throws ProjectLoadException, IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /** Like {@link #load(Path)} from text; {@code source} names it in the exception message. */
    public static Project parse(String json, String source) throws ProjectLoadException {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException ex) {
            var loc = ex.getLocation();
            String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            throw new ProjectLoadException(source, List.of(new ProjectProblem(JsonPaths.ROOT,
                    "invalid JSON" + where + ": " + ex.getOriginalMessage())));
        }
        if (tree == null || tree.isMissingNode()) {
            throw new ProjectLoadException(source, List.of(new ProjectProblem(JsonPaths.ROOT, "file is empty")));
        }
        if (!tree.isObject()) {
            throw new ProjectLoadException(source, List.of(new ProjectProblem(JsonPaths.ROOT,
                    "expected an object, was " + TreeBinder.describe(tree))));
        }
        ObjectNode root = (ObjectNode) tree;
        int version = formatVersion(root, source);
        Migrations.upgrade(root, version);
        TreeBinder binder = new TreeBinder();
        var project = binder.bind(root, Project.class, JsonPaths.ROOT);
        if (project.isEmpty()) {
            throw new ProjectLoadException(source, new ArrayList<>(binder.problems()));
        }
        Project p = project.get();
        return new Project(version, p.name(), p.description(), p.scenarios());
    }

    private static int formatVersion(ObjectNode root, String source) throws ProjectLoadException {
        String path = JsonPaths.field(JsonPaths.ROOT, "formatVersion");
        JsonNode v = root.get("formatVersion");
        String reason;
        if (v == null) {
            reason = "missing required field";
        } else if (!v.isIntegralNumber()) {
            reason = "expected a whole number, was " + TreeBinder.describe(v);
        } else if (v.asInt() > Project.CURRENT_FORMAT_VERSION) {
            reason = "format " + v.asInt() + " is newer than this HallPlan reads (" + Project.CURRENT_FORMAT_VERSION
                    + "); update HallPlan";
        } else if (v.asInt() < 0) {
            reason = "must not be negative, was " + v.asInt();
        } else {
            return v.asInt();
        }
        throw new ProjectLoadException(source, List.of(new ProjectProblem(path, reason)));
    }

    /** The file text of {@code project}, always in the current format, stable order, "\n" line ends. */
    public static String toJson(Project project) {
        ObjectNode tree = (ObjectNode) TreeWriter.write(project);
        tree.put("formatVersion", Project.CURRENT_FORMAT_VERSION);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return MAPPER.writer(printer).writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot write project " + project.name(), ex);
        }
    }

    /**
     * Saves {@code project} to {@code file} atomically: the text goes to a temporary file in the same
     * directory, is forced to disk, then renamed over {@code file}. On any failure the old file is
     * left exactly as it was and the temporary file is removed.
     */
    public static void save(Project project, Path file) throws IOException {
        AtomicFiles.write(file, toJson(project).getBytes(StandardCharsets.UTF_8), AtomicFiles.NO_HOOK);
    }
}
