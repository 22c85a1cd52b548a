package dev.hallplan.engine.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.hallplan.catalog.snapshot.SnapshotClass;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The build-time snapshot of the built-in zoo is the zoo models.json gives, and only its. */
class ZooSnapshotTest {
    @Test
    void snapshotWrittenByTheBuildHoldsEveryModelOfTheFileInOrder() {
        String text = ModelZoo.builtInText();
        List<Object> snapshot = SnapshotClass.read(ModelZoo.SNAPSHOT_CLASS, SnapshotClass.checksum(Map.of(ModelZoo.RESOURCE, text)));
        assertNotNull(snapshot, "the build writes and compiles " + ModelZoo.SNAPSHOT_CLASS + " (planner-engine/pom.xml)");
        List<ModelSpec> parsed = List.copyOf(ModelZoo.parse(text).models());
        assertEquals(parsed, snapshot);
        assertEquals(parsed, List.copyOf(ModelZoo.builtIn().models()));
    }

    @Test
    void snapshotOfAnEditedFileIsNotUsed() {
        String edited = ModelZoo.builtInText().replace("\"formatVersion\"", " \"formatVersion\"");
        assertNull(SnapshotClass.read(ModelZoo.SNAPSHOT_CLASS, SnapshotClass.checksum(Map.of(ModelZoo.RESOURCE, edited))));
    }
}
