package dev.hallplan.catalog;

/** What every catalog record has: a stable id, a display name and the provenance of its figures. */
public sealed interface CatalogEntry
        permits Accelerator, ServerModel, NetworkDevice, StorageSystem, RackType, CoolingUnit, PowerEquipment, ServingEngine {
    String id();

    String name();

    Sources sources();
}
