package dev.hallplan.app.services;

import dev.hallplan.engine.project.file.ProjectProblem;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Every question and message the app puts to the user, behind one interface so that view models
 * stay free of the scene graph and tests answer for the user. Each method blocks until answered
 * and is called on the UI thread.
 */
public interface Dialogs {
    /** The answer to "save changes before ...?". */
    enum SaveChoice {
        SAVE, DISCARD, CANCEL
    }

    /** Asks whether to save the changes to {@code projectName} before they would be lost. */
    SaveChoice askSaveChanges(String projectName);

    /**
     * Lists every problem of a file with its JSON path.
     *
     * @param canOpenAnyway true when only warnings were found: the dialog then offers "Open anyway"
     * @return true when the user chose to open the file anyway (never when {@code canOpenAnyway} is false)
     */
    boolean showProblems(String fileName, List<ProjectProblem> problems, boolean canOpenAnyway);

    /**
     * "Recover unsaved changes to X from HH:MM?".
     *
     * @return true for Recover, false for Discard
     */
    boolean askRecover(String projectName, LocalDateTime savedAt);

    /** A yes/no question; true for yes. */
    boolean confirm(String title, String question);

    /** Asks for one line of text, e.g. a new name; empty when cancelled. */
    Optional<String> askText(String title, String prompt, String initialText);

    /** Something went wrong: what and, where known, why. */
    void showError(String title, String message);

    /** Information such as About or the keyboard shortcuts; {@code text} may span lines. */
    void showMessage(String title, String text);
}
