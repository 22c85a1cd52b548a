package dev.hallplan.catalog;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a procurement price list (CSV with header {@code id,priceUsd,source} and optional
 * {@code kind} (a {@link ProvenanceKind}, default VENDOR) and {@code note}) into updated copies of
 * existing entries: the price and its provenance change, nothing else. Lines starting with '#' are
 * comments. Any problem rejects the whole list.
 */
final class PriceListParser {
    private static final Set<String> REQUIRED = Set.of("id", "priceUsd", "source");
    private static final Set<String> KNOWN = Set.of("id", "priceUsd", "source", "kind", "note");

    private PriceListParser() {
    }

    static CatalogFileParser.Parsed parse(String file, String text, Catalog current) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setCommentMarker('#').setIgnoreEmptyLines(true).get();
        EntryProblems fileProblems = new EntryProblems(file, "");
        List<CatalogProblem> problems = new ArrayList<>();
        Catalog.Builder updates = Catalog.builder();
        try (CSVParser csv = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = csv.getHeaderNames();
            REQUIRED.stream().filter(h -> !header.contains(h)).sorted()
                    .forEach(h -> fileProblems.add(h, "missing column; a price list needs columns id,priceUsd,source"));
            header.stream().filter(h -> !KNOWN.contains(h))
                    .forEach(h -> fileProblems.add(h, "unknown column; expected id, priceUsd, source, kind, note"));
            if (!fileProblems.isEmpty()) {
                return new CatalogFileParser.Parsed(null, fileProblems.list());
            }
            Map<String, Long> seen = new HashMap<>();
            for (CSVRecord row : csv) {
                row(file, row, current, seen, problems).ifPresent(e -> updates.add((CatalogEntry) e));
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException ex) {
            fileProblems.add("", "not a readable CSV price list: " + ex.getMessage());
            return new CatalogFileParser.Parsed(null, fileProblems.list());
        }
        return problems.isEmpty() ? new CatalogFileParser.Parsed(updates.build(), List.of())
                : new CatalogFileParser.Parsed(null, problems);
    }

    private static Optional<Object> row(String file, CSVRecord row, Catalog current, Map<String, Long> seen,
                                        List<CatalogProblem> problems) {
        String id = row.isSet("id") ? row.get("id") : "";
        String at = "row " + row.getRecordNumber() + ": ";
        EntryProblems p = new EntryProblems(file, id.isEmpty() ? "row " + row.getRecordNumber() : id);
        Optional<Object> entry = find(current, id);
        Long earlier = seen.putIfAbsent(id, row.getRecordNumber());
        if (id.isEmpty()) {
            p.add("id", at + "missing id");
        } else if (earlier != null) {
            p.add("id", at + "duplicate id: also priced in row " + earlier);
        } else if (entry.isEmpty()) {
            p.add("id", at + "unknown id: a price list can only price entries of the built-in or an earlier user catalog");
        }
        Optional<String> priceField = entry.flatMap(PriceListParser::priceField);
        if (entry.isPresent() && priceField.isEmpty()) {
            p.add("priceUsd", at + "a " + CatalogJson.kindOf(entry.get()).key() + " entry has no price");
        }
        Double price = null;
        String priceText = row.isSet("priceUsd") ? row.get("priceUsd") : "";
        try {
            price = Double.parseDouble(priceText);
            Class<?> type = entry.map(Object::getClass).orElse(null);
            Limit limit = type == null || priceField.isEmpty() ? Limit.NON_NEGATIVE : CatalogRules.limit(type, priceField.get());
            Optional<String> reason = limit.check("priceUsd", price);
            if (reason.isPresent()) {
                p.add("priceUsd", at + reason.get());
                price = null;
            }
        } catch (NumberFormatException ex) {
            p.add("priceUsd", at + "expected a number of US dollars, found \"" + priceText + "\"");
        }
        String source = row.isSet("source") ? row.get("source") : "";
        if (source.isBlank()) {
            p.add("source", at + "missing provenance source: a quote reference or URL is required");
        }
        String kindText = row.isSet("kind") && !row.get("kind").isBlank() ? row.get("kind") : ProvenanceKind.VENDOR.name();
        if (Arrays.stream(ProvenanceKind.values()).noneMatch(k -> k.name().equals(kindText))) {
            p.add("kind", at + "unknown ProvenanceKind '" + kindText + "'");
        }
        problems.addAll(p.list());
        if (!p.isEmpty() || entry.isEmpty() || price == null) {
            return Optional.empty();
        }
        Provenance provenance = new Provenance(source, ProvenanceKind.valueOf(kindText), row.isSet("note") ? row.get("note") : "");
        return Optional.of(withPrice(entry.get(), priceField.get(), price, provenance));
    }

    /** A copy of {@code entry} with a new price and that price's provenance. */
    static Object withPrice(Object entry, String field, double priceUsd, Provenance provenance) {
        ObjectNode node = CatalogJson.toNode(entry);
        node.put(field, priceUsd);
        ((ObjectNode) node.get("sources")).set(field, CatalogJson.MAPPER.valueToTree(provenance));
        try {
            return CatalogJson.toRecord(CatalogJson.kindOf(entry), node);
        } catch (IOException ex) {
            throw new IllegalStateException("re-reading a catalog entry failed: " + ex.getMessage(), ex);
        }
    }

    private static Optional<String> priceField(Object entry) {
        return Arrays.stream(entry.getClass().getRecordComponents()).map(RecordComponent::getName)
                .filter(n -> n.equals("priceUsd") || n.equals("unitPriceUsd")).findFirst();
    }

    private static Optional<Object> find(Catalog catalog, String id) {
        return catalog.entry(id).map(e -> (Object) e);
    }
}
