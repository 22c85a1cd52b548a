package dev.hallplan.app.desktop;

import dev.hallplan.engine.project.file.ProjectProblem;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Lists every problem of a file with its severity and JSON path; offers "Open anyway" when only warnings were found. */
final class ProblemsDialog extends Dialog<ButtonType> {
    static final ButtonType OPEN_ANYWAY = new ButtonType("Open anyway", ButtonBar.ButtonData.OK_DONE);

    ProblemsDialog(Window owner, String fileName, List<ProjectProblem> problems, boolean canOpenAnyway) {
        initOwner(owner);
        long errors = problems.stream().filter(ProjectProblem::isError).count();
        long warnings = problems.size() - errors;
        setTitle("Problems in " + fileName);
        setHeaderText(fileName + ": " + count(errors, "error") + ", " + count(warnings, "warning")
                + (canOpenAnyway ? ". Open it anyway?" : ". It was not opened; the open project is unchanged."));
        TableView<ProjectProblem> table = new TableView<>();
        table.setId("problem-table");
        table.getItems().setAll(problems);
        table.getColumns().add(column("Severity", 90, p -> p.severity().name().toLowerCase(java.util.Locale.ROOT)));
        table.getColumns().add(column("Where (JSON path)", 420, ProjectProblem::jsonPath));
        table.getColumns().add(column("Problem", 460, ProjectProblem::reason));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(Math.min(440, 70 + 36 * problems.size()));
        Label hint = new Label("The same list: hallplan validate " + fileName);
        hint.getStyleClass().add("text-muted");
        getDialogPane().setContent(new VBox(8, table, hint));
        getDialogPane().setId("problems-dialog");
        getDialogPane().setPrefWidth(1000);
        getDialogPane().setMinWidth(1000);
        table.setMinWidth(980);
        if (canOpenAnyway) {
            getDialogPane().getButtonTypes().addAll(OPEN_ANYWAY, ButtonType.CANCEL);
        } else {
            getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        }
        setResizable(true);
    }

    private static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private static TableColumn<ProjectProblem, String> column(String title, double width,
                                                              java.util.function.Function<ProjectProblem, String> value) {
        TableColumn<ProjectProblem, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
