package dev.hallplan.engine.project.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression tests for the whole-document defects of issue 15: files the loader used to accept
 * silently (trailing content, numbers overflowing to infinity, a format version that does not match
 * the content, ids with control characters) and messages that did not say what failed.
 */
class HostileProjectFileTest {
    @TempDir
    Path dir;

    static String valid() throws Exception {
        return Files.readString(ProjectLoadErrorsTest.resource("valid.hallplan.json"));
    }

    private static List<String> problems(String json) {
        return assertThrows(ProjectLoadException.class, () -> ProjectFiles.parse(json, "t.hallplan.json"))
                .problems().stream().map(ProjectProblem::toString).toList();
    }

    @Test
    void loadingRefusesTextAfterTheProjectObject() throws Exception {
        List<String> p = problems(valid() + "garbage");
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("$: "), p.get(0));
        assertTrue(p.get(0).contains("line 160"), p.get(0));
    }

    @Test
    void loadingRefusesASecondJsonDocument() throws Exception {
        List<String> p = problems(valid() + "{ \"formatVersion\" : 1 }\n");
        assertEquals(List.of("$: text after the end of the project at line 160, column 1: a project file holds exactly one JSON object"), p);
    }

    @Test
    void loadingRefusesANumberThatOverflowsToInfinity() throws Exception {
        List<String> p = problems(valid().replace("\"gridTieInWatts\" : 5000000", "\"gridTieInWatts\" : 1e400"));
        assertEquals(List.of("$.scenarios[0].halls[0].supply.gridTieInWatts: number out of range: beyond ±1.8e308 (it overflows to infinity)"), p);
    }

    @Test
    void loadingRefusesAWholeNumberBeyondTheIntegerRange() throws Exception {
        List<String> p = problems(valid().replace("\"positions\" : 10", "\"positions\" : 1e30"));
        assertEquals(List.of("$.scenarios[0].halls[0].rows[0].positions: expected a whole number within ±2147483647, was 1.0E30"), p);
    }

    @Test
    void loadingRefusesFormatZeroOnAFileInTheCurrentLayout() throws Exception {
        // format 0 had no scenarios; migrating would replace them with an empty one and drop every design
        List<String> p = problems(valid().replace("\"formatVersion\" : 1", "\"formatVersion\" : 0"));
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("$.scenarios: formatVersion is 0, but 'scenarios' first appears in format 1"), p.get(0));
    }

    @Test
    void loadingExplainsAFormatZeroFieldInACurrentFile() throws Exception {
        String json = valid().replace("\"description\" : \"for tests\",", "\"description\" : \"for tests\", \"halls\" : [ ],");
        List<String> p = problems(json);
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("$.halls: unknown field in format 1; 'halls' sat at the top level in format 0"), p.get(0));
    }

    @Test
    void loadingRefusesAnIdWithANewline() throws Exception {
        List<String> p = problems(valid().replace("\"id\" : \"A-01\"", "\"id\" : \"A-\\n01\""));
        assertEquals(List.of("$.scenarios[0].halls[0].rows[0].racks[0].id: must not contain control characters (U+000A at 2)"), p);
    }

    @Test
    void loadingRefusesAnIdLongerThan256Characters() throws Exception {
        // found by the fuzz corpus: a 100,000-character workload id passed and then failed the workbook export
        List<String> p = problems(valid().replace("\"id\" : \"w1\"", "\"id\" : \"" + "w".repeat(300) + "\""));
        assertEquals(List.of("$.scenarios[0].workloads[0].id: must be at most 256 characters long, was 300"), p);
    }

    @Test
    void loadingNamesFileByteOffsetAndEncodingOfInvalidUtf8() throws Exception {
        byte[] ok = valid().getBytes(StandardCharsets.UTF_8);
        int at = valid().indexOf("Test project");
        ok[at] = (byte) 0xFF;
        Path file = dir.resolve("latin.hallplan.json");
        Files.write(file, ok);
        ProjectLoadException ex = assertThrows(ProjectLoadException.class, () -> ProjectFiles.load(file));
        assertTrue(ex.getMessage().startsWith(file.toString()), ex.getMessage());
        assertEquals("$: not UTF-8 text: byte 0xFF at byte offset " + at + " (line 4) is not valid UTF-8; "
                + "project files are UTF-8, save the file with that encoding", ex.problems().get(0).toString());
    }

    @Test
    void loadingSaysWhatFailedWhenTheFileIsMissing() {
        Path missing = dir.resolve("p.hallplan.json");
        IOException ex = assertThrows(IOException.class, () -> ProjectFiles.load(missing));
        assertEquals("cannot read " + missing + ": no such file", ex.getMessage());
    }

    @Test
    void loadingNamesTheMissingDirectory() {
        Path missing = dir.resolve("nope").resolve("p.hallplan.json");
        IOException ex = assertThrows(IOException.class, () -> ProjectFiles.load(missing));
        assertEquals("cannot read " + missing + ": directory " + dir.resolve("nope") + " does not exist", ex.getMessage());
    }

    @Test
    void loadingAcceptsTheSchemaReferenceOfSavedFiles() throws Exception {
        assertTrue(valid().contains("\"$schema\" : \"" + ProjectFiles.SCHEMA_URI + "\""), "saved files name their schema");
        String without = valid().replaceFirst("\"\\$schema\" : \"[^\"]*\",", "");
        assertEquals(ProjectFiles.parse(without, "a"), ProjectFiles.parse(valid(), "b"));
    }

    @Test
    void loadingRefusesASchemaReferenceThatIsNotText() throws Exception {
        List<String> p = problems(valid().replaceFirst("\"\\$schema\" : \"[^\"]*\"", "\"\\$schema\" : 7"));
        assertEquals(List.of("$['$schema']: expected the schema's address as text, was number 7"), p);
    }
}
