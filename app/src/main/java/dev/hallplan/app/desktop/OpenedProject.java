package dev.hallplan.app.desktop;

import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.file.ProjectFiles;
import dev.hallplan.engine.project.file.ProjectLoadException;
import dev.hallplan.samples.Samples;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;

/**
 * The project a start-up file names: loaded, or, when it does not load, the default sample after a
 * dialog listing every problem with its JSON path (the file itself is left untouched).
 */
final class OpenedProject {
    private OpenedProject() {
    }

    static Project load(Path file) {
        try {
            return ProjectFiles.load(file);
        } catch (ProjectLoadException ex) {
            explain(file, ex.problems().stream().map(p -> p.severity() + " " + p.jsonPath() + ": " + p.reason())
                    .collect(Collectors.joining("\n")));
        } catch (IOException | RuntimeException ex) {
            explain(file, String.valueOf(ex.getMessage()));
        }
        return Samples.load("default");
    }

    private static void explain(Path file, String problems) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle("HallPlan");
        alert.setHeaderText(file.getFileName() + " could not be opened; showing the default sample instead.");
        TextArea text = new TextArea(problems);
        text.setEditable(false);
        text.setWrapText(true);
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
    }
}
