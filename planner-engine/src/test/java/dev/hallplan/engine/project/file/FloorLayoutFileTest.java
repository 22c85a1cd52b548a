package dev.hallplan.engine.project.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hallplan.engine.project.Fixtures;
import dev.hallplan.engine.project.FloorLayout;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Row;
import dev.hallplan.engine.project.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A hall's optional floor layout (aisles and clearances for its white space) in the project file. */
class FloorLayoutFileTest {

    /** The valid fixture file with {@code floorJson} added to its hall. */
    private static String withFloor(String floorJson) {
        String json = ProjectFiles.toJson(Fixtures.project());
        return json.replaceFirst("\"id\" : \"h1\",", "\"id\" : \"h1\", \"floor\" : " + floorJson + ",");
    }

    private static Hall firstHall(Project p) {
        return p.scenarios().get(0).halls().get(0);
    }

    @Test
    void aHallWithoutAFloorLayoutUsesTheDefaultsAndWritesNone() {
        Project p = Fixtures.project();
        assertEquals(FloorLayout.DEFAULTS, firstHall(p).floorLayout());
        assertFalse(ProjectFiles.toJson(p).contains("\"floor\""), "absent stays absent");
    }

    @Test
    void givenFieldsOverrideTheDefaultsAndTheRestKeepThem() throws Exception {
        Hall h = firstHall(ProjectFiles.parse(withFloor("{ \"hotAisleMeters\" : 1.5 }"), "test"));
        assertEquals(1.5, h.floorLayout().hotAisleMeters(), 0);
        assertEquals(FloorLayout.DEFAULT_COLD_AISLE_METERS, h.floorLayout().coldAisleMeters(), 0);
        assertEquals(FloorLayout.DEFAULT_PERIMETER_CLEARANCE_METERS, h.floorLayout().perimeterClearanceMeters(), 0);
    }

    @Test
    void aFloorLayoutSurvivesSaveAndLoad() throws Exception {
        Project p = Fixtures.project();
        Scenario s = p.scenarios().get(0);
        Hall h = firstHall(p).withFloor(new FloorLayout(1.8, 1.2, 2.0, 3.0));
        Project withFloor = p.withScenario(s.withHalls(List.of(h)));
        Project loaded = ProjectFiles.parse(ProjectFiles.toJson(withFloor), "test");
        assertEquals(withFloor, loaded);
        assertEquals(3.0, firstHall(loaded).floorLayout().perimeterClearanceMeters(), 0);
    }

    @Test
    void validatorWarnsWhenARackIsWiderThanItsRowsPitch() {
        Project p = Fixtures.project();
        Scenario s = p.scenarios().get(0);
        Hall h = firstHall(p);
        Row narrow = new Row(h.rows().get(0).id(), h.rows().get(0).positions(), 0.5, h.rows().get(0).cooling(),
                h.rows().get(0).racks());
        Project tight = p.withScenario(s.withHalls(List.of(h.withRows(List.of(narrow)))));
        List<String> problems = ProjectValidator.validate(tight, ProjectValidatorTest.REFS).stream()
                .map(ProjectProblem::toString).toList();
        assertEquals(List.of(
                "warning: $.scenarios[0].halls[0].rows[0].racks[0].rackTypeId: rack type 'rack-air-40kw' is 0.6 m wide, wider than "
                        + "row 'A''s 0.5 m pitch: the hall's white space understates the floor it needs",
                "warning: $.scenarios[0].halls[0].rows[0].racks[1].rackTypeId: rack type 'rack-air-40kw' is 0.6 m wide, wider than "
                        + "row 'A''s 0.5 m pitch: the hall's white space understates the floor it needs"), problems);
    }

    @Test
    void aNegativeAisleIsReportedOnItsField() {
        ProjectLoadException e = assertThrows(ProjectLoadException.class,
                () -> ProjectFiles.parse(withFloor("{ \"coldAisleMeters\" : -1 }"), "test"));
        assertEquals(List.of("$.scenarios[0].halls[0].floor.coldAisleMeters: must be within 0..100 m, was -1.0"),
                e.problems().stream().map(ProjectProblem::toString).toList());
    }
}
