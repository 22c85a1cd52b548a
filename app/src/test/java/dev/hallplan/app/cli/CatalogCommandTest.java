package dev.hallplan.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.catalog.CatalogLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CatalogCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = HallPlanCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void listShowsEveryBuiltInEntryWithKeyFigures() {
        assertEquals(0, run("catalog", "list"));
        String text = out.toString();
        assertTrue(text.contains("nvidia-h100-sxm"), text);
        assertTrue(text.contains("80 GB HBM3 · 3.35 TB/s · 989 TFLOP/s BF16 · 1.98 PFLOP/s FP8 · 700 W"), text);
        assertTrue(text.contains(CatalogLoader.builtIn().size() + " entries"), text);
    }

    @Test
    void listByKindShowsOnlyThatKind() {
        assertEquals(0, run("catalog", "list", "--kind", "rack"));
        String text = out.toString();
        assertTrue(text.contains("rack-dlc-140kw"), text);
        assertTrue(!text.contains("nvidia-h100-sxm"), text);
        assertTrue(text.contains(CatalogLoader.builtIn().rackTypes().size() + " entries"), text);
    }

    @Test
    void listRejectsAnUnknownKind() {
        assertEquals(2, run("catalog", "list", "--kind", "gpu"));
        assertTrue(err.toString().contains("unknown kind 'gpu'"), err.toString());
    }

    @Test
    void listJsonIsALoadableCatalogFile() throws IOException {
        assertEquals(0, run("catalog", "list", "--kind", "accelerator", "--json"));
        Path file = dir.resolve("accelerators.json");
        Files.writeString(file, out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("catalog", "validate", file.toString()));
        assertTrue(out.toString().startsWith("OK: "), out.toString());
    }

    @Test
    void showPrintsFiguresWithUnitsAndProvenance() {
        assertEquals(0, run("catalog", "show", "nvidia-h100-sxm"));
        String text = out.toString();
        assertTrue(text.contains("tdpWatts"), text);
        assertTrue(text.matches("(?s).*denseFlopsPerSecond\\.BF16\\s+989 TFLOP/s\\s+\\[VENDOR\\] https://glennklockwood.com.*"), text);
        assertTrue(text.matches("(?s).*idleWatts\\s+105 W\\s+\\[ESTIMATE\\].*"), text);
    }

    @Test
    void showJsonPrintsTheEntryInFileFormat() {
        assertEquals(0, run("catalog", "show", "ups-1000kw", "--json"));
        assertTrue(out.toString().contains("\"efficiencyCurve\""), out.toString());
        assertTrue(out.toString().contains("\"sources\""), out.toString());
    }

    @Test
    void showUnknownIdExitsTwo() {
        assertEquals(2, run("catalog", "show", "nvidia-h900"));
        assertTrue(err.toString().contains("no catalog entry with id 'nvidia-h900'"), err.toString());
    }

    @Test
    void showUsesAUserCatalogLayeredOnTop() throws IOException {
        Path prices = dir.resolve("prices.csv");
        Files.writeString(prices, "id,priceUsd,source\nnvidia-l4,2999,Quote Q-42\n");
        assertEquals(0, run("catalog", "show", "nvidia-l4", "--catalog", prices.toString()));
        assertTrue(out.toString().matches("(?s).*unitPriceUsd\\s+\\$2,999.00\\s+\\[VENDOR\\] Quote Q-42.*"), out.toString());
    }

    @Test
    void validateBadFileExitsTwoWithEveryProblem() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, """
                {"formatVersion": 1, "accelerators": [
                  {"id": "acme-x1", "vendor": "Acme", "name": "X1", "memoryBytes": -1,
                   "memoryBandwidthBytesPerSecond": 4e12, "denseFlopsPerSecond": {"BF16": 8e14},
                   "tdpWatts": 9000, "idleWatts": 100, "scaleUpBidirectionalBytesPerSecond": 0,
                   "scaleUpDomainSize": 1, "cooling": "AIR",
                   "sources": {"*": {"source": "test", "kind": "VENDOR"}}}]}
                """);
        assertEquals(2, run("catalog", "validate", bad.toString()));
        String text = out.toString();
        assertTrue(text.contains("2 problems"), text);
        assertTrue(text.contains("entry 'acme-x1', field 'memoryBytes': must be positive, was -1 B"), text);
        assertTrue(text.contains("entry 'acme-x1', field 'tdpWatts': implausible: 9 kW exceeds 5 kW for a single accelerator"), text);
    }

    @Test
    void listWithABadUserCatalogExitsTwoAndSaysWhy() throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "id,priceUsd,source\nnvidia-h999,1,Q\n");
        assertEquals(2, run("catalog", "list", "--catalog", bad.toString()));
        assertTrue(err.toString().contains("entry 'nvidia-h999', field 'id': row 1: unknown id"), err.toString());
    }
}
