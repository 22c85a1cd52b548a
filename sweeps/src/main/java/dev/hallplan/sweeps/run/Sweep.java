package dev.hallplan.sweeps.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hallplan.catalog.CatalogLoader;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.perf.ModelZoo;
import dev.hallplan.engine.plan.ReplicaSizing;
import dev.hallplan.engine.project.file.ProjectLoadException;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.project.Workload;
import dev.hallplan.engine.usecase.ProjectGate;
import dev.hallplan.sweeps.point.PointEvaluator;
import dev.hallplan.sweeps.point.PointResult;
import dev.hallplan.sweeps.results.PointJournal;
import dev.hallplan.sweeps.results.ResultColumn;
import dev.hallplan.sweeps.results.ResultColumns;
import dev.hallplan.sweeps.results.ResultCsv;
import dev.hallplan.sweeps.results.SweepManifest;
import dev.hallplan.sweeps.spec.PointDesign;
import dev.hallplan.sweeps.spec.SpecChecks;
import dev.hallplan.sweeps.spec.SpecParser;
import dev.hallplan.sweeps.spec.SweepPoint;
import dev.hallplan.sweeps.spec.SweepSpec;
import dev.hallplan.sweeps.workbook.SweepWorkbook;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.SparkSession;

/**
 * One sweep, start to finish, on the driver: read and check the project and spec, lay out the
 * points, skip those the results directory already holds ({@code resume}), run the rest on Spark
 * writing each result as it arrives, then write the result tables and the summary workbook from
 * every point's result.
 */
public final class Sweep {
    public static final String PARQUET = "results.parquet";
    public static final String CSV = "results.csv";
    public static final String WORKBOOK = "summary.xlsx";

    private final String projectJson;
    private final String projectSource;
    private final SweepSpec spec;
    private final List<SweepPoint> points;
    private final SweepManifest manifest;
    private final PointJournal journal;

    private Sweep(String projectJson, String projectSource, SweepSpec spec, List<SweepPoint> points, SweepManifest manifest,
                  PointJournal journal) {
        this.projectJson = projectJson;
        this.projectSource = projectSource;
        this.spec = spec;
        this.points = points;
        this.manifest = manifest;
        this.journal = journal;
    }

    /**
     * Reads and checks everything before any Spark work: the project (through the {@link ProjectGate}
     * every command runs), the spec against it and the
     * catalog, the points, and the results directory (created when missing).
     *
     * @param projectFile  the base project ({@code .hallplan.json})
     * @param specFile     the sweep spec (JSON, docs/sweeps.md)
     * @param outDir       the results directory
     * @param resume       continue the study already in {@code outDir}, skipping its finished points
     * @throws ProjectLoadException     the project does not load (every problem listed)
     * @throws IllegalArgumentException a bad spec, or a results directory this run must not touch
     */
    public static Sweep prepare(Path projectFile, Path specFile, Path outDir, boolean resume)
            throws IOException, ProjectLoadException {
        // the checks every command runs first (strict UTF-8, references, documented ranges); errors stop here
        Project project = new ProjectGate(new ReplicaSizing(CatalogLoader.builtIn(), ModelZoo.builtIn())).open(projectFile).project();
        byte[] projectBytes = Files.readAllBytes(projectFile);
        String projectJson = new String(projectBytes, StandardCharsets.UTF_8);
        String specJson = Files.readString(specFile, StandardCharsets.UTF_8);
        SweepSpec spec = SpecParser.parse(specJson, specFile.toString());
        List<Scenario> scenarios = SpecChecks.check(spec, project, CatalogLoader.builtIn(), specFile.toString());
        List<SweepPoint> points = PointDesign.points(spec, scenarios.stream().map(Scenario::name).toList());
        String canonicalSpec = SpecParser.canonicalJson(specJson);
        SweepManifest manifest = new SweepManifest(spec.name(), projectFile.toString(), Hashes.sha256(projectBytes),
                Hashes.sha256(canonicalSpec), points.size(), workloadIds(scenarios), new ObjectMapper().readTree(canonicalSpec));
        PointJournal journal = PointJournal.open(outDir, manifest, resume);
        return new Sweep(projectJson, projectFile.getFileName().toString(), spec, points, manifest, journal);
    }

    /** The spec being run. */
    public SweepSpec spec() {
        return spec;
    }

    /** The points of the study, in design order. */
    public List<SweepPoint> points() {
        return points;
    }

    /** What the results directory records about the study. */
    public SweepManifest manifest() {
        return manifest;
    }

    /**
     * Runs the points the results directory does not hold yet on {@code spark} (started and
     * stopped by the caller), writing each result as it arrives, then the tables and workbook.
     */
    public SweepOutcome run(SparkSession spark, SweepListener listener) throws IOException {
        Set<Integer> finished = journal.finished();
        List<SweepPoint> pending = points.stream().filter(p -> !finished.contains(p.index())).toList();
        listener.started(points.size(), points.size() - pending.size());
        PointEvaluator evaluator = new PointEvaluator(projectJson, manifest.projectHash(), projectSource, spec.axes(), spec.solve());
        long start = System.nanoTime();
        SweepRunner.run(spark, evaluator, pending, result -> {
            try {
                journal.write(result);
            } catch (IOException ex) {
                throw new UncheckedIOException("cannot write the result of point " + result.point().index(), ex);
            }
            listener.pointDone(result);
        });
        double wallSeconds = pending.isEmpty() ? 0 : (System.nanoTime() - start) / 1e9;

        List<PointResult> rows = journal.readAll();
        if (rows.size() != points.size()) {
            throw new IllegalStateException("the results directory holds " + rows.size() + " of " + points.size() + " points");
        }
        List<ResultColumn> columns = ResultColumns.of(spec.axes(), manifest.workloads(), manifest.specHash(), manifest.projectHash());
        Path dir = journal.dir();
        ResultParquet.write(spark, dir.resolve(PARQUET), columns, rows);
        ResultCsv.write(dir.resolve(CSV), columns, rows);
        SweepWorkbook.write(dir.resolve(WORKBOOK), manifest, spec.axes(), columns, rows);
        int failed = (int) rows.stream().filter(PointResult::failed).count();
        return new SweepOutcome(points.size(), points.size() - pending.size(), pending.size(), failed, wallSeconds,
                dir.resolve(PARQUET), dir.resolve(CSV), dir.resolve(WORKBOOK));
    }

    private static List<String> workloadIds(List<Scenario> scenarios) {
        Set<String> ids = new LinkedHashSet<>();
        scenarios.forEach(s -> s.workloads().stream().map(Workload::id).forEach(ids::add));
        return List.copyOf(ids);
    }
}
