package dev.hallplan.app.testutil;

import dev.hallplan.app.services.Dialogs;
import dev.hallplan.engine.project.file.ProjectProblem;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Answers dialogs for tests from queues set up beforehand and records every question asked.
 * An unexpected question (empty queue) fails the test with the question in the message.
 */
public final class ScriptedDialogs implements Dialogs {
    public final Deque<SaveChoice> saveChoices = new ArrayDeque<>();
    public final Deque<Boolean> confirmations = new ArrayDeque<>();
    public final Deque<String> texts = new ArrayDeque<>();
    public final Deque<Boolean> openAnyway = new ArrayDeque<>();
    public final Deque<Boolean> recoverAnswers = new ArrayDeque<>();
    /** Every question and message, in order, e.g. "error: Could not save x: disk full". */
    public final List<String> asked = new ArrayList<>();
    /** The problems of the last problems dialog. */
    public List<ProjectProblem> lastProblems = List.of();

    @Override
    public SaveChoice askSaveChanges(String projectName) {
        asked.add("save changes: " + projectName);
        return next(saveChoices, "save changes to " + projectName);
    }

    @Override
    public boolean showProblems(String fileName, List<ProjectProblem> problems, boolean canOpenAnyway) {
        asked.add("problems: " + fileName + " (" + problems.size() + ")");
        lastProblems = List.copyOf(problems);
        return canOpenAnyway && next(openAnyway, "open " + fileName + " anyway");
    }

    @Override
    public boolean askRecover(String projectName, LocalDateTime savedAt) {
        asked.add("recover: " + projectName);
        return next(recoverAnswers, "recover " + projectName);
    }

    @Override
    public boolean confirm(String title, String question) {
        asked.add("confirm: " + question);
        return next(confirmations, question);
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initialText) {
        asked.add("text: " + prompt);
        return Optional.ofNullable(next(texts, prompt));
    }

    @Override
    public void showError(String title, String message) {
        asked.add("error: " + title + ": " + message);
    }

    @Override
    public void showMessage(String title, String text) {
        asked.add("message: " + title);
    }

    private static <T> T next(Deque<T> answers, String question) {
        if (answers.isEmpty()) {
            throw new AssertionError("unexpected question: " + question);
        }
        return answers.removeFirst();
    }
}
