package dev.hallplan.app.catalog;

import dev.hallplan.catalog.CatalogKind;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import java.util.function.Function;

/** Lays out and binds the catalog browser: kind picker, filter, table, count. */
public final class CatalogBrowserView extends VBox {
    public CatalogBrowserView(CatalogBrowserViewModel vm) {
        setSpacing(8);
        setPadding(new Insets(8));
        setId("catalog-browser");

        ComboBox<CatalogKind> kind = new ComboBox<>();
        kind.getItems().setAll(CatalogKind.values());
        kind.setConverter(new StringConverter<>() {
            @Override public String toString(CatalogKind k) { return k == null ? "" : k.jsonArray(); }
            @Override public CatalogKind fromString(String s) { return CatalogKind.valueOf(s); }
        });
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        kind.setId("catalog-kind");

        TextField filter = new TextField();
        filter.setPromptText("Filter by id, vendor, name or figure");
        filter.textProperty().bindBidirectional(vm.filterProperty());
        filter.setId("catalog-filter");
        HBox.setHgrow(filter, Priority.ALWAYS);

        TableView<CatalogRow> table = new TableView<>(vm.rows());
        table.setId("catalog-table");
        table.getColumns().add(column("Id", CatalogRow::id, 150));
        table.getColumns().add(column("Vendor", CatalogRow::vendor, 80));
        table.getColumns().add(column("Name", CatalogRow::name, 190));
        table.getColumns().add(column("Key figures (dense peak)", CatalogRow::keyFigures, 380));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
        VBox.setVgrow(table, Priority.ALWAYS);

        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());
        status.setId("catalog-status");

        Label title = new Label("Hardware catalog");
        title.getStyleClass().add("title-4");
        getChildren().addAll(title, new HBox(8, kind, filter), table, status);
    }

    private static TableColumn<CatalogRow, String> column(String title, Function<CatalogRow, String> value, double width) {
        TableColumn<CatalogRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
