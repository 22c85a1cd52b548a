package dev.hallplan.sweeps.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.hallplan.sweeps.point.PointFigures;
import dev.hallplan.sweeps.point.PointResult;
import dev.hallplan.sweeps.spec.SweepPoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PointJournalTest {
    static final SweepManifest STUDY = manifest("spec-a");

    @TempDir
    Path dir;

    static SweepManifest manifest(String specHash) {
        return new SweepManifest("s", "p.hallplan.json", "project-1", specHash, 3, List.of("chat"), JsonNodeFactory.instance.objectNode());
    }

    static PointResult result(int index) {
        PointFigures f = new PointFigures(1.1e5, 1.45e5, 1e5, 1.3e5, 1.3, 4e12, 1e4, 50, 2e6, 3e5, 7e5, Double.NaN, 9e3, 0.4, 0.35,
                1.2e6, 4, 30.5, 1, Map.of("chat", 0.75));
        return new PointResult(new SweepPoint(index, "H200", Map.of("energy", 1.25)), "FEASIBLE_DEMAND_UNMET", "", "0hard/-5medium/-7soft",
                1.5, 2.0, f);
    }

    @Test
    void aPointResultReadsBackEqualNaNIncluded() throws Exception {
        PointJournal j = PointJournal.open(dir, STUDY, false);
        j.write(result(2));
        j.write(PointResult.failed(new SweepPoint(0, "B200", Map.of("energy", 0.5)), "no such model", 0.1));
        assertEquals(Set.of(0, 2), j.finished());
        List<PointResult> read = j.readAll();
        assertEquals(List.of(PointResult.failed(new SweepPoint(0, "B200", Map.of("energy", 0.5)), "no such model", 0.1), result(2)), read);
        assertTrue(Double.isNaN(read.get(1).figures().usdPerMillionOutputTokens()));
    }

    @Test
    void resultsOfTheStudyAreNotTouchedWithoutResume() throws Exception {
        PointJournal.open(dir, STUDY, false).write(result(1));
        var ex = assertThrows(IllegalArgumentException.class, () -> PointJournal.open(dir, STUDY, false));
        assertTrue(ex.getMessage().contains("already holds 1 of 3 point results of this sweep: add --resume"), ex.getMessage());
        assertEquals(Set.of(1), PointJournal.open(dir, STUDY, true).finished());
    }

    @Test
    void resultsOfAnotherSpecAreNeverResumed() throws Exception {
        PointJournal.open(dir, STUDY, false).write(result(1));
        var ex = assertThrows(IllegalArgumentException.class, () -> PointJournal.open(dir, manifest("spec-b"), true));
        assertTrue(ex.getMessage().contains("holds results of another sweep"), ex.getMessage());
        assertTrue(Files.exists(dir.resolve("points/point-000001.json")), "nothing the user had is lost");
    }

    @Test
    void aWriteAKillInterruptedIsNeitherAResultNorLeftBehind() throws Exception {
        PointJournal.open(dir, STUDY, false).write(result(1));
        Path torn = Files.writeString(dir.resolve("points/.point-000002.json.1a2b.tmp"), "{\"point\": {\"ind");
        PointJournal j = PointJournal.open(dir, STUDY, true);
        assertEquals(Set.of(1), j.finished());
        assertFalse(Files.exists(torn));
    }
}
