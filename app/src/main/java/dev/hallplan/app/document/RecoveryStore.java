package dev.hallplan.app.document;

import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.file.AtomicFiles;
import dev.hallplan.engine.project.file.ProjectFiles;
import dev.hallplan.engine.project.file.ProjectLoadException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Recovery copies of unsaved work, beside the user's settings (never over the user's file). Each
 * running app writes its own pair {@code session-PID.hallplan.json} + {@code session-PID.properties}
 * (original file, time, process start), atomically; a pair whose process is no longer running
 * was left behind by a crash or a kill and is offered for recovery on the next start.
 */
public final class RecoveryStore {
    /**
     * A recovery copy left behind.
     *
     * @param originalFile the file the project was opened from; null for a project never saved
     */
    public record Recovery(Path projectCopy, Path info, String projectName, Path originalFile, Instant savedAt) {
    }

    /** Identifies a process across pid reuse: its pid and start time (null when the platform does not tell). */
    record Session(long pid, Instant started) {
        static Session current() {
            ProcessHandle self = ProcessHandle.current();
            return new Session(self.pid(), self.info().startInstant().orElse(null));
        }

        static boolean isRunning(Session s) {
            return ProcessHandle.of(s.pid).filter(ProcessHandle::isAlive)
                    .map(h -> s.started == null || s.started.equals(h.info().startInstant().orElse(null)))
                    .orElse(false);
        }
    }

    private final Path directory;
    private final Session self;
    private final Predicate<Session> running;

    public RecoveryStore(Path directory) {
        this(directory, Session.current(), Session::isRunning);
    }

    RecoveryStore(Path directory, Session self, Predicate<Session> running) {
        this.directory = directory;
        this.self = self;
        this.running = running;
    }

    /** Writes this session's recovery copy of {@code project}, atomically. */
    public void write(Project project, Path originalFile, Instant at) throws IOException {
        Files.createDirectories(directory);
        ProjectFiles.save(project, copyOf(self.pid()));
        Properties info = new Properties();
        info.setProperty("projectName", project.name());
        info.setProperty("savedAt", at.toString());
        info.setProperty("pid", Long.toString(self.pid()));
        if (self.started() != null) {
            info.setProperty("processStarted", self.started().toString());
        }
        if (originalFile != null) {
            info.setProperty("originalFile", originalFile.toAbsolutePath().toString());
        }
        StringWriter text = new StringWriter();
        info.store(text, "HallPlan recovery copy");
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(infoOf(self.pid()), out -> out.write(bytes));
    }

    /** Removes this session's recovery copy (after a save or a close). */
    public void clear() throws IOException {
        Files.deleteIfExists(infoOf(self.pid()));
        Files.deleteIfExists(copyOf(self.pid()));
    }

    /** Copies left by sessions no longer running, newest first. */
    public List<Recovery> leftBehind() throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<Recovery> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path info : files.filter(f -> f.getFileName().toString().matches("session-\\d+\\.properties")).toList()) {
                read(info).ifPresent(found::add);
            }
        }
        found.sort(Comparator.comparing(Recovery::savedAt).reversed());
        return found;
    }

    public Project load(Recovery recovery) throws IOException, ProjectLoadException {
        return ProjectFiles.load(recovery.projectCopy());
    }

    public void discard(Recovery recovery) throws IOException {
        Files.deleteIfExists(recovery.info());
        Files.deleteIfExists(recovery.projectCopy());
    }

    private Optional<Recovery> read(Path infoFile) {
        Properties info = new Properties();
        try (Reader in = Files.newBufferedReader(infoFile, StandardCharsets.UTF_8)) {
            info.load(in);
            long pid = Long.parseLong(info.getProperty("pid"));
            String started = info.getProperty("processStarted");
            Session owner = new Session(pid, started == null ? null : Instant.parse(started));
            Path copy = copyOf(pid);
            if (owner.equals(self) || running.test(owner) || !Files.isRegularFile(copy)) {
                return Optional.empty();
            }
            String original = info.getProperty("originalFile");
            return Optional.of(new Recovery(copy, infoFile, info.getProperty("projectName", "Untitled"),
                    original == null ? null : Path.of(original), Instant.parse(info.getProperty("savedAt"))));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private Path copyOf(long pid) {
        return directory.resolve("session-" + pid + ProjectFiles.SUFFIX);
    }

    private Path infoOf(long pid) {
        return directory.resolve("session-" + pid + ".properties");
    }
}
