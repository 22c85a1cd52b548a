package dev.hallplan.app.designer;

/**
 * What the user is dragging out of the designer's catalog list (a press-drag-release gesture, so
 * it works within the window without the platform's drag and drop): a catalog id and whether it is
 * a rack type (dropped on the floor) or equipment (dropped on a rack's elevation).
 */
final class CatalogDrag {
    private String catalogId;
    private boolean rackType;

    void start(String id, boolean isRackType) {
        this.catalogId = id;
        this.rackType = isRackType;
    }

    /** The dragged id, or null when nothing is being dragged; clears the drag. */
    String take() {
        String id = catalogId;
        catalogId = null;
        return id;
    }

    boolean isRackType() {
        return rackType;
    }

    boolean active() {
        return catalogId != null;
    }
}
