package dev.hallplan.engine.solver;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.RackType;
import dev.hallplan.catalog.ServerModel;
import dev.hallplan.engine.facility.EquipmentDraw;
import dev.hallplan.engine.facility.HallCapacity;
import dev.hallplan.engine.facility.HeatLoad;
import dev.hallplan.engine.facility.IdleServers;
import dev.hallplan.engine.facility.RackLimit;
import dev.hallplan.engine.facility.RowCooling;
import dev.hallplan.engine.project.CatalogCount;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.MountedEquipment;
import dev.hallplan.engine.project.PlacedRack;
import dev.hallplan.engine.project.Row;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.catalog.units.UnitFormat;
import dev.hallplan.engine.solver.domain.FixedOverload;
import dev.hallplan.engine.solver.domain.HallFact;
import dev.hallplan.engine.solver.domain.RackFact;
import dev.hallplan.engine.solver.domain.RowFact;
import dev.hallplan.engine.solver.domain.ServerFact;
import dev.hallplan.engine.solver.score.LimitExceeded;
import dev.hallplan.engine.supply.HourlyProfile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The halls, rows, racks and servers of a scenario as solver facts, every load and limit read
 * from the facility model's accounting ({@link EquipmentDraw}, {@link RackLimit}, {@link RowCooling},
 * {@link HallCapacity}) under the scenario's {@link IdleServers} rule. Unknown catalog ids are
 * broken input and throw with the place they were found.
 */
final class HardwareFacts {
    final List<HallFact> halls = new ArrayList<>();
    final List<RowFact> rows = new ArrayList<>();
    final List<RackFact> racks = new ArrayList<>();
    final List<ServerFact> servers = new ArrayList<>();
    /** Racks, rows and halls over a limit with their fixed load alone. */
    final List<FixedOverload> fixedOverloads = new ArrayList<>();
    /** Server models in use, by id, in first-seen order. */
    final Map<String, ServerModel> serverModels = new LinkedHashMap<>();
    /** The project hall of each hall fact, by hall id. */
    final Map<String, Hall> projectHalls = new LinkedHashMap<>();
    private final Catalog catalog;
    private final IdleServers idle;

    HardwareFacts(Scenario scenario, Catalog catalog, SupplyOutlookSource supply) {
        this.catalog = catalog;
        this.idle = IdleServers.of(scenario);
        double amortisationYears = scenario.financials().amortisationYears();
        double[] shape = HallLoadShape.of(scenario);
        for (Hall hall : scenario.halls()) {
            projectHalls.put(hall.id(), hall);
            checkKnown(hall);
            HallSupply outlook = supply.supplyOf(hall);
            double hallFixed = EquipmentDraw.fabricWatts(hall, catalog);
            for (PlacedRack rack : (Iterable<PlacedRack>) hall.racks()::iterator) {
                hallFixed += EquipmentDraw.fixedHeat(rack, catalog, idle).watts();
            }
            HallPowerLimit limit = HallPowerLimit.of(outlook, hallFixed, shape, HallCapacity.of(hall, catalog));
            double pue = outlook.meanPue();
            double usdPerWattYear = mean(hall.supply().tariff().energyUsdPerMwh()) * HourlyProfile.HOURS_PER_YEAR / 1e6 * pue;
            double kgPerWattYear = mean(hall.supply().gridCarbonGramsPerKwh()) * HourlyProfile.HOURS_PER_YEAR / 1e6 * pue;
            HallFact hallFact = new HallFact(hall.id(), hall.name(), hall.region(), hall.compliance(),
                    (long) Math.floor(limit.itWatts()), limit.binding(), Math.round(hallFixed), usdPerWattYear, kgPerWattYear);
            halls.add(hallFact);
            if (hallFact.baseLoadWatts() > hallFact.itPowerLimitWatts()) {
                fixedOverloads.add(new FixedOverload(LimitExceeded.watts("Hall " + hall.name(), hallFact.baseLoadWatts(),
                        hallFact.itPowerLimitWatts(), "IT load the hall carries (" + limit.binding() + ") with no replica (fixed load)")
                        .message(), hallFact.baseLoadWatts() - hallFact.itPowerLimitWatts(), null, null, hallFact));
            }
            for (Row row : hall.rows()) {
                addRow(hallFact, row, amortisationYears);
            }
        }
    }

    private void addRow(HallFact hallFact, Row row, double amortisationYears) {
        HeatLoad rowFixed = HeatLoad.NONE;
        for (PlacedRack rack : row.racks()) {
            rowFixed = rowFixed.plus(EquipmentDraw.fixedHeat(rack, catalog, idle));
        }
        RowFact rowFact = new RowFact(row.id(), hallFact, RowCooling.of(row, catalog), rowFixed);
        rows.add(rowFact);
        if (rowFact.overWatts(0, 0) > 0) {
            fixedOverloads.add(new FixedOverload(rowMessage(rowFact), rowFact.overWatts(0, 0), null, rowFact, null));
        }
        for (PlacedRack rack : row.racks()) {
            RackType type = catalog.rackType(rack.rackTypeId()).orElseThrow();
            RackFact rackFact = new RackFact(rack.id(), rowFact, RackLimit.of(rack, catalog), rack.feeds().redundancy(),
                    rack.feeds().pduId(), type.cooling(), Math.round(EquipmentDraw.fixedHeat(rack, catalog, idle).watts()));
            racks.add(rackFact);
            long over = RackFact.overWatts(rackFact.fixedWatts(), rackFact.loadLimitWatts());
            if (over > 0) {
                fixedOverloads.add(new FixedOverload(LimitExceeded.watts("Rack " + rack.id(), rackFact.fixedWatts(),
                        rackFact.loadLimitWatts(), "rack limit with no replica (fixed load)").message(), over, rackFact, null, null));
            }
            for (MountedEquipment e : rack.equipment()) {
                catalog.server(e.catalogId()).ifPresent(model -> {
                    serverModels.putIfAbsent(model.id(), model);
                    long idleWhenUsed = idle == IdleServers.ON ? 0 : Math.round(model.idlePowerWatts());
                    servers.add(new ServerFact(e.id(), model.id(), rackFact, model.acceleratorCount(), idleWhenUsed,
                            HeatLoad.liquidShare(type.cooling(), model.liquidHeatFraction()), model.priceUsd() / amortisationYears));
                });
            }
        }
    }

    private static String rowMessage(RowFact row) {
        return "Row " + row.id() + " (" + row.hall().name() + "): fixed heat " + UnitFormat.watts(row.fixedHeat().airWatts())
                + " air / " + UnitFormat.watts(row.fixedHeat().liquidWatts()) + " liquid > row cooling "
                + UnitFormat.watts(row.cooling().airWatts()) + " CRAH / " + UnitFormat.watts(row.cooling().liquidWatts()) + " CDU";
    }

    /** Rack types, equipment and cooling units must be in the catalog: the solver cannot count what it does not know. */
    private void checkKnown(Hall hall) {
        for (Row row : hall.rows()) {
            for (CatalogCount unit : row.cooling()) {
                if (catalog.coolingUnit(unit.catalogId()).isEmpty()) {
                    throw new IllegalArgumentException("hall " + hall.id() + " row " + row.id() + ": cooling unit "
                            + unit.catalogId() + " is not in the catalog");
                }
            }
            for (PlacedRack rack : row.racks()) {
                if (catalog.rackType(rack.rackTypeId()).isEmpty()) {
                    throw new IllegalArgumentException("hall " + hall.id() + " rack " + rack.id() + ": rack type "
                            + rack.rackTypeId() + " is not in the catalog");
                }
                for (MountedEquipment e : rack.equipment()) {
                    if (catalog.server(e.catalogId()).isEmpty() && EquipmentDraw.deviceWatts(catalog, e.catalogId()).isEmpty()) {
                        throw new IllegalArgumentException("hall " + hall.id() + " rack " + rack.id() + ": equipment " + e.id()
                                + " has catalog id " + e.catalogId() + ", which is not a server, network device or storage system");
                    }
                }
            }
        }
    }

    private static double mean(HourlyProfile profile) {
        return Arrays.stream(profile.toYear()).average().orElseThrow();
    }
}
