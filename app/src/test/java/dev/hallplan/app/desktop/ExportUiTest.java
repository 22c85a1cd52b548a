package dev.hallplan.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.app.testutil.ScriptedDialogs;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** File > Export workbook… and Export PDF report… on an unsolved sample: it is solved first (after asking), then both files open. */
@ExtendWith(ApplicationExtension.class)
class ExportUiTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private DesktopFixture app;

    @Start
    void start(Stage stage) throws Exception {
        app = new DesktopFixture(stage, s -> dialogs);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void exportsAWorkbookAndAPdfThatOpen(FxRobot robot) throws Exception {
        DesktopFixture.waitFor(60, "the sample list", () -> !app.workbench.startPage().samples().isEmpty());
        robot.clickOn("#sample-default");
        DesktopFixture.waitFor(60, "the default sample", () -> app.workbench.document().scenarioProperty().get() != null);
        robot.interact(() -> app.workbench.plan().timeLimitSecondsProperty().set(4));
        Path xlsx = app.dir.resolve("plan.xlsx");
        Path pdf = app.dir.resolve("plan.pdf");

        dialogs.confirmations.add(true);
        app.files.choices.add(xlsx);
        robot.clickOn("#menu-file").clickOn("#menu-export-xlsx");
        DesktopFixture.waitFor(180, "the workbook", () -> xlsx.equals(app.workbench.export().lastWrittenProperty().get()));
        assertTrue(dialogs.asked.get(0).startsWith("confirm: Scenario H200 has no plan yet"), dialogs.asked.toString());
        assertEquals("Solve", app.workbench.document().undoNameProperty().get(), "the plan made for the export is kept");
        try (InputStream in = Files.newInputStream(xlsx); Workbook book = new XSSFWorkbook(in)) {
            assertTrue(book.getNumberOfSheets() >= 3, "sheets: " + book.getNumberOfSheets());
            assertTrue(book.getSheet("Summary") != null || book.getSheetAt(0).getPhysicalNumberOfRows() > 3);
        }

        app.files.choices.add(pdf);
        robot.clickOn("#menu-file").clickOn("#menu-export-pdf");
        DesktopFixture.waitFor(120, "the PDF", () -> pdf.equals(app.workbench.export().lastWrittenProperty().get()));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getNumberOfPages() >= 2, "pages: " + doc.getNumberOfPages());
        }
        assertEquals(1, dialogs.asked.stream().filter(a -> a.startsWith("confirm")).count(), "the planned scenario is not asked about again");
        assertEquals(List.of("save WORKBOOK default-sample-one-hall-three-hardware-choices-h200.xlsx",
                "save PDF default-sample-one-hall-three-hardware-choices-h200.pdf"), app.files.asked);
        robot.clickOn("#open-exported");
        assertEquals(List.of(pdf), app.opened);
    }
}
