package dev.hallplan.app.catalog;

import dev.hallplan.catalog.CatalogKind;

/** One line of the catalog browser: what the table shows of an entry. */
public record CatalogRow(CatalogKind kind, String id, String vendor, String name, String keyFigures, Object entry) {
}
