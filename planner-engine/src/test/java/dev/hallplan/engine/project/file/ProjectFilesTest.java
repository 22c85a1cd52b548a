package dev.hallplan.engine.project.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.engine.project.Fixtures;
import dev.hallplan.engine.project.Plan;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.ReplicaPlacement;
import dev.hallplan.engine.project.Scenario;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFilesTest {
    @TempDir
    Path dir;

    @Test
    void saveThenLoadGivesEqualProject() throws Exception {
        Project original = Fixtures.project();
        Path file = dir.resolve("p.hallplan.json");
        ProjectFiles.save(original, file);
        assertEquals(original, ProjectFiles.load(file));
    }

    @Test
    void replicaPowerCapIsWrittenReadBackAndLeftOutWhenAbsent() throws Exception {
        Project base = Fixtures.project();
        Scenario s = base.scenarios().get(0);
        ReplicaPlacement r = s.plan().replicas().get(0);
        ReplicaPlacement capped = new ReplicaPlacement(r.id(), r.workloadId(), r.modelId(), r.hallId(), r.serverId(),
                r.acceleratorCount(), r.precision(), r.tensorParallel(), r.batch(), 450.0);
        Project withCap = base.withScenario(s.withPlan(new Plan(s.plan().source(), s.plan().score(), java.util.List.of(capped))));
        String json = ProjectFiles.toJson(withCap);
        assertTrue(json.contains("\"acceleratorPowerCapWatts\" : 450"), json);
        assertEquals(450.0, ProjectFiles.parse(json, "test").scenarios().get(0).plan().replicas().get(0).acceleratorPowerCapWatts());
        assertTrue(!ProjectFiles.toJson(base).contains("acceleratorPowerCapWatts"));
        assertEquals(null, ProjectFiles.parse(ProjectFiles.toJson(base), "test").scenarios().get(0).plan().replicas().get(0)
                .acceleratorPowerCapWatts());
    }

    @Test
    void savedTextMatchesTheCheckedInFile() throws Exception {
        // the checked-in file fixes the layout: component order, sorted map keys, profiles as number arrays
        String expected = Files.readString(ProjectLoadErrorsTest.resource("valid.hallplan.json"));
        assertEquals(expected, ProjectFiles.toJson(Fixtures.project()));
    }

    @Test
    void mapKeysAreWrittenSorted() {
        String json = ProjectFiles.toJson(Fixtures.project());
        // Fixtures puts "us-east" first in a Map.of; the file must not depend on hash order
        assertTrue(json.indexOf("\"eu-west\"") < json.indexOf("\"us-east\""), json);
    }

    @Test
    void loadingVersionZeroMovesTopLevelHallsIntoOneScenario() throws Exception {
        Project p = ProjectFiles.load(ProjectLoadErrorsTest.resource("v0-single-hall.hallplan.json"));
        assertEquals(0, p.formatVersion());
        assertEquals(1, p.scenarios().size());
        Scenario s = p.scenarios().get(0);
        assertEquals(MigrationV0ToV1.SCENARIO_NAME, s.name());
        Scenario expected = Fixtures.project().scenarios().get(0);
        assertEquals(expected.halls(), s.halls());
        assertEquals(expected.workloads(), s.workloads());
        assertEquals(expected.plan(), s.plan());
        assertEquals(expected.constraintWeights(), s.constraintWeights());
    }

    @Test
    void savingAMigratedProjectWritesTheCurrentFormat() throws Exception {
        Project p = ProjectFiles.load(ProjectLoadErrorsTest.resource("v0-single-hall.hallplan.json"));
        Path file = dir.resolve("migrated.hallplan.json");
        ProjectFiles.save(p, file);
        String text = Files.readString(file);
        assertTrue(text.contains("\"formatVersion\" : 1"), text);
        Project reloaded = ProjectFiles.load(file);
        assertEquals(1, reloaded.formatVersion());
        assertEquals(p.scenarios(), reloaded.scenarios());
    }

    @Test
    void failureMidSaveLeavesOldFileIntact() throws Exception {
        Path file = dir.resolve("p.hallplan.json");
        byte[] old = "old content\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, old);
        byte[] fresh = ProjectFiles.toJson(Fixtures.project()).getBytes(StandardCharsets.UTF_8);
        IOException ex = assertThrows(IOException.class, () -> AtomicFiles.write(file, fresh, temp -> {
            throw new IOException("disk full");
        }));
        assertEquals("cannot write " + file + ": disk full", ex.getMessage());
        assertArrayEquals(old, Files.readAllBytes(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "the temporary file must be removed");
        }
    }

    @Test
    void saveKeepsTheReplacedFilesPermissions() throws Exception {
        Path file = dir.resolve("p.hallplan.json");
        Files.writeString(file, "old");
        Assumptions.assumeTrue(Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class));
        Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(file, shared);
        ProjectFiles.save(Fixtures.project(), file);
        assertEquals(shared, Files.getPosixFilePermissions(file));
    }

    @Test
    void savingANonFiniteNumberFailsAndLeavesTheOldFile() throws Exception {
        Path file = dir.resolve("p.hallplan.json");
        Files.writeString(file, "old");
        Project p = Fixtures.project();
        Scenario s = p.scenarios().get(0);
        Scenario bad = new Scenario(s.name(), s.description(), s.halls(), s.workloads(), s.plan(), s.simulation(), s.financials(),
                java.util.Map.of("rackPower", Double.NaN));
        Project broken = new Project(p.formatVersion(), p.name(), p.description(), java.util.List.of(bad));
        assertThrows(IllegalArgumentException.class, () -> ProjectFiles.save(broken, file));
        assertEquals("old", Files.readString(file));
    }

    @Test
    void saveReplacesExistingFileWholly() throws Exception {
        Path file = dir.resolve("p.hallplan.json");
        Files.writeString(file, "x".repeat(100_000));
        ProjectFiles.save(Fixtures.project(), file);
        assertEquals(ProjectFiles.toJson(Fixtures.project()), Files.readString(file));
    }
}
