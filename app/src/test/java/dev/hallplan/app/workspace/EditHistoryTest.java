package dev.hallplan.app.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class EditHistoryTest {
    @Test
    void undoAndRedoWalkTheStepsAndNameThem() {
        EditHistory<String> h = new EditHistory<>("a", true);
        h.record("Add b", "ab");
        h.record("Add c", "abc");
        assertEquals(Optional.of("Add c"), h.undoName());
        assertEquals("ab", h.undo());
        assertEquals(Optional.of("Add b"), h.undoName());
        assertEquals(Optional.of("Add c"), h.redoName());
        assertEquals("a", h.undo());
        assertEquals(Optional.empty(), h.undoName());
        assertThrows(IllegalStateException.class, h::undo);
        assertEquals("ab", h.redo());
        assertEquals("abc", h.redo());
        assertEquals(Optional.empty(), h.redoName());
    }

    @Test
    void theSavePointFollowsUndoAndRedo() {
        EditHistory<String> h = new EditHistory<>("a", true);
        assertTrue(h.atSavePoint());
        h.record("Add b", "ab");
        assertFalse(h.atSavePoint());
        h.markSaved(h.mark());
        assertTrue(h.atSavePoint());
        h.undo();
        assertFalse(h.atSavePoint(), "undone past the save point: dirty");
        h.redo();
        assertTrue(h.atSavePoint(), "back at the save point: clean");
    }

    @Test
    void aNewStepAfterUndoDropsTheUndoneStepsAndTheSavePointWithThem() {
        EditHistory<String> h = new EditHistory<>("a", true);
        h.record("Add b", "ab");
        h.markSaved(h.mark());
        h.undo();
        h.record("Add x", "ax");
        assertEquals(Optional.empty(), h.redoName());
        assertFalse(h.atSavePoint());
        h.undo();
        assertFalse(h.atSavePoint(), "the start was not saved any more either");
        assertEquals("a", h.current());
    }

    @Test
    void anUnsavedStartIsDirtyUntilSaved() {
        EditHistory<String> h = new EditHistory<>("recovered", false);
        assertFalse(h.atSavePoint());
        h.markSaved(h.mark());
        assertTrue(h.atSavePoint());
    }
}
