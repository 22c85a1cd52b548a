package dev.hallplan.engine.perf;

import dev.hallplan.catalog.snapshot.SnapshotClass;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The build-time snapshot of the built-in model zoo ({@link SnapshotClass}; planner-engine/pom.xml
 * runs {@link #main} after compiling): {@code models.json} parsed the normal way, written as
 * {@value ModelZoo#SNAPSHOT_CLASS}, which constructs the same {@link ModelSpec}s directly.
 */
final class ZooSnapshotWriter {
    private ZooSnapshotWriter() {
    }

    /** Writes the snapshot's source under the generated-sources root {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ZooSnapshotWriter GENERATED_SOURCES_DIR");
        }
        String text = ModelZoo.builtInText();
        List<ModelSpec> models = List.copyOf(ModelZoo.parse(text).models());
        SnapshotClass.write(Path.of(args[0]), ModelZoo.SNAPSHOT_CLASS, SnapshotClass.source(ModelZoo.SNAPSHOT_CLASS,
                ZooSnapshotWriter.class.getSimpleName() + " from models.json", SnapshotClass.checksum(Map.of(ModelZoo.RESOURCE, text)), models));
    }
}
