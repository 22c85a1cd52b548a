package dev.hallplan.engine.project.file;

import dev.hallplan.engine.project.CatalogCount;
import dev.hallplan.engine.project.Climate;
import dev.hallplan.engine.project.Demand;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.MountedEquipment;
import dev.hallplan.engine.project.PlacedRack;
import dev.hallplan.engine.project.PreferredOption;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Region;
import dev.hallplan.engine.project.ReplicaPlacement;
import dev.hallplan.engine.project.Row;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.project.Workload;
import dev.hallplan.engine.supply.EnergySupply;
import dev.hallplan.engine.supply.RenewableSource;
import dev.hallplan.engine.supply.Tariff;
import java.util.Map;
import java.util.Set;

/** Which object-typed record fields a project file must have (primitive fields always must). */
final class RequiredFields {
    /**
     * Object-typed fields the records' constructors reject when absent. Checked here, before any
     * constructor runs, so a missing field is reported even when a sibling field has a problem too
     * (the constructor then never runs). Primitive fields are always required.
     */
    private static final Map<Class<?>, Set<String>> REQUIRED = Map.ofEntries(
            Map.entry(Project.class, Set.of("name")),
            Map.entry(Scenario.class, Set.of("name")),
            Map.entry(Hall.class, Set.of("id", "region", "supply")),
            Map.entry(Region.class, Set.of("countryCode")),
            Map.entry(Climate.class, Set.of("monthlyAmbientCelsius")),
            Map.entry(Row.class, Set.of("id")),
            Map.entry(PlacedRack.class, Set.of("id", "rackTypeId", "feeds")),
            Map.entry(MountedEquipment.class, Set.of("id", "catalogId")),
            Map.entry(CatalogCount.class, Set.of("catalogId")),
            Map.entry(Workload.class, Set.of("id", "modelId", "engineId", "demand", "requestShape", "slo")),
            Map.entry(Demand.class, Set.of("shareOfPeak")),
            Map.entry(PreferredOption.class, Set.of("hardwareId")),
            Map.entry(ReplicaPlacement.class, Set.of("id", "workloadId", "modelId", "hallId", "serverId", "precision")),
            Map.entry(EnergySupply.class, Set.of("gridCarbonGramsPerKwh", "tariff")),
            Map.entry(Tariff.class, Set.of("energyUsdPerMwh")),
            Map.entry(RenewableSource.class, Set.of("id", "kind")));

    private RequiredFields() {
    }

    static boolean isRequired(Class<?> record, String field) {
        return REQUIRED.getOrDefault(record, Set.of()).contains(field);
    }
}
