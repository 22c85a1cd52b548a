package dev.hallplan.app.hall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.app.testutil.TestCatalogs;
import dev.hallplan.app.workspace.BackgroundTasks;
import dev.hallplan.app.workspace.ProjectViewModel;
import dev.hallplan.app.workspace.Projects;
import dev.hallplan.app.workspace.ScenarioReports;
import org.junit.jupiter.api.Test;

class HallFollowerTest {
    private final ProjectViewModel document = new ProjectViewModel();
    private final BackgroundTasks tasks = new BackgroundTasks(Runnable::run, Runnable::run);
    private final HallViewModel hall = new HallViewModel();

    HallFollowerTest() {
        ScenarioReports reports = new ScenarioReports(document, tasks, (p, s) -> {
            throw new AssertionError("no plan in these tests");
        });
        new HallFollower(hall, document, reports, tasks, TestCatalogs::small);
    }

    @Test
    void theFiguresFollowTheSelectedHallAtNameplateWithoutAPlan() {
        document.open(Projects.twoScenarios(), null, true);
        assertEquals("hall-1", hall.hallProperty().get().id());
        String caption = hall.captionProperty().get();
        assertTrue(caption.contains("18 racks") && caption.contains("IT at nameplate"), caption);
        assertTrue(hall.itFigureProperty().get().endsWith("IT at nameplate"), hall.itFigureProperty().get());
    }

    @Test
    void closingTheProjectEmptiesTheFigures() {
        document.open(Projects.twoScenarios(), null, true);
        document.close();
        assertNull(hall.hallProperty().get());
        assertEquals("", hall.itFigureProperty().get());
        assertEquals("No hall in this scenario", hall.captionProperty().get());
    }
}
