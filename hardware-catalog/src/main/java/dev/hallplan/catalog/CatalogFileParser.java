package dev.hallplan.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns the text of one JSON catalog file into a {@link Catalog}: parse to a node tree, validate
 * every entry ({@link EntryValidator}, {@link SourcesValidator}, {@link CrossFieldRules}), and only
 * when the whole file is clean construct the records. A file with any problem yields no catalog.
 */
final class CatalogFileParser {
    private CatalogFileParser() {
    }

    /** The file's catalog when {@code problems} is empty, otherwise null. */
    record Parsed(Catalog catalog, List<CatalogProblem> problems) {
    }

    static Parsed parse(String file, String text) {
        EntryProblems fileProblems = new EntryProblems(file, "");
        JsonNode root;
        try {
            root = CatalogJson.MAPPER.readTree(text);
        } catch (JsonProcessingException ex) {
            fileProblems.add("", "not valid JSON: " + ex.getOriginalMessage() + locate(ex));
            return new Parsed(null, fileProblems.list());
        }
        if (root == null || !root.isObject()) {
            fileProblems.add("", "the top level must be a JSON object with \"formatVersion\" and entry arrays");
            return new Parsed(null, fileProblems.list());
        }
        checkHeader(root, fileProblems);
        List<CatalogProblem> problems = new ArrayList<>(fileProblems.list());
        List<Object> entries = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (CatalogKind kind : CatalogKind.values()) {
            JsonNode array = root.get(kind.jsonArray());
            if (array == null) {
                continue;
            }
            if (!array.isArray()) {
                problems.add(new CatalogProblem(file, "", kind.jsonArray(), "expected an array of " + kind.key() + " entries, found "
                        + EntryValidator.describe(array)));
                continue;
            }
            for (int i = 0; i < array.size(); i++) {
                parseEntry(file, kind, i, array.get(i), seen, problems, entries);
            }
        }
        if (!problems.isEmpty()) {
            return new Parsed(null, problems);
        }
        Catalog.Builder b = Catalog.builder();
        entries.forEach(e -> b.add((CatalogEntry) e));
        return new Parsed(b.build(), List.of());
    }

    private static void parseEntry(String file, CatalogKind kind, int index, JsonNode node, Map<String, String> seen,
                                   List<CatalogProblem> problems, List<Object> entries) {
        String position = kind.jsonArray() + "[" + index + "]";
        JsonNode idNode = node.get("id");
        String id = idNode != null && idNode.isTextual() ? idNode.asText() : position;
        EntryProblems p = new EntryProblems(file, id);
        if (idNode != null && idNode.isTextual()) {
            if (!idNode.asText().matches("[a-z0-9][a-z0-9._-]*")) {
                p.add("id", "ids are lower-case letters, digits, '.', '_' or '-', starting with a letter or digit");
            }
            String earlier = seen.putIfAbsent(id, position);
            if (earlier != null) {
                p.add("id", "duplicate id: also defined at " + earlier);
            }
        }
        Class<? extends Record> type = CatalogJson.recordClass(kind);
        new EntryValidator(p).validateRecord(type, node, "");
        if (node.isObject()) {
            new SourcesValidator(p).validate(type, node);
            new CrossFieldRules(p).check(kind, node);
        }
        if (p.isEmpty()) {
            try {
                entries.add(CatalogJson.toRecord(kind, node));
            } catch (IOException | RuntimeException ex) {
                p.add("", "rejected: " + rootMessage(ex));
            }
        }
        problems.addAll(p.list());
    }

    private static void checkHeader(JsonNode root, EntryProblems p) {
        JsonNode version = root.get("formatVersion");
        if (version == null) {
            p.add("formatVersion", "missing required field (this format is version " + CatalogJson.FORMAT_VERSION + ")");
        } else if (!version.isInt() || version.intValue() != CatalogJson.FORMAT_VERSION) {
            p.add("formatVersion", "unsupported format version " + version.asText() + "; expected " + CatalogJson.FORMAT_VERSION);
        }
        String known = Arrays.stream(CatalogKind.values()).map(CatalogKind::jsonArray).collect(Collectors.joining(", "));
        root.fieldNames().forEachRemaining(name -> {
            boolean isKind = Arrays.stream(CatalogKind.values()).anyMatch(k -> k.jsonArray().equals(name));
            if (!isKind && !name.equals("formatVersion")) {
                p.add(name, "unknown top-level key; expected formatVersion and any of " + known);
            }
        });
    }

    private static String locate(JsonProcessingException ex) {
        return ex.getLocation() == null ? ""
                : " (line " + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() + ")";
    }

    private static String rootMessage(Throwable ex) {
        Throwable t = ex;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
