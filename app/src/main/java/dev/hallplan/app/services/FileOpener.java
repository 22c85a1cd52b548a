package dev.hallplan.app.services;

import java.nio.file.Path;

/** Opens a written file with the application the platform associates with it (the "Open file" link). */
@FunctionalInterface
public interface FileOpener {
    void open(Path file);
}
