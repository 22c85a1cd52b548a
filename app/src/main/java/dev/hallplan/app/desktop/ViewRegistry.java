package dev.hallplan.app.desktop;

import java.util.ArrayList;
import java.util.List;

/** The views of the main window, in registration order per area. */
public final class ViewRegistry {
    private final List<WorkspaceView> views = new ArrayList<>();

    /** Adds {@code view} after the views already in its area; refuses a second view with the same id. */
    public void register(WorkspaceView view) {
        if (views.stream().anyMatch(v -> v.id().equals(view.id()))) {
            throw new IllegalArgumentException("a view with id " + view.id() + " is already registered");
        }
        views.add(view);
    }

    public List<WorkspaceView> in(WorkspaceView.Area area) {
        return views.stream().filter(v -> v.area() == area).toList();
    }
}
