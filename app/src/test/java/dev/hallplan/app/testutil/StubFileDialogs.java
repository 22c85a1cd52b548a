package dev.hallplan.app.testutil;

import dev.hallplan.app.services.FileDialogs;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** File choosers that return queued paths (empty queue: the user cancelled) and record what was asked. */
public final class StubFileDialogs implements FileDialogs {
    public final Deque<Path> choices = new ArrayDeque<>();
    /** "open" or "save KIND suggested-name", in order. */
    public final List<String> asked = new ArrayList<>();

    @Override
    public Optional<Path> chooseProjectToOpen(Path directory) {
        asked.add("open");
        return Optional.ofNullable(choices.pollFirst());
    }

    @Override
    public Optional<Path> chooseFileToOpen(Kind kind, Path directory) {
        asked.add("open " + kind);
        return Optional.ofNullable(choices.pollFirst());
    }

    @Override
    public Optional<Path> chooseSaveTarget(Kind kind, Path directory, String suggestedName) {
        asked.add("save " + kind + " " + suggestedName);
        return Optional.ofNullable(choices.pollFirst());
    }
}
