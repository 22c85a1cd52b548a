package dev.hallplan.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Collection;

/**
 * Writes catalog entries in the catalog file format, so what the CLI prints with {@code --json}
 * can be edited and loaded back as a user catalog.
 */
public final class CatalogJsonWriter {
    private CatalogJsonWriter() {
    }

    /** One entry as a pretty-printed JSON object, sources included. */
    public static String entry(Object entry) {
        return pretty(CatalogJson.toNode(entry));
    }

    /** A complete catalog file holding {@code entries} of {@code kind}. */
    public static String file(CatalogKind kind, Collection<?> entries) {
        ObjectNode root = CatalogJson.MAPPER.createObjectNode();
        root.put("formatVersion", CatalogJson.FORMAT_VERSION);
        ArrayNode array = root.putArray(kind.jsonArray());
        entries.forEach(e -> array.add(CatalogJson.toNode(e)));
        return pretty(root);
    }

    /** A complete catalog file holding every entry of {@code catalog}, kind by kind. */
    public static String file(Catalog catalog) {
        ObjectNode root = CatalogJson.MAPPER.createObjectNode();
        root.put("formatVersion", CatalogJson.FORMAT_VERSION);
        for (CatalogKind kind : CatalogKind.values()) {
            ArrayNode array = root.putArray(kind.jsonArray());
            catalog.entries(kind).forEach(e -> array.add(CatalogJson.toNode(e)));
        }
        return pretty(root);
    }

    private static String pretty(ObjectNode node) {
        try {
            return CatalogJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
