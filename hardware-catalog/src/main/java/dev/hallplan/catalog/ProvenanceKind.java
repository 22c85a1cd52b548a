package dev.hallplan.catalog;

/** How a catalog figure was obtained. */
public enum ProvenanceKind {
    /** Printed on a vendor datasheet or product page (dense figures; sparse ones halved and noted). */
    VENDOR,
    /** Measured by a third party or a benchmark (e.g. MLPerf, a teardown). */
    MEASURED,
    /** Arithmetic on other sourced figures (e.g. a rack total divided by its GPU count). */
    DERIVED,
    /** An informed estimate without a primary source; treat with care. */
    ESTIMATE
}
