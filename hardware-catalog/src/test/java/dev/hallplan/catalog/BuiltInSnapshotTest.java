package dev.hallplan.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The build-time snapshot of the built-in catalog is the catalog its files give, and only theirs. */
class BuiltInSnapshotTest {
    @Test
    void snapshotWrittenByTheBuildHoldsEveryEntryOfTheFilesInOrder() {
        Map<String, String> files = CatalogLoader.builtInFiles();
        Catalog snapshot = BuiltInSnapshotWriter.readSnapshot(dev.hallplan.catalog.snapshot.SnapshotClass.checksum(files));
        assertNotNull(snapshot, "the build writes and compiles " + BuiltInSnapshotWriter.CLASS_NAME + " (hardware-catalog/pom.xml)");
        Catalog parsed = CatalogLoader.parseBuiltIn();
        for (CatalogKind kind : CatalogKind.values()) {
            assertEquals(List.copyOf(parsed.entries(kind)), List.copyOf(snapshot.entries(kind)), kind.jsonArray());
        }
        assertEquals(parsed.size(), CatalogLoader.builtIn().size());
        for (CatalogKind kind : CatalogKind.values()) {
            assertEquals(List.copyOf(parsed.entries(kind)), List.copyOf(CatalogLoader.builtIn().entries(kind)), kind.jsonArray());
        }
    }

    @Test
    void snapshotOfOtherFilesIsNotUsed() {
        Map<String, String> edited = new LinkedHashMap<>(CatalogLoader.builtInFiles());
        String first = edited.keySet().iterator().next();
        edited.put(first, edited.get(first) + " ");
        long editedChecksum = dev.hallplan.catalog.snapshot.SnapshotClass.checksum(edited);
        assertNotEquals(dev.hallplan.catalog.snapshot.SnapshotClass.checksum(CatalogLoader.builtInFiles()), editedChecksum);
        assertNull(BuiltInSnapshotWriter.readSnapshot(editedChecksum));
    }

    @Test
    void writtenSourceNamesTheChecksumAndOneMethodPerEntry() {
        Catalog parsed = CatalogLoader.parseBuiltIn();
        String source = BuiltInSnapshotWriter.source(parsed, 42);
        assertEquals(1, source.split("public static final long SOURCE_CRC32 = 42L;", -1).length - 1);
        assertEquals(parsed.size(), source.split("    private static Object e", -1).length - 1);
    }
}
