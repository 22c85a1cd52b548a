package dev.hallplan.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BuiltInCatalogTest {
    private static final Catalog BUILT_IN = CatalogLoader.builtIn();

    private static final List<String> ACCELERATORS = List.of("nvidia-a100-sxm-80gb", "nvidia-h100-sxm", "nvidia-h100-pcie",
            "nvidia-h100-nvl", "nvidia-h200-sxm", "nvidia-h200-nvl", "nvidia-b200", "nvidia-gb200", "nvidia-l40s", "nvidia-l4",
            "amd-mi300x", "amd-mi325x", "amd-mi355x", "intel-gaudi2", "intel-gaudi3", "google-tpu-v5e", "google-tpu-v6e",
            "groq-lpu", "cerebras-wse3");
    private static final List<String> SERVERS = List.of("nvidia-hgx-h100-8", "nvidia-hgx-h200-8", "nvidia-dgx-b200-8",
            "nvidia-gb200-nvl72", "amd-mi300x-8", "amd-mi325x-8", "intel-gaudi3-8", "nvidia-h100-pcie-8", "nvidia-h100-nvl-8",
            "nvidia-l40s-4", "nvidia-l40s-8", "nvidia-l4-4", "nvidia-l4-8", "groq-node-8", "cerebras-cs3");
    private static final List<String> NETWORK = List.of("nvidia-qm9700", "nvidia-sn5600", "nvidia-connectx7", "nvidia-bluefield3",
            "nvidia-nvlink-switch-tray", "optic-800g-osfp-dr8", "optic-400g-qsfpdd", "cable-400g-dac");
    private static final List<String> STORAGE = List.of("ddn-ai400x2", "vast-dbox", "daos-nvme-4node", "cache-nvme-1u");
    private static final List<String> RACKS = List.of("rack-air-15kw", "rack-air-25kw", "rack-air-40kw", "rack-rdhx-50kw",
            "rack-rdhx-75kw", "rack-dlc-100kw", "rack-dlc-140kw", "rack-immersion-200kw");
    private static final List<String> COOLING = List.of("crah-150kw", "cdu-inrack-100kw", "cdu-row-1200kw", "chiller-2mw", "dry-cooler-1mw");
    private static final List<String> POWER = List.of("transformer-2500kva", "ups-1000kw", "ups-500kw", "pdu-rack-57kw");

    @Test
    void builtInEditionIsADayNoLaterThanTheBuild() {
        java.time.LocalDate edition = CatalogLoader.builtInEdition();
        assertTrue(edition.getYear() >= 2024 && !edition.isAfter(java.time.LocalDate.now().plusDays(1)),
                "edition.properties names the day the figures were reviewed, was " + edition);
    }

    @Test
    void builtInHoldsEveryAgreedId() {
        assertContains(CatalogKind.ACCELERATOR, ACCELERATORS);
        assertContains(CatalogKind.SERVER, SERVERS);
        assertContains(CatalogKind.NETWORK, NETWORK);
        assertContains(CatalogKind.STORAGE, STORAGE);
        assertContains(CatalogKind.RACK, RACKS);
        assertContains(CatalogKind.COOLING, COOLING);
        assertContains(CatalogKind.POWER, POWER);
    }

    private static void assertContains(CatalogKind kind, List<String> ids) {
        Set<String> present = BUILT_IN.entries(kind).stream().map(Catalog::idOf).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>(ids);
        missing.removeAll(present);
        assertTrue(missing.isEmpty(), kind + " missing: " + missing);
    }

    @Test
    void everyAcceleratorHasTheFiguresTheEstimatorNeedsWithProvenance() {
        for (Accelerator a : BUILT_IN.accelerators()) {
            Precision half = a.supports(Precision.BF16) ? Precision.BF16 : Precision.FP16;
            assertTrue(a.denseFlops(half).orElse(0.0) > 0, a.id() + " has no dense BF16/FP16 peak");
            assertTrue(a.memoryBytes() > 0 && a.memoryBandwidthBytesPerSecond() > 0 && a.tdpWatts() > 0, a.id());
            for (String field : List.of("memoryBytes", "memoryBandwidthBytesPerSecond", "tdpWatts", "idleWatts",
                    "denseFlopsPerSecond." + half)) {
                assertTrue(a.sources().of(field).isPresent(), a.id() + " lacks provenance for " + field);
            }
        }
    }

    @Test
    void h100SxmCarriesDenseNotSparsePeaks() {
        Accelerator h100 = BUILT_IN.accelerator("nvidia-h100-sxm").orElseThrow();
        // NVIDIA's sheet prints 1,979 TFLOP/s BF16 and 3,958 FP8 "with sparsity"; dense is half.
        assertEquals(989e12, h100.denseFlops(Precision.BF16).orElseThrow());
        assertEquals(1979e12, h100.denseFlops(Precision.FP8).orElseThrow());
        assertTrue(h100.denseFlops(Precision.FP4).isEmpty(), "Hopper has no FP4 path");
    }

    @Test
    void sparseFiguresAreNeverEnteredAsDense() {
        // Every entry whose vendor prints sparse figures notes the halving; none stores the printed sparse number.
        Accelerator b200 = BUILT_IN.accelerator("nvidia-b200").orElseThrow();
        assertEquals(2250e12, b200.denseFlops(Precision.BF16).orElseThrow());
        assertEquals(9000e12, b200.denseFlops(Precision.FP4).orElseThrow());
        Accelerator l40s = BUILT_IN.accelerator("nvidia-l40s").orElseThrow();
        assertEquals(362.05e12, l40s.denseFlops(Precision.BF16).orElseThrow());
    }

    @Test
    void tpusAreCloudOnly() {
        assertTrue(BUILT_IN.accelerator("google-tpu-v5e").orElseThrow().cloudOnly());
        assertTrue(BUILT_IN.accelerator("google-tpu-v6e").orElseThrow().cloudOnly());
    }

    @Test
    void nvl72IsOneRackScaleLiquidCooledDomain() {
        ServerModel nvl72 = BUILT_IN.server("nvidia-gb200-nvl72").orElseThrow();
        assertTrue(nvl72.rackScale());
        assertEquals(72, nvl72.acceleratorCount());
        assertEquals(72, nvl72.scaleUpDomainSize());
        assertEquals(CoolingType.DIRECT_LIQUID, nvl72.cooling());
    }

    @Test
    void serverHostPowerAtLoadLiesBetweenItsIdleShareAndThePsuHeadroom() {
        for (ServerModel s : BUILT_IN.servers()) {
            Accelerator a = BUILT_IN.accelerator(s.acceleratorId()).orElseThrow();
            double headroom = s.maxPowerWatts() - s.acceleratorCount() * a.tdpWatts();
            double idleHost = s.idlePowerWatts() - s.acceleratorCount() * a.idleWatts();
            assertTrue(s.hostOverheadWatts() <= headroom + 1e-6, s.id() + ": the PSU rating bounds the host at load");
            assertTrue(s.hostOverheadWatts() > idleHost, s.id() + ": the host draws more at load than idle");
            assertTrue(s.sources().of("hostOverheadWatts").orElseThrow().kind() != ProvenanceKind.VENDOR, s.id());
        }
    }

    @Test
    void hgxH100HostAtLoadIsTheMeasuredNodeMaximumLessTheGpusTdp() {
        ServerModel hgx = BUILT_IN.server("nvidia-hgx-h100-8").orElseThrow();
        assertEquals(8400 - 8 * 700, hgx.hostOverheadWatts(), 1e-6, "8.4 kW measured node maximum, arXiv 2412.08602");
        assertEquals(ProvenanceKind.DERIVED, hgx.sources().of("hostOverheadWatts").orElseThrow().kind());
    }

    @Test
    void everyEstimateAndDerivationStatesItsBasisAndEveryVendorFigureCitesAUrl() {
        for (CatalogKind kind : CatalogKind.values()) {
            for (Object entry : BUILT_IN.entries(kind)) {
                Sources sources = sourcesOf(entry);
                sources.byField().forEach((field, p) -> {
                    String where = Catalog.idOf(entry) + " " + field;
                    if (p.kind() == ProvenanceKind.ESTIMATE || p.kind() == ProvenanceKind.DERIVED) {
                        assertTrue(!p.note().isBlank(), where + ": an estimate or derivation must state its basis");
                    }
                    if (p.kind() == ProvenanceKind.VENDOR) {
                        assertTrue(p.source().startsWith("http"), where + ": a vendor figure must cite its page");
                    }
                });
            }
        }
    }

    @Test
    void everyKindHasItsBuiltInFile() {
        for (CatalogKind kind : CatalogKind.values()) {
            assertTrue(CatalogLoader.class.getResource(CatalogLoader.BUILT_IN_FOLDER + kind.jsonArray() + ".json") != null, kind.toString());
            assertTrue(!CatalogLoader.builtIn().entries(kind).isEmpty(), "built-in " + kind.jsonArray() + " has entries");
        }
    }

    private static Sources sourcesOf(Object entry) {
        return ((CatalogEntry) entry).sources();
    }
}
