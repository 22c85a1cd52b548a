package dev.hallplan.sweeps.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.samples.Samples;
import dev.hallplan.sweeps.cli.SweepMain;
import dev.hallplan.sweeps.point.PointEvaluator;
import dev.hallplan.sweeps.point.PointResult;
import dev.hallplan.sweeps.spec.SpecParser;
import dev.hallplan.sweeps.spec.SweepSpec;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example sweep on a real Spark standalone cluster, as {@code ./hallplan sweep --master
 * spark://...} runs it: the driver in its own JVM, the job jar ({@code -Pcluster}) shipped to the
 * executors, whose JVMs hold Spark's own library versions. Every row must equal the same point
 * evaluated in this JVM. Runs only when {@code HALLPLAN_SPARK_MASTER} names a master
 * (docs/sweeps.md says how to start one); skipped otherwise.
 */
@EnabledIfEnvironmentVariable(named = "HALLPLAN_SPARK_MASTER", matches = "spark://.+")
class SweepOnStandaloneClusterTest {
    static final Path CLUSTER_JAR = Path.of("target", "sweeps-0.1.0-SNAPSHOT-cluster.jar");

    @TempDir
    Path dir;

    @Test
    void theExampleSweepOnAClusterEqualsTheSamePointsEvaluatedHere() throws Exception {
        assertTrue(Files.exists(CLUSTER_JAR), "build the job jar first: mvn -B -ntp -pl sweeps -am package -Pcluster -DskipTests");
        Path project = Files.writeString(dir.resolve("default.hallplan.json"), Samples.json("default"));
        String specJson;
        try (var in = Samples.class.getResourceAsStream("/dev/hallplan/samples/default.sweep.json")) {
            specJson = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Path spec = Files.writeString(dir.resolve("default.sweep.json"), specJson);
        Path out = dir.resolve("out");

        List<String> flags = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens") || a.startsWith("--add-exports")).toList();
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(flags);
        cmd.add("-Dspark.jars=" + CLUSTER_JAR.toAbsolutePath());
        cmd.add("-Dspark.executor.extraJavaOptions=" + String.join(" ", flags));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), SweepMain.class.getName(), project.toString(),
                "--spec", spec.toString(), "--out", out.toString(), "--master", System.getenv("HALLPLAN_SPARK_MASTER")));
        Process driver = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("driver.log").toFile()).start();
        assertTrue(driver.waitFor(10, TimeUnit.MINUTES), "the sweep did not end in 10 minutes");
        assertEquals(0, driver.exitValue(), Files.readString(dir.resolve("driver.log")));

        SweepSpec parsed = SpecParser.parse(specJson, "default.sweep.json");
        Sweep sweep = Sweep.prepare(project, spec, dir.resolve("unused"), false);
        PointEvaluator here = new PointEvaluator(Samples.json("default"), sweep.manifest().projectHash(), "default.hallplan.json",
                parsed.axes(), parsed.solve());
        try (Reader in = Files.newBufferedReader(out.resolve(Sweep.CSV))) {
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
            assertEquals(sweep.points().size(), rows.size());
            for (CSVRecord row : rows) {
                PointResult local = here.evaluate(sweep.points().get(Integer.parseInt(row.get("point"))));
                assertEquals(local.status(), row.get("status"), row.toString());
                assertEquals(local.figures().usdPerMillionOutputTokens(), Double.parseDouble(row.get("usdPerMillionOutputTokens")), 0);
                assertEquals(local.figures().annualCo2eKg(), Double.parseDouble(row.get("annualCo2eKg")), 0);
                assertEquals(local.figures().capexUsd(), Double.parseDouble(row.get("capexUsd")), 0);
            }
        }
    }
}
