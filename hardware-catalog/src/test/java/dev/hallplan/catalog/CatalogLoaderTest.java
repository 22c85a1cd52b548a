package dev.hallplan.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogLoaderTest {
    private static final Catalog BUILT_IN = CatalogLoader.builtIn();

    @Test
    void userFileOverridesSameIdAndAddsNewIds() {
        Catalog layered = CatalogLoader.withUserFiles(List.of(UserFiles.path("override-and-add.json")));
        Accelerator h100 = layered.accelerator("nvidia-h100-sxm").orElseThrow();
        assertEquals(600, h100.tdpWatts());
        assertEquals(ProvenanceKind.ESTIMATE, h100.sources().of("tdpWatts").orElseThrow().kind());
        assertEquals("acme-x1", layered.server("acme-x1-8").orElseThrow().acceleratorId());
        // two added entries (acme-x1, acme-x1-8), one replaced in place
        assertEquals(BUILT_IN.size() + 2, layered.size());
        assertEquals(700, BUILT_IN.accelerator("nvidia-h100-sxm").orElseThrow().tdpWatts(), "built-in must stay untouched");
    }

    @Test
    void csvPriceListUpdatesPriceAndItsProvenanceOnly() {
        Catalog layered = CatalogLoader.withUserFiles(List.of(UserFiles.path("override-and-add.json"), UserFiles.path("prices.csv")));
        Accelerator acme = layered.accelerator("acme-x1").orElseThrow();
        assertEquals(12000, acme.unitPriceUsd());
        Provenance quote = acme.sources().of("unitPriceUsd").orElseThrow();
        assertEquals("Quote ACME-2026-118", quote.source());
        assertEquals(ProvenanceKind.VENDOR, quote.kind(), "kind defaults to VENDOR when the column is blank");
        assertEquals(24000, layered.accelerator("nvidia-h100-sxm").orElseThrow().unitPriceUsd());
        RackType rack = layered.rackType("rack-air-15kw").orElseThrow();
        assertEquals(2500, rack.priceUsd());
        RackType original = BUILT_IN.rackType("rack-air-15kw").orElseThrow();
        assertEquals(original.powerLimitWatts(), rack.powerLimitWatts());
        assertEquals(original.sources().of("widthMeters"), rack.sources().of("widthMeters"));
    }

    @Test
    void csvPriceListCannotPriceAnEntryNotYetLoaded() {
        CatalogLoadException ex = assertThrows(CatalogLoadException.class,
                () -> CatalogLoader.withUserFiles(List.of(UserFiles.path("prices.csv"))));
        assertEquals(1, ex.problems().size(), ex::getMessage);
        assertEquals("acme-x1", ex.problems().get(0).entryId());
    }

    @Test
    void badCsvPriceListReportsEveryRow() {
        List<CatalogProblem> problems = CatalogValidator.validate(UserFiles.path("bad-prices.csv"));
        List<String> found = problems.stream().map(p -> p.entryId() + "/" + p.field()).toList();
        assertEquals(List.of("nvidia-h999/id", "nvidia-l4/priceUsd", "nvidia-l40s/priceUsd", "nvidia-b200/source", "nvidia-l4/id"), found);
        assertTrue(problems.get(1).reason().contains("row 2: expected a number of US dollars, found \"cheap\""), problems.get(1)::toString);
        assertTrue(problems.get(2).reason().contains("row 3: must not be negative"), problems.get(2)::toString);
    }

    @Test
    void badUserFileLoadsNothingAndLeavesTheBuiltInCatalogUnchanged() {
        Catalog before = CatalogLoader.builtIn();
        CatalogLoadException ex = assertThrows(CatalogLoadException.class, () -> CatalogLoader.withUserFiles(
                List.of(UserFiles.path("override-and-add.json"), UserFiles.path("bad-override-h100.json"))));
        assertEquals(List.of("tdpWatts"), ex.problems().stream().map(CatalogProblem::field).toList());
        assertSame(before, CatalogLoader.builtIn());
        assertEquals(700, CatalogLoader.builtIn().accelerator("nvidia-h100-sxm").orElseThrow().tdpWatts());
        assertTrue(CatalogLoader.builtIn().accelerator("acme-x1").isEmpty(), "the good file of a failed load must not leak");
    }

    @Test
    void missingUserFileIsReportedAsAProblem() {
        Path missing = Path.of("no-such-catalog.json");
        CatalogLoadException ex = assertThrows(CatalogLoadException.class, () -> CatalogLoader.withUserFiles(List.of(missing)));
        assertEquals("no-such-catalog.json", ex.problems().get(0).file());
        assertTrue(ex.problems().get(0).reason().startsWith("cannot read the file"));
    }

    @Test
    void userFileThatIsNotUtf8IsReportedWithByteOffsetAndEncoding(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // issue 15: a Latin-1 file gave "Input length = 1"
        Path latin = java.nio.file.Files.write(dir.resolve("latin.json"), new byte[] {'{', '\n', '"', (byte) 0xE9, '"', '}'});
        CatalogLoadException ex = assertThrows(CatalogLoadException.class, () -> CatalogLoader.withUserFiles(List.of(latin)));
        assertEquals("not UTF-8 text: byte 0xE9 at byte offset 3 (line 2) is not valid UTF-8; catalog files and price lists "
                + "are UTF-8, save the file with that encoding", ex.problems().get(0).reason());
    }

    @Test
    void writtenCatalogReadsBackEqual() {
        String json = CatalogJsonWriter.file(BUILT_IN);
        assertEquals(List.of(), CatalogValidator.validateText(Catalog.empty(), "roundtrip.json", json));
        Catalog back = CatalogFileParser.parse("roundtrip.json", json).catalog();
        for (CatalogKind kind : CatalogKind.values()) {
            assertEquals(List.copyOf(BUILT_IN.entries(kind)), List.copyOf(back.entries(kind)), kind.toString());
        }
    }

    @Test
    void engineEntriesLoadAndAreValidatedLikeHardware() {
        String engine = """
                {"formatVersion": 1, "engines": [{"id": "vllm-test", "name": "vLLM (test profile)",
                  "memoryBandwidthEfficiency": 0.7, "computeEfficiency": 0.5, "stepOverheadSeconds": 0.004,
                  "runtimeReserveBytes": 4e9, "kvCacheUtilization": 0.95, "continuousBatching": true,
                  "precisions": ["BF16", "FP8"],
                  "sources": {"*": {"source": "test", "kind": "ESTIMATE", "note": ""}}}]}
                """;
        assertEquals(List.of(), CatalogValidator.validateText(BUILT_IN, "engines.json", engine));
        String bad = engine.replace("0.7", "1.7").replace("\"FP8\"", "\"FP7\"");
        List<String> found = CatalogValidator.validateText(BUILT_IN, "engines.json", bad).stream()
                .map(p -> p.field() + ": " + p.reason()).toList();
        assertEquals(List.of("memoryBandwidthEfficiency: implausible: 170% exceeds 100% (a fraction of peak)",
                "precisions[1]: unknown Precision 'FP7'; expected one of FP32, TF32, BF16, FP16, FP8, INT8, INT4, FP4"), found);
    }
}
