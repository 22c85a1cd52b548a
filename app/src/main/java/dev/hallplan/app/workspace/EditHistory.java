package dev.hallplan.app.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one command stack of the app: a list of named steps between immutable states, unlimited
 * in depth, with a save point. Undo and redo move along the list; a new step after undo drops
 * the steps that were undone. Because states are immutable records that share what did not
 * change, a step costs only the records an edit replaced.
 *
 * @param <T> the state (the app uses {@link WorkspaceState})
 */
public final class EditHistory<T> {
    private record Step<T>(String name, T before, T after) {
    }

    private final Object start = new Object();
    private final List<Step<T>> steps = new ArrayList<>();
    private T current;
    private int position;
    private Object savePoint;

    /**
     * @param initial the state at the start
     * @param saved   true when {@code initial} is what the file holds (not dirty)
     */
    public EditHistory(T initial, boolean saved) {
        this.current = initial;
        this.savePoint = saved ? start : new Object();
    }

    public T current() {
        return current;
    }

    /** Records the step {@code name} from the current state to {@code after}. */
    public void record(String name, T after) {
        while (steps.size() > position) {
            if (steps.remove(steps.size() - 1) == savePoint) {
                savePoint = new Object();
            }
        }
        steps.add(new Step<>(name, current, after));
        position++;
        current = after;
    }

    /** Replaces the current state without a step: for changes that are not edits, such as the selection. */
    public void replaceCurrent(T state) {
        current = state;
    }

    /** The name of the step undo would take back, if any. */
    public Optional<String> undoName() {
        return position == 0 ? Optional.empty() : Optional.of(steps.get(position - 1).name());
    }

    /** The name of the step redo would do again, if any. */
    public Optional<String> redoName() {
        return position == steps.size() ? Optional.empty() : Optional.of(steps.get(position).name());
    }

    /** Takes back the last step; returns the state before it. */
    public T undo() {
        if (position == 0) {
            throw new IllegalStateException("nothing to undo");
        }
        current = steps.get(--position).before();
        return current;
    }

    /** Does the next undone step again; returns the state after it. */
    public T redo() {
        if (position == steps.size()) {
            throw new IllegalStateException("nothing to redo");
        }
        current = steps.get(position++).after();
        return current;
    }

    /** A token for where the history stands now, to hand to {@link #markSaved(Object)} once that state is written. */
    public Object mark() {
        return position == 0 ? start : steps.get(position - 1);
    }

    /** The state at {@code mark} is what the file now holds. */
    public void markSaved(Object mark) {
        savePoint = mark;
    }

    /** True when the current state is the one last saved (the document is not dirty). */
    public boolean atSavePoint() {
        return mark() == savePoint;
    }
}
