package dev.hallplan.app.cli;

import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.file.ProjectLoadException;
import dev.hallplan.engine.project.file.ProjectFiles;
import dev.hallplan.engine.usecase.GatedProject;
import dev.hallplan.engine.usecase.ProjectGate;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * How every command reads a project file: through the engine's {@code ProjectGate}, the same checks
 * {@code hallplan validate} prints. Errors stop the command (exit 2, every problem listed);
 * warnings are printed to stderr and the command goes on.
 */
final class ProjectInput {
    private ProjectInput() {
    }

    static Project open(Path file, PrintWriter err) throws ProjectLoadException, IOException {
        // the catalog and model zoo the gate needs load on a second core while this one parses the file
        java.util.concurrent.CompletableFuture<ProjectGate> gate = java.util.concurrent.CompletableFuture.supplyAsync(Engines::gate);
        Project parsed = ProjectFiles.load(file);
        GatedProject gated = gate.join().admit(parsed, file.toString());
        gated.warnings().forEach(w -> err.println("hallplan: warning " + w.jsonPath() + ": " + w.reason()));
        err.flush();
        return gated.project();
    }
}
