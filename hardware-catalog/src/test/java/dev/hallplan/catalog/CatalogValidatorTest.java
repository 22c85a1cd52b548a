package dev.hallplan.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One bad file per validation rule: each must yield exactly the problem it plants, located by file, entry and field. */
class CatalogValidatorTest {

    private static CatalogProblem onlyProblem(String file) {
        List<CatalogProblem> problems = CatalogValidator.validate(UserFiles.path(file));
        assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
        CatalogProblem p = problems.get(0);
        assertTrue(p.file().endsWith(file), p.file());
        return p;
    }

    private static void assertProblem(CatalogProblem p, String entryId, String field, String reasonPart) {
        assertEquals(entryId, p.entryId(), p::toString);
        assertEquals(field, p.field(), p::toString);
        assertTrue(p.reason().contains(reasonPart), () -> "reason '" + p.reason() + "' lacks '" + reasonPart + "'");
    }

    @Test
    void validationReportsMissingField() {
        assertProblem(onlyProblem("bad-missing-field.json"), "acme-x1", "tdpWatts", "missing required field");
    }

    @Test
    void validationReportsWrongType() {
        assertProblem(onlyProblem("bad-wrong-type.json"), "acme-x1", "tdpWatts", "expected a number, found a string (\"700\")");
    }

    @Test
    void validationRejectsNegativeIdlePowerWithItsUnit() {
        assertProblem(onlyProblem("bad-negative.json"), "acme-x1", "idleWatts", "must not be negative, was -5 W");
    }

    @Test
    void validationRejectsImplausibleTdpForOneAccelerator() {
        assertProblem(onlyProblem("bad-implausible-tdp.json"), "acme-x1", "tdpWatts", "implausible: 7 kW exceeds 5 kW for a single accelerator");
    }

    @Test
    void validationRejectsImplausibleMemory() {
        assertProblem(onlyProblem("bad-implausible-memory.json"), "acme-x1", "memoryBytes", "implausible: 20 TB exceeds 10 TB");
    }

    @Test
    void validationRejectsIdleAboveTdp() {
        assertProblem(onlyProblem("bad-idle-above-tdp.json"), "acme-x1", "idleWatts", "800 W exceeds tdpWatts 700 W");
    }

    @Test
    void validationReportsUnknownEnumWithTheAllowedValues() {
        assertProblem(onlyProblem("bad-unknown-enum.json"), "acme-x1", "cooling",
                "unknown CoolingType 'LIQUID'; expected one of AIR, REAR_DOOR_HX, DIRECT_LIQUID, IMMERSION");
    }

    @Test
    void validationReportsUnknownPrecisionKey() {
        assertProblem(onlyProblem("bad-unknown-precision.json"), "acme-x1", "denseFlopsPerSecond.BF17", "unknown precision 'BF17'");
    }

    @Test
    void validationReportsEveryFigureWithoutProvenance() {
        List<CatalogProblem> problems = CatalogValidator.validate(UserFiles.path("bad-missing-provenance.json"));
        // memoryBytes has its own source and there is no "*" default: every other figure present lacks one.
        List<String> fields = problems.stream().map(CatalogProblem::field).toList();
        assertEquals(List.of("memoryBandwidthBytesPerSecond", "denseFlopsPerSecond.BF16", "denseFlopsPerSecond.FP8", "tdpWatts",
                "idleWatts", "scaleUpBidirectionalBytesPerSecond", "scaleUpDomainSize"), fields);
        assertTrue(problems.get(0).reason().startsWith("missing provenance"));
    }

    @Test
    void validationReportsUnknownField() {
        assertProblem(onlyProblem("bad-unknown-field.json"), "acme-x1", "tdpWats", "unknown field");
    }

    @Test
    void validationReportsDuplicateIdWithinAFile() {
        assertProblem(onlyProblem("bad-duplicate-id.json"), "acme-x1", "id", "duplicate id: also defined at accelerators[0]");
    }

    @Test
    void validationReportsUnknownReferencesOfAServer() {
        List<CatalogProblem> problems = CatalogValidator.validate(UserFiles.path("bad-unknown-reference.json"));
        assertEquals(2, problems.size(), problems::toString);
        assertProblem(problems.get(0), "acme-x1-8", "acceleratorId", "unknown accelerator 'nvidia-h900'");
        assertProblem(problems.get(1), "acme-x1-8", "nics[0].networkId", "unknown network device 'acme-nic'");
    }

    @Test
    void validationReportsMalformedJsonWithItsLine() {
        CatalogProblem p = onlyProblem("bad-not-json.json");
        assertTrue(p.reason().startsWith("not valid JSON") && p.reason().contains("line 1"), p::toString);
    }

    @Test
    void validationReportsEveryProblemOfAFileAtOnce() {
        List<String> found = CatalogValidator.validate(UserFiles.path("bad-several.json")).stream()
                .map(p -> p.entryId() + "/" + p.field()).toList();
        assertEquals(List.of("/switches", "acme-x1/tdpWatts", "acme-x1/cooling", "acme-x2/memoryBytes",
                "acme-x2/denseFlopsPerSecond.FP6", "acme-x1-8/idlePowerWatts"), found);
    }

    @Test
    void validFileHasNoProblems() {
        assertEquals(List.of(), CatalogValidator.validate(UserFiles.path("override-and-add.json")));
    }
}
