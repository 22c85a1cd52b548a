package dev.hallplan.engine.solver;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.CoolingUnit;
import dev.hallplan.catalog.RackType;
import dev.hallplan.catalog.ServerModel;
import dev.hallplan.engine.project.CatalogCount;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.MountedEquipment;
import dev.hallplan.engine.project.PlacedRack;
import dev.hallplan.engine.project.Row;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.solver.domain.HallFact;
import dev.hallplan.engine.solver.domain.RackFact;
import dev.hallplan.engine.solver.domain.RowFact;
import dev.hallplan.engine.solver.domain.ServerFact;
import dev.hallplan.engine.supply.HourlyProfile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The halls, rows, racks and servers of a scenario as solver facts, with catalog figures resolved.
 * Unknown catalog ids are broken input and throw with the place they were found.
 */
final class HardwareFacts {
    final List<HallFact> halls = new ArrayList<>();
    final List<RowFact> rows = new ArrayList<>();
    final List<RackFact> racks = new ArrayList<>();
    final List<ServerFact> servers = new ArrayList<>();
    /** Server models in use, by id, in first-seen order. */
    final Map<String, ServerModel> serverModels = new LinkedHashMap<>();
    /** The project hall of each hall fact, by hall id. */
    final Map<String, Hall> projectHalls = new LinkedHashMap<>();

    HardwareFacts(Scenario scenario, Catalog catalog, SupplyOutlookSource supply) {
        double amortisationYears = scenario.financials().amortisationYears();
        for (Hall hall : scenario.halls()) {
            projectHalls.put(hall.id(), hall);
            HallSupplyOutlook outlook = supply.outlookFor(hall);
            HallPowerLimit limit = HallPowerLimit.of(hall.supply(), outlook);
            long hallBase = 0;
            List<Row> hallRows = hall.rows();
            for (Row row : hallRows) {
                for (PlacedRack rack : row.racks()) {
                    hallBase += baseLoad(catalog, hall, rack);
                }
            }
            double pue = outlook.meanPue();
            double usdPerWattYear = mean(hall.supply().tariff().energyUsdPerMwh()) * HourlyProfile.HOURS_PER_YEAR / 1e6 * pue;
            double kgPerWattYear = mean(hall.supply().gridCarbonGramsPerKwh()) * HourlyProfile.HOURS_PER_YEAR / 1e6 * pue;
            HallFact hallFact = new HallFact(hall.id(), hall.name(), hall.region(), hall.compliance(),
                    (long) Math.floor(limit.itWatts()), limit.bindingHour(), hallBase, usdPerWattYear, kgPerWattYear);
            halls.add(hallFact);
            for (Row row : hallRows) {
                addRow(catalog, hall, hallFact, row, amortisationYears);
            }
        }
    }

    private void addRow(Catalog catalog, Hall hall, HallFact hallFact, Row row, double amortisationYears) {
        double cooling = row.cooling().isEmpty() ? Double.POSITIVE_INFINITY : 0;
        for (CatalogCount unit : row.cooling()) {
            CoolingUnit cu = catalog.coolingUnit(unit.catalogId()).orElseThrow(() -> new IllegalArgumentException(
                    "hall " + hall.id() + " row " + row.id() + ": cooling unit " + unit.catalogId() + " is not in the catalog"));
            cooling += cu.capacityWatts() * unit.count();
        }
        long rowBase = 0;
        for (PlacedRack rack : row.racks()) {
            rowBase += baseLoad(catalog, hall, rack);
        }
        RowFact rowFact = new RowFact(row.id(), hallFact, cooling, rowBase);
        rows.add(rowFact);
        for (PlacedRack rack : row.racks()) {
            RackType type = catalog.rackType(rack.rackTypeId()).orElseThrow(() -> new IllegalArgumentException(
                    "hall " + hall.id() + " rack " + rack.id() + ": rack type " + rack.rackTypeId() + " is not in the catalog"));
            RackFact rackFact = new RackFact(rack.id(), rowFact, Math.round(type.powerLimitWatts()),
                    Math.round(rack.feeds().feedCapacityWatts()), rack.feeds().redundancy(),
                    Math.round(type.maxHeatRemovalWatts()), type.cooling(), baseLoad(catalog, hall, rack));
            racks.add(rackFact);
            for (MountedEquipment e : rack.equipment()) {
                catalog.server(e.catalogId()).ifPresent(model -> {
                    serverModels.putIfAbsent(model.id(), model);
                    servers.add(new ServerFact(e.id(), model.id(), rackFact, model.acceleratorCount(),
                            Math.round(model.idlePowerWatts()), model.priceUsd() / amortisationYears));
                });
            }
        }
    }

    /** Power of the rack's non-server equipment (switches, storage) at their rated draw. */
    private static long baseLoad(Catalog catalog, Hall hall, PlacedRack rack) {
        double watts = 0;
        for (MountedEquipment e : rack.equipment()) {
            if (catalog.server(e.catalogId()).isPresent()) {
                continue;
            }
            var net = catalog.networkDevice(e.catalogId());
            var storage = catalog.storageSystem(e.catalogId());
            if (net.isPresent()) {
                watts += net.get().powerWatts();
            } else if (storage.isPresent()) {
                watts += storage.get().powerWatts();
            } else {
                throw new IllegalArgumentException("hall " + hall.id() + " rack " + rack.id() + ": equipment " + e.id()
                        + " has catalog id " + e.catalogId() + ", which is not a server, network device or storage system");
            }
        }
        return Math.round(watts);
    }

    private static double mean(HourlyProfile profile) {
        return Arrays.stream(profile.toYear()).average().orElseThrow();
    }
}
