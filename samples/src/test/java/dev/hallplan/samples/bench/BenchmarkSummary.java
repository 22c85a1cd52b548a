package dev.hallplan.samples.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * Reads the benchmarker's BEST_SCORE.csv files (milliseconds spent, best score) of the newest
 * run under the benchmark directory and prints per problem the figures docs/solver.md reports.
 */
final class BenchmarkSummary {
    private BenchmarkSummary() {
    }

    static void print(Path run, Map<String, Long> bounds) {
        for (Map.Entry<String, Long> e : bounds.entrySet()) {
            List<String[]> best = rows(find(run, e.getKey()));
            String firstFeasible = "never";
            HardMediumSoftLongScore at10 = null;
            HardMediumSoftLongScore last = null;
            for (String[] row : best) {
                long millis = Long.parseLong(row[0]);
                HardMediumSoftLongScore score = HardMediumSoftLongScore.parseScore(row[1]);
                if (firstFeasible.equals("never") && score.hardScore() == 0 && score.mediumScore() == 0) {
                    firstFeasible = String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
                }
                if (millis <= 10_000) {
                    at10 = score;
                }
                last = score;
            }
            long bound = e.getValue();
            System.out.printf(Locale.ROOT, "%s: first plan serving all demand %s; best at 10 s %s; best at limit %s;"
                    + " bound %d; gap at 10 s %s, at limit %s%n", e.getKey(), firstFeasible, at10, last,
                    bound, gap(at10, bound), gap(last, bound));
        }
    }

    /** (bound - score) / |bound| on the soft level, when the plan serves all demand: 0 at the bound. */
    static String gap(HardMediumSoftLongScore score, long bound) {
        if (score == null || score.hardScore() < 0 || score.mediumScore() < 0 || bound == 0) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%.2f%%", 100.0 * (bound - score.softScore()) / Math.abs(bound));
    }

    private static Path find(Path run, String problem) {
        try (Stream<Path> files = Files.walk(run.resolve(problem))) {
            return files.filter(p -> p.getFileName().toString().equals("BEST_SCORE.csv"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no BEST_SCORE.csv for " + problem + " in " + run));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static List<String[]> rows(Path csv) {
        try (Stream<String> lines = Files.lines(csv)) {
            return lines.skip(1).filter(l -> !l.isBlank())
                    .map(l -> l.replace("\"", "").split(",")).toList();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
