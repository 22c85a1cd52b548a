package dev.hallplan.engine.project.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.engine.project.PlacedRack;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every kind of broken project file, each from a file in test resources under bad/. */
class ProjectLoadErrorsTest {
    private static final String RACKS = "$.scenarios[0].halls[0].rows[0].racks";

    private static List<ProjectProblem> problemsOf(String name) throws Exception {
        Path file = resource("bad/" + name + ".hallplan.json");
        return assertThrows(ProjectLoadException.class, () -> ProjectFiles.load(file)).problems();
    }

    static Path resource(String name) throws URISyntaxException {
        return Path.of(ProjectLoadErrorsTest.class.getResource(name).toURI());
    }

    private static List<String> texts(List<ProjectProblem> problems) {
        return problems.stream().map(ProjectProblem::toString).toList();
    }

    @Test
    void loadingReportsSyntaxErrorWithLineAndColumn() throws Exception {
        List<ProjectProblem> p = problemsOf("syntax-error");
        assertEquals(1, p.size());
        assertEquals("$", p.get(0).jsonPath());
        // the comma is missing at the end of line 3, so the parser stumbles on line 4's field name
        assertTrue(p.get(0).reason().startsWith("invalid JSON at line 4, column"), p.get(0).reason());
    }

    @Test
    void loadingRejectsUnknownField() throws Exception {
        List<ProjectProblem> p = problemsOf("unknown-field");
        assertEquals(1, p.size());
        assertEquals(RACKS + "[0].colour", p.get(0).jsonPath());
        assertTrue(p.get(0).reason().startsWith("unknown field; PlacedRack has id, position, rackTypeId"), p.get(0).reason());
    }

    @Test
    void loadingRejectsTextWhereANumberBelongs() throws Exception {
        assertEquals(List.of("$.scenarios[0].halls[0].rows[0].positions: expected a whole number, was text \"ten\""),
                texts(problemsOf("wrong-type")));
    }

    @Test
    void loadingRejectsBooleanForNumberAndFractionForWholeNumber() throws Exception {
        assertEquals(List.of(
                        RACKS + "[0].equipment[0].uPosition: expected a whole number, was 1.5",
                        "$.scenarios[0].workloads[0].slo.ttftSeconds: expected a number, was true"),
                texts(problemsOf("wrong-number-kinds")));
    }

    @Test
    void loadingReportsEveryMissingRequiredField() throws Exception {
        // the hall lacks its region (a record the constructor requires) and rack A-02 its feed capacity (a number)
        assertEquals(List.of(
                        "$.scenarios[0].halls[0].region: missing required field",
                        RACKS + "[1].feeds.feedCapacityWatts: missing required field"),
                texts(problemsOf("missing-required")).stream().sorted().toList());
    }

    @Test
    void loadingMapsConstructorComplaintToTheField() throws Exception {
        assertEquals(List.of(RACKS + "[0].feeds.feedCapacityWatts: must be positive, was -5.0"),
                texts(problemsOf("negative-feed")));
    }

    @Test
    void loadingRejectsDuplicateIdsInAList() throws Exception {
        assertEquals(List.of(RACKS + "[1].id: duplicate id 'A-01'"), texts(problemsOf("duplicate-ids")));
    }

    @Test
    void loadingReportsEveryProblemAtOnce() throws Exception {
        List<String> p = texts(problemsOf("many-problems"));
        assertEquals(4, p.size(), p.toString());
        assertTrue(p.contains(RACKS + "[1].feeds.feedCapacityWatts: must be positive, was -5.0"), p.toString());
        assertTrue(p.contains("$.scenarios[0].workloads[0].priority: expected a whole number, was text \"high\""), p.toString());
        assertTrue(p.contains("$.scenarios[0].workloads[0].isolation: expected one of SHARED, DEDICATED_SERVER, DEDICATED_RACK,"
                + " was text \"PRIVATE\""), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith(RACKS + "[0].colour: unknown field")), p.toString());
    }

    @Test
    void loadingRejectsNewerFormat() throws Exception {
        assertEquals(List.of("$.formatVersion: format 7 is newer than this HallPlan reads (1); update HallPlan"),
                texts(problemsOf("newer-format")));
    }

    @Test
    void loadingRequiresFormatVersion() throws Exception {
        assertEquals(List.of("$.formatVersion: missing required field"), texts(problemsOf("missing-format-version")));
    }

    @Test
    void loadingRejectsDuplicateJsonKey() throws Exception {
        List<ProjectProblem> p = problemsOf("duplicate-key");
        assertEquals(1, p.size());
        assertTrue(p.get(0).reason().contains("Duplicate field 'name'"), p.get(0).reason());
    }

    @Test
    void loadingRejectsEmptyFile() throws Exception {
        assertEquals(List.of("$: file is empty"), texts(problemsOf("empty")));
    }

    @Test
    void loadingRejectsTopLevelArray() throws Exception {
        assertEquals(List.of("$: expected an object, was an array"), texts(problemsOf("not-an-object")));
    }

    @Test
    void loadingRejectsHourlyProfileOfWrongLength() throws Exception {
        assertEquals(List.of("$.scenarios[0].workloads[0].demand.shareOfPeak: an hourly profile has 1, 24, 168 or 8760 values, not 5"),
                texts(problemsOf("bad-profile")));
    }

    @Test
    void blankIdsAreReportedOnTheirOwnField() throws Exception {
        // the rack's id is blank and the mounted server's catalogId is blank: both constructors say "... id must
        // not be blank", and each complaint lands on the blank field, not on a field merely named "id"
        assertEquals(List.of(
                        RACKS + "[0].equipment[0].catalogId: must not be blank",
                        RACKS + "[1].id: must not be blank"),
                texts(problemsOf("blank-ids")).stream().sorted().toList());
    }

    @Test
    void exceptionMessageNamesFileAndFirstProblem() throws Exception {
        Path file = resource("bad/negative-feed.hallplan.json");
        ProjectLoadException ex = assertThrows(ProjectLoadException.class, () -> ProjectFiles.load(file));
        assertTrue(ex.getMessage().startsWith(file + ": 1 problem, first: $.scenarios"), ex.getMessage());
    }
}
