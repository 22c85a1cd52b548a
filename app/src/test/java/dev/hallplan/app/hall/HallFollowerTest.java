package dev.hallplan.app.hall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.app.testutil.TestCatalogs;
import dev.hallplan.app.workspace.BackgroundTasks;
import dev.hallplan.app.workspace.ItemRef;
import dev.hallplan.app.workspace.ProjectViewModel;
import dev.hallplan.app.workspace.Projects;
import dev.hallplan.app.workspace.ScenarioReports;
import java.util.List;
import java.util.Set;
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
    void theFloorFollowsTheSelectedHallAndMarksSelectedRacksAndRows() {
        document.open(Projects.twoScenarios(), null, true);
        assertEquals(18, hall.tiles().size());
        document.selectItems(List.of(ItemRef.rack("hall-1", "A-03")));
        assertEquals(Set.of("A-03"), hall.selectedRacksProperty().get());
        document.selectItems(List.of(ItemRef.row("hall-1", "B")));
        assertEquals(8, hall.selectedRacksProperty().get().size());
        assertTrue(hall.selectedRacksProperty().get().stream().allMatch(id -> id.startsWith("B-")));
    }

    @Test
    void pickingARackOnTheFloorSelectsIt() {
        document.open(Projects.twoScenarios(), null, true);
        hall.choose(1, 4);
        assertEquals(List.of(ItemRef.rack("hall-1", "B-05")), document.selectionProperty().get().items());
        hall.choose(1, 11);
        assertEquals(List.of(ItemRef.rack("hall-1", "B-05")), document.selectionProperty().get().items(), "an empty position selects nothing");
    }

    @Test
    void closingTheProjectEmptiesTheFloor() {
        document.open(Projects.twoScenarios(), null, true);
        document.close();
        assertTrue(hall.tiles().isEmpty());
        assertEquals("", hall.itFigureProperty().get());
    }
}
