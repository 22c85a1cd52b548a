package dev.hallplan.samples;

import dev.hallplan.catalog.CatalogLoader;
import dev.hallplan.engine.perf.ModelZoo;
import dev.hallplan.engine.plan.ReplicaSizing;
import dev.hallplan.engine.project.file.ProjectFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the sample projects to the resource folder given as the only argument (a maintainer's
 * tool: run after changing {@link SampleProjects}, then commit the JSON). A test checks that the
 * shipped JSON equals what this would write, so the two never drift.
 */
public final class SampleWriter {
    private SampleWriter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: SampleWriter RESOURCE_DIR");
        }
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        SampleProjects samples = new SampleProjects(new ReplicaSizing(CatalogLoader.builtIn(), ModelZoo.builtIn()));
        for (String name : SampleProjects.NAMES) {
            ProjectFiles.save(samples.build(name), dir.resolve(name + ProjectFiles.SUFFIX));
        }
    }
}
