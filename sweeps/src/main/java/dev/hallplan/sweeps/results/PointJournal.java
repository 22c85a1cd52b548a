package dev.hallplan.sweeps.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.hallplan.engine.project.file.AtomicFiles;
import dev.hallplan.sweeps.point.PointResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The results directory's record of finished points: {@code sweep.json} (the manifest) and one
 * file per point, {@code points/point-000017.json}, each written atomically (temporary file,
 * fsync, rename) as soon as the point's result reaches the driver. A sweep killed at any moment
 * leaves only whole point files; {@code --resume} reads them and runs the rest.
 */
public final class PointJournal {
    public static final String MANIFEST = "sweep.json";
    public static final String POINTS_DIR = "points";
    private static final Pattern POINT_FILE = Pattern.compile("point-(\\d+)\\.json");
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path dir;
    private final Path points;

    private PointJournal(Path dir) {
        this.dir = dir;
        this.points = dir.resolve(POINTS_DIR);
    }

    /**
     * Opens {@code dir} for {@code manifest}'s study. A new or empty directory starts the study; a
     * directory holding results of the same study continues it only with {@code resume}; results of
     * another spec or project are never mixed in or overwritten.
     *
     * @throws IllegalArgumentException when the directory holds results this run must not touch
     */
    public static PointJournal open(Path dir, SweepManifest manifest, boolean resume) throws IOException {
        PointJournal j = new PointJournal(dir);
        Files.createDirectories(j.points);
        Path manifestFile = dir.resolve(MANIFEST);
        if (Files.exists(manifestFile)) {
            SweepManifest existing = MAPPER.readValue(Files.readString(manifestFile), SweepManifest.class);
            if (!existing.sameStudy(manifest)) {
                throw new IllegalArgumentException(dir + " holds results of another sweep (spec " + shortHash(existing.specHash())
                        + ", project " + shortHash(existing.projectHash()) + "; this one is spec " + shortHash(manifest.specHash())
                        + ", project " + shortHash(manifest.projectHash()) + "): choose another --out");
            }
            int done = j.finished().size();
            if (!resume && done > 0) {
                throw new IllegalArgumentException(dir + " already holds " + done + " of " + manifest.points()
                        + " point results of this sweep: add --resume to finish it, or choose another --out");
            }
        }
        j.removeUnfinishedWrites();
        byte[] manifestJson = MAPPER.writeValueAsBytes(manifest);
        AtomicFiles.write(manifestFile, out -> out.write(manifestJson));
        return j;
    }

    /** Indexes of the points already written. */
    public Set<Integer> finished() throws IOException {
        Set<Integer> out = new TreeSet<>();
        try (Stream<Path> files = Files.list(points)) {
            files.forEach(f -> {
                Matcher m = POINT_FILE.matcher(f.getFileName().toString());
                if (m.matches()) {
                    out.add(Integer.parseInt(m.group(1)));
                }
            });
        }
        return out;
    }

    /** Writes one point's result atomically. Thread-safe for distinct points. */
    public void write(PointResult result) throws IOException {
        byte[] json = MAPPER.writeValueAsBytes(result);
        AtomicFiles.write(file(result.point().index()), out -> out.write(json));
    }

    /** Every point result written, by point index. */
    public List<PointResult> readAll() throws IOException {
        List<PointResult> out = new ArrayList<>();
        for (int index : finished()) {
            Path f = file(index);
            try {
                out.add(MAPPER.readValue(Files.readString(f, StandardCharsets.UTF_8), PointResult.class));
            } catch (JsonProcessingException ex) {
                throw new IOException(f + " is not a point result (" + ex.getOriginalMessage() + "): delete it and resume", ex);
            }
        }
        out.sort(Comparator.comparingInt(r -> r.point().index()));
        return out;
    }

    /** The results directory. */
    public Path dir() {
        return dir;
    }

    private Path file(int index) {
        return points.resolve(String.format(Locale.ROOT, "point-%06d.json", index));
    }

    /** Temporary files of writes a kill interrupted: never renamed, so never results. */
    private void removeUnfinishedWrites() throws IOException {
        try (Stream<Path> files = Files.list(points)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String n = f.getFileName().toString();
                if (n.startsWith(".point-") && n.endsWith(".tmp")) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (UncheckedIOException ex) {
            throw ex.getCause();
        }
    }

    private static String shortHash(String hash) {
        return hash.substring(0, Math.min(12, hash.length()));
    }
}
