package dev.hallplan.app.desktop;

import java.util.Objects;
import java.util.function.Function;
import javafx.scene.Node;

/**
 * A view that plugs into the main window: where it goes, its tab title, and how to build it from
 * the {@link Workbench} (whose view models and services it binds to). Register it in
 * {@link Workbench#views()} before the window is built; see app/README.md "Adding a view".
 *
 * @param id      unique, also the tab's node id (tests look it up)
 * @param factory builds the view once, on the UI thread
 */
public record WorkspaceView(String id, String title, Area area, Function<Workbench, Node> factory) {
    /** Where a view shows: the main tabs (floor, scenario, catalog...) or the tabs below them (plan...). */
    public enum Area {
        MAIN, BOTTOM
    }

    public WorkspaceView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(factory, "factory");
    }
}
