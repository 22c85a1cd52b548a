package dev.hallplan.app.workspace;

import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * The open document, which every view reads and edits through: the project, its file, the
 * selected scenario, hall and items, the dirty state and the one {@link EditHistory}. Edits are
 * {@link ProjectEdit}s that build new immutable records; views observe these properties and never
 * keep a copy of the project. Call on the UI thread only.
 */
public final class ProjectViewModel {
    /** A saved state: what to write, and the token that marks it saved once written. */
    public record SavePoint(Project project, Object mark, Object document) {
    }

    private EditHistory<WorkspaceState> history;
    private final Slots.ObjectSlot<Project> project = new Slots.ObjectSlot<>("project", null);
    private final Slots.ObjectSlot<Path> file = new Slots.ObjectSlot<>("file", null);
    private final Slots.BooleanSlot dirty = new Slots.BooleanSlot("dirty");
    private final Slots.ObjectSlot<Selection> selection = new Slots.ObjectSlot<>("selection", Selection.NONE);
    private final Slots.ObjectSlot<Scenario> scenario = new Slots.ObjectSlot<>("scenario", null);
    private final Slots.ObjectSlot<Hall> hall = new Slots.ObjectSlot<>("hall", null);
    private final Slots.StringSlot undoName = new Slots.StringSlot("undoName", "");
    private final Slots.StringSlot redoName = new Slots.StringSlot("redoName", "");
    private final Slots.StringSlot title = new Slots.StringSlot("title", "HallPlan");
    private final Slots.ObjectSlot<Object> document = new Slots.ObjectSlot<>("document", null);
    private final List<Slots.Announcing> all = List.of(document, project, file, dirty, selection, scenario, hall, undoName,
            redoName, title);
    private Path filePath;

    /**
     * A token of the open document: it changes when a project is opened or closed, not when it is
     * edited (views reset per-document state on it; a solve of the previous document stops).
     */
    public ReadOnlyObjectProperty<Object> documentProperty() { return document; }
    /** The open project; null when none is open (the start page shows). */
    public ReadOnlyObjectProperty<Project> projectProperty() { return project; }
    /** The file the project was opened from or last saved to; null for a project never saved. */
    public ReadOnlyObjectProperty<Path> fileProperty() { return file; }
    /** True when the project differs from what was last opened or saved. */
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty; }
    public ReadOnlyObjectProperty<Selection> selectionProperty() { return selection; }
    /** The selected scenario; null when no project is open. */
    public ReadOnlyObjectProperty<Scenario> scenarioProperty() { return scenario; }
    /** The selected hall of the selected scenario; null when it has none. */
    public ReadOnlyObjectProperty<Hall> hallProperty() { return hall; }
    /** Name of the edit Undo would take back; empty when there is none. */
    public ReadOnlyStringProperty undoNameProperty() { return undoName; }
    public ReadOnlyStringProperty redoNameProperty() { return redoName; }
    /** The window title: "• Project — file.hallplan.json — HallPlan", the dot while dirty. */
    public ReadOnlyStringProperty titleProperty() { return title; }

    public boolean isOpen() {
        return history != null;
    }

    /**
     * Opens {@code opened} as a new document with an empty history.
     *
     * @param from  the file it came from (Save writes there); null for a project never saved
     * @param saved true when {@code opened} is what {@code from} holds; false for a recovered
     *              project, which stays dirty until saved
     */
    public void open(Project opened, Path from, boolean saved) {
        history = new EditHistory<>(new WorkspaceState(opened, Selection.NONE), saved);
        filePath = from;
        show();
    }

    /** Closes the document; the project becomes null. */
    public void close() {
        history = null;
        filePath = null;
        show();
    }

    /**
     * Applies {@code edit} to the current state as one undoable step.
     *
     * @throws IllegalArgumentException when the edit refuses its input (nothing changes)
     * @throws IllegalStateException    when no project is open
     */
    public void apply(ProjectEdit edit) {
        WorkspaceState before = requireOpen().current();
        WorkspaceState after = edit.change().apply(before);
        if (after.project() == before.project()) {
            return;
        }
        history.record(edit.name(), after);
        show();
    }

    public void undo() {
        if (isOpen() && history.undoName().isPresent()) {
            history.undo();
            show();
        }
    }

    public void redo() {
        if (isOpen() && history.redoName().isPresent()) {
            history.redo();
            show();
        }
    }

    /** Selects scenario {@code name} and its first hall. */
    public void selectScenario(String name) {
        select(history == null ? null : current().selection().withScenario(name));
    }

    /** Selects hall {@code hallId} of the selected scenario. */
    public void selectHall(String hallId) {
        select(history == null ? null : current().selection().withHall(hallId));
    }

    /** Selects {@code items} of the selected scenario, switching to the hall of the first one that stands in a hall. */
    public void selectItems(List<ItemRef> items) {
        if (history == null) {
            return;
        }
        Selection s = current().selection();
        String hallId = items.stream().map(ItemRef::hallId).filter(h -> h != null).findFirst().orElse(s.hallId());
        select(new Selection(s.scenarioName(), hallId, items));
    }

    /** What to write for a save now; hand it back to {@link #markSaved} once written. */
    public SavePoint savePoint() {
        return new SavePoint(requireOpen().current().project(), history.mark(), history);
    }

    /** {@code point} is now in {@code to}: the save point moves there (if the document is still open). */
    public void markSaved(SavePoint point, Path to) {
        if (point.document() != history) {
            return;
        }
        history.markSaved(point.mark());
        filePath = to;
        show();
    }

    private void select(Selection wanted) {
        if (wanted == null) {
            return;
        }
        history.replaceCurrent(new WorkspaceState(current().project(), wanted));
        show();
    }

    private WorkspaceState current() {
        return history.current();
    }

    private EditHistory<WorkspaceState> requireOpen() {
        if (history == null) {
            throw new IllegalStateException("no project is open");
        }
        return history;
    }

    /** Puts every property at the new state first, then tells the listeners: each sees a consistent whole. */
    private void show() {
        WorkspaceState s = history == null ? null : history.current();
        Project p = s == null ? null : s.project();
        Selection sel = s == null ? Selection.NONE : s.selection();
        Scenario sc = p == null || sel.scenarioName() == null ? null : p.scenario(sel.scenarioName()).orElse(null);
        boolean isDirty = history != null && !history.atSavePoint();
        document.put(history);
        project.put(p);
        file.put(filePath);
        selection.put(sel);
        scenario.put(sc);
        hall.put(sc == null || sel.hallId() == null ? null : sc.hall(sel.hallId()).orElse(null));
        dirty.put(isDirty);
        undoName.put(history == null ? "" : history.undoName().orElse(""));
        redoName.put(history == null ? "" : history.redoName().orElse(""));
        title.put(p == null ? "HallPlan" : (isDirty ? "• " : "") + p.name()
                + (filePath == null ? "" : " — " + filePath.getFileName()) + " — HallPlan");
        all.forEach(Slots.Announcing::announce);
    }
}
