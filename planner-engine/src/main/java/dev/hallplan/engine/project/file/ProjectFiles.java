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
import java.util.List;

/**
 * Reads and writes {@code *.hallplan.json} project files (format: docs/project-file.md).
 * Loading collects every problem with its JSON path; saving is atomic. Neither touches any path
 * other than the one handed in (and a temporary sibling while saving).
 */
public final class ProjectFiles {
    /** The file name suffix of project files. */
    public static final String SUFFIX = ".hallplan.json";

    /**
     * The published JSON Schema of the current format, written as {@code "$schema"} at the top of
     * every saved file so editors validate and complete it (docs/project-file.md).
     */
    public static final String SCHEMA_URI = "https://hallplan.dev/schema/project-" + Project.CURRENT_FORMAT_VERSION + ".schema.json";

    /** Larger files are refused before they are read: the largest sample is under 0.3 MB. */
    static final long MAX_FILE_BYTES = 256L << 20;

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
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ProjectLoadException(file.toString(), List.of(new ProjectProblem(JsonPaths.ROOT, "the file is "
                        + (size >> 20) + " MB; HallPlan reads project files up to " + (MAX_FILE_BYTES >> 20) + " MB")));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException ex) {
            throw IoMessages.reading(file, ex);
        }
        return parse(Utf8Text.decode(bytes, file.toString()), file.toString());
    }

    /** Like {@link #load(Path)} from text; {@code source} names it in the exception message. */
    public static Project parse(String json, String source) throws ProjectLoadException {
        JsonNode tree = readOneDocument(json, source);
        if (tree == null || tree.isMissingNode()) {
            throw new ProjectLoadException(source, List.of(new ProjectProblem(JsonPaths.ROOT, "file is empty")));
        }
        if (!tree.isObject()) {
            throw new ProjectLoadException(source, List.of(new ProjectProblem(JsonPaths.ROOT,
                    "expected an object, was " + TreeBinder.describe(tree))));
        }
        ObjectNode root = (ObjectNode) tree;
        JsonNode schema = root.remove("$schema");
        if (schema != null && !schema.isTextual()) {
            throw new ProjectLoadException(source, List.of(new ProjectProblem(JsonPaths.field(JsonPaths.ROOT, "$schema"),
                    "expected the schema's address as text, was " + TreeBinder.describe(schema))));
        }
        int version = formatVersion(root, source);
        List<ProjectProblem> conflicts = Migrations.upgrade(root, version);
        if (!conflicts.isEmpty()) {
            throw new ProjectLoadException(source, conflicts);
        }
        TreeBinder binder = new TreeBinder();
        var project = binder.bind(root, Project.class, JsonPaths.ROOT);
        if (project.isEmpty()) {
            throw new ProjectLoadException(source, Migrations.explainOldFields(binder.problems(), version));
        }
        Project p = project.get();
        return new Project(version, p.name(), p.description(), p.scenarios());
    }

    /** The one JSON value of {@code json}; anything after it (a second document, stray text) is a problem. */
    private static JsonNode readOneDocument(String json, String source) throws ProjectLoadException {
        try (JsonParser parser = MAPPER.createParser(json)) {
            JsonNode tree = MAPPER.readTree(parser);
            if (tree != null && parser.nextToken() != null) {
                var loc = parser.currentTokenLocation();
                throw new ProjectLoadException(source, List.of(new ProjectProblem(JsonPaths.ROOT, "text after the end of the project at line "
                        + loc.getLineNr() + ", column " + loc.getColumnNr() + ": a project file holds exactly one JSON object")));
            }
            return tree;
        } catch (JsonProcessingException ex) {
            var loc = ex.getLocation();
            String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            throw new ProjectLoadException(source, List.of(new ProjectProblem(JsonPaths.ROOT,
                    "invalid JSON" + where + ": " + ex.getOriginalMessage())));
        } catch (IOException ex) {
            throw new IllegalStateException("reading a string cannot fail", ex);
        }
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
        ObjectNode tree = MAPPER.createObjectNode().put("$schema", SCHEMA_URI);
        tree.setAll((ObjectNode) TreeWriter.write(project));
        tree.put("formatVersion", Project.CURRENT_FORMAT_VERSION);
        return pretty(tree);
    }

    /** JSON text as HallPlan writes files: two-space indentation, arrays of numbers on one line, "\n" line ends, a final newline. */
    static String pretty(JsonNode tree) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return MAPPER.writer(printer).writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot write JSON", ex);
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
