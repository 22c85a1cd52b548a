package dev.hallplan.app.designer;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.CatalogSummary;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The designer's catalog list: rack types (drag onto a free floor position) and mountable
 * equipment (drag into a rack's elevation at a U). Dragging is a press-drag-release gesture that
 * the floor and the elevation receive as a mouse-drag release.
 */
final class CatalogPalette extends VBox {
    /** One entry of the list; {@code rackType} false for servers, switches and storage. */
    record Item(String id, String label, boolean rackType) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final ListView<Item> list = new ListView<>();

    CatalogPalette(DesignerViewModel vm, CatalogDrag drag) {
        setId("designer-palette");
        setSpacing(4);
        list.setId("designer-palette-list");
        list.setCellFactory(v -> {
            ListCell<Item> cell = new ListCell<>() {
                @Override
                protected void updateItem(Item item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : item.label());
                    setId(empty || item == null ? null : "palette-" + item.id());
                    setStyle(item != null && item.id().startsWith("§") ? "-fx-font-weight: bold;" : "");
                }
            };
            cell.setOnDragDetected(e -> {
                Item item = cell.getItem();
                if (item != null && !item.id().startsWith("§")) {
                    drag.start(item.id(), item.rackType());
                    cell.startFullDrag();
                }
            });
            return cell;
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Label title = new Label("Catalog (drag onto the floor or a rack)");
        title.setWrapText(true);
        getChildren().addAll(title, list);
        setPrefWidth(230);
        vm.snapshotProperty().addListener(o -> fill(vm.catalog()));
        fill(vm.catalog());
    }

    /** The rack type chosen in the list, or null. */
    String selectedRackType() {
        Item item = list.getSelectionModel().getSelectedItem();
        return item != null && item.rackType() ? item.id() : null;
    }

    private void fill(Catalog catalog) {
        if (catalog == null || !list.getItems().isEmpty()) {
            return;
        }
        List<Item> items = new ArrayList<>();
        items.add(new Item("§racks", "Rack types", false));
        catalog.rackTypes().forEach(t -> items.add(new Item(t.id(), t.name(), true)));
        items.add(new Item("§servers", "Servers", false));
        catalog.servers().forEach(s -> items.add(new Item(s.id(), CatalogSummary.name(s) + " · " + s.rackUnits() + " U", false)));
        items.add(new Item("§network", "Switches", false));
        catalog.networkDevices().stream().filter(n -> n.rackUnits() > 0)
                .forEach(n -> items.add(new Item(n.id(), CatalogSummary.name(n) + " · " + n.rackUnits() + " U", false)));
        items.add(new Item("§storage", "Storage", false));
        catalog.storageSystems().forEach(s -> items.add(new Item(s.id(), CatalogSummary.name(s) + " · " + s.rackUnits() + " U", false)));
        list.getItems().setAll(items);
    }
}
