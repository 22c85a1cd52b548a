package dev.hallplan.engine.project;

import java.util.List;

/**
 * A hall's power chain from the grid to the rack feeds.
 *
 * @param transformers   catalog power equipment of kind TRANSFORMER, with counts
 * @param ups            catalog power equipment of kind UPS, with counts
 * @param upsRedundancy  how the UPS modules are backed up
 */
public record PowerChain(List<CatalogCount> transformers, List<CatalogCount> ups, Redundancy upsRedundancy) {
    public PowerChain {
        transformers = Checks.list(transformers);
        ups = Checks.list(ups);
        upsRedundancy = upsRedundancy == null ? Redundancy.N : upsRedundancy;
    }
}
