package dev.hallplan.app.desktop;

import dev.hallplan.app.services.Dialogs;
import dev.hallplan.engine.project.file.ProjectProblem;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/** {@link Dialogs} as JavaFX dialogs owned by the main window. */
final class FxDialogs implements Dialogs {
    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    static final ButtonType DISCARD = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
    static final ButtonType RECOVER = new ButtonType("Recover", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType DISCARD_RECOVERY = new ButtonType("Discard", ButtonBar.ButtonData.CANCEL_CLOSE);
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private final Supplier<Window> owner;

    FxDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public SaveChoice askSaveChanges(String projectName) {
        Alert a = alert(Alert.AlertType.CONFIRMATION, "Unsaved changes", "Save the changes to " + projectName + "?",
                "Your changes are lost if you don't save them.", "save-dialog");
        a.getButtonTypes().setAll(SAVE, DISCARD, ButtonType.CANCEL);
        ButtonType answer = a.showAndWait().orElse(ButtonType.CANCEL);
        return answer == SAVE ? SaveChoice.SAVE : answer == DISCARD ? SaveChoice.DISCARD : SaveChoice.CANCEL;
    }

    @Override
    public boolean showProblems(String fileName, List<ProjectProblem> problems, boolean canOpenAnyway) {
        return new ProblemsDialog(owner.get(), fileName, problems, canOpenAnyway).showAndWait()
                .filter(b -> b == ProblemsDialog.OPEN_ANYWAY).isPresent();
    }

    @Override
    public boolean askRecover(String projectName, LocalDateTime savedAt) {
        Alert a = alert(Alert.AlertType.CONFIRMATION, "Recover unsaved work",
                "Recover unsaved changes to " + projectName + " from " + savedAt.format(HH_MM) + "?",
                "HallPlan did not close normally last time (" + savedAt.toLocalDate()
                        + "). Recover opens the changes as an unsaved project; Discard deletes them.", "recovery-dialog");
        a.getButtonTypes().setAll(RECOVER, DISCARD_RECOVERY);
        return a.showAndWait().filter(b -> b == RECOVER).isPresent();
    }

    @Override
    public boolean confirm(String title, String question) {
        Alert a = alert(Alert.AlertType.CONFIRMATION, title, question, null, "confirm-dialog");
        a.getButtonTypes().setAll(ButtonType.YES, ButtonType.NO);
        return a.showAndWait().filter(b -> b == ButtonType.YES).isPresent();
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initialText) {
        TextInputDialog d = new TextInputDialog(initialText);
        d.initOwner(owner.get());
        d.setTitle(title);
        d.setHeaderText(prompt);
        d.getDialogPane().setId("text-dialog");
        return d.showAndWait();
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, title, message, "error-dialog").showAndWait();
    }

    @Override
    public void showMessage(String title, String text) {
        Alert a = alert(Alert.AlertType.INFORMATION, title, title, null, "message-dialog");
        TextArea body = new TextArea(text);
        body.setEditable(false);
        body.setWrapText(true);
        body.setPrefSize(560, 260);
        a.getDialogPane().setContent(body);
        a.showAndWait();
    }

    private Alert alert(Alert.AlertType type, String title, String header, String content, String id) {
        Alert a = new Alert(type);
        a.initOwner(owner.get());
        a.setTitle(title);
        a.setHeaderText(header);
        a.setContentText(content);
        a.getDialogPane().setId(id);
        a.setResizable(true);
        return a;
    }
}
