package dev.hallplan.app.catalog;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.CatalogKind;
import dev.hallplan.catalog.CatalogSummary;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The catalog browser's state: which kind is shown, a free-text filter over id, vendor, name and
 * figures, and the selected entry's key figures. No scene-graph types: tests run as plain JUnit.
 */
public final class CatalogBrowserViewModel {
    private final ObjectProperty<Catalog> catalog = new SimpleObjectProperty<>(Catalog.empty());
    private final ObjectProperty<CatalogKind> kind = new SimpleObjectProperty<>(CatalogKind.ACCELERATOR);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObservableList<CatalogRow> allRows = FXCollections.observableArrayList();
    private final FilteredList<CatalogRow> rows = new FilteredList<>(allRows, r -> true);
    private final ObjectProperty<CatalogRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public CatalogBrowserViewModel() {
        catalog.addListener((obs, old, now) -> reload());
        kind.addListener((obs, old, now) -> reload());
        filter.addListener((obs, old, now) -> applyFilter());
        reload();
    }

    public ObjectProperty<Catalog> catalogProperty() { return catalog; }
    public ObjectProperty<CatalogKind> kindProperty() { return kind; }
    public StringProperty filterProperty() { return filter; }
    public ObjectProperty<CatalogRow> selectedProperty() { return selected; }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    /** The rows of the current kind that pass the filter, in catalog order. */
    public ObservableList<CatalogRow> rows() {
        return rows;
    }

    private void reload() {
        CatalogKind k = kind.get();
        List<CatalogRow> fresh = catalog.get().entries(k).stream()
                .map(e -> new CatalogRow(k, Catalog.idOf(e), CatalogSummary.vendor(e), CatalogSummary.name(e),
                        CatalogSummary.keyFigures(e), e))
                .toList();
        allRows.setAll(fresh);
        selected.set(null);
        applyFilter();
    }

    private void applyFilter() {
        String f = filter.get() == null ? "" : filter.get().trim().toLowerCase(Locale.ROOT);
        rows.setPredicate(r -> f.isEmpty()
                || (r.id() + " " + r.vendor() + " " + r.name() + " " + r.keyFigures()).toLowerCase(Locale.ROOT).contains(f));
        status.set(rows.size() + " of " + allRows.size() + " " + kind.get().jsonArray());
    }
}
