package dev.hallplan.engine.perf;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hallplan.catalog.snapshot.SnapshotClass;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The models the estimator knows, keyed by id in a stable order: the built-in zoo
 * ({@code models.json} next to this class) plus any models a project adds.
 */
public final class ModelZoo {
    static final String RESOURCE = "models.json";
    private static final int FORMAT_VERSION = 1;
    private static volatile ModelZoo builtIn;

    private final Map<String, ModelSpec> byId;

    private ModelZoo(Map<String, ModelSpec> byId) {
        this.byId = Collections.unmodifiableMap(byId);
    }

    /** The zoo shipped with HallPlan; loaded once, then shared (it is immutable). */
    public static ModelZoo builtIn() {
        ModelZoo z = builtIn;
        if (z == null) {
            synchronized (ModelZoo.class) {
                if (builtIn == null) {
                    builtIn = load();
                }
                z = builtIn;
            }
        }
        return z;
    }

    /** A zoo of exactly {@code models}; a later model with an id already present replaces it. */
    public static ModelZoo of(Collection<ModelSpec> models) {
        Map<String, ModelSpec> m = new LinkedHashMap<>();
        models.forEach(s -> m.put(s.id(), s));
        return new ModelZoo(m);
    }

    /** This zoo with {@code extra} added (same id overrides), e.g. the models of a project file. */
    public ModelZoo with(Collection<ModelSpec> extra) {
        Map<String, ModelSpec> m = new LinkedHashMap<>(byId);
        extra.forEach(s -> m.put(s.id(), s));
        return new ModelZoo(m);
    }

    /** All models in zoo order. */
    public Collection<ModelSpec> models() {
        return byId.values();
    }

    /** The model with {@code id}, empty if unknown. */
    public Optional<ModelSpec> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The model with {@code id}.
     *
     * @throws IllegalArgumentException naming the id and the closest known ids when it is unknown
     */
    public ModelSpec require(String id) {
        ModelSpec s = byId.get(id);
        if (s == null) {
            throw new IllegalArgumentException("unknown model id '" + id + "'; closest: "
                    + String.join(", ", closest(id, 3)));
        }
        return s;
    }

    /** Up to {@code n} known ids nearest to {@code id} by edit distance. */
    public List<String> closest(String id, int n) {
        return IdDistance.closest(id, byId.keySet(), n);
    }

    private record ZooFile(int formatVersion, List<ModelSpec> models) {
    }

    /** Class name of the build-time snapshot of the built-in zoo ({@link ZooSnapshotWriter}). */
    static final String SNAPSHOT_CLASS = "dev.hallplan.engine.perf.BuiltInZooSnapshot";

    /**
     * The build-time snapshot (constructors instead of Jackson) when it was written from exactly
     * this {@code models.json}; the file otherwise, e.g. in an IDE build without the snapshot step.
     */
    private static ModelZoo load() {
        String text = builtInText();
        List<Object> snapshot = SnapshotClass.read(SNAPSHOT_CLASS, SnapshotClass.checksum(Map.of(RESOURCE, text)));
        return snapshot != null ? of(snapshot.stream().map(ModelSpec.class::cast).toList()) : parse(text);
    }

    /** The text of the built-in {@code models.json}. */
    static String builtInText() {
        try (InputStream in = ModelZoo.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("built-in model zoo resource " + RESOURCE + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in model zoo " + RESOURCE, e);
        }
    }

    /** The zoo of a {@code models.json} text, parsed; never from the snapshot. */
    static ModelZoo parse(String text) {
        ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        try {
            ZooFile f = mapper.readValue(text, ZooFile.class);
            if (f.formatVersion() != FORMAT_VERSION) {
                throw new IllegalStateException(RESOURCE + ": formatVersion " + f.formatVersion()
                        + " is not supported (expected " + FORMAT_VERSION + ")");
            }
            return of(f.models());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in model zoo " + RESOURCE, e);
        }
    }
}
