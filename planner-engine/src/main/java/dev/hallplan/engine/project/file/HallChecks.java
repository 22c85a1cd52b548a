package dev.hallplan.engine.project.file;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.CoolingUnit.CoolingUnitKind;
import dev.hallplan.catalog.PowerEquipment.PowerKind;
import dev.hallplan.catalog.RackType;
import dev.hallplan.catalog.ServerModel;
import dev.hallplan.engine.project.CatalogCount;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.MountedEquipment;
import dev.hallplan.engine.project.PlacedRack;
import dev.hallplan.engine.project.PowerChain;
import dev.hallplan.engine.project.Row;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** The hall part of {@link ProjectValidator}: catalog references, ids across the hall, rack and U positions. */
final class HallChecks {
    private final Catalog catalog;
    private final List<ProjectProblem> problems;
    private final Map<String, ServerModel> servers = new HashMap<>();
    private final Set<String> rowIds = new HashSet<>();
    private final Set<String> rackIds = new HashSet<>();
    private final Set<String> equipmentIds = new HashSet<>();

    HallChecks(Catalog catalog, List<ProjectProblem> problems) {
        this.catalog = catalog;
        this.problems = problems;
    }

    /** Checks {@code hall} and returns its mounted servers by equipment id, for plan checks. */
    Map<String, ServerModel> check(Hall hall, String path) {
        powerChain(hall.powerChain(), path + ".powerChain");
        for (int i = 0; i < hall.coolingPlant().size(); i++) {
            String id = hall.coolingPlant().get(i).catalogId();
            if (!ProjectValidator.isCooling(catalog, id, EnumSet.of(CoolingUnitKind.CHILLER, CoolingUnitKind.DRY_COOLER))) {
                problems.add(new ProjectProblem(JsonPaths.index(path + ".coolingPlant", i) + ".catalogId",
                        "'" + id + "' is not a chiller or dry cooler in the catalog"));
            }
        }
        for (int r = 0; r < hall.rows().size(); r++) {
            row(hall.rows().get(r), JsonPaths.index(path + ".rows", r));
        }
        return servers;
    }

    private void powerChain(PowerChain chain, String path) {
        countsOfKind(chain.transformers(), PowerKind.TRANSFORMER, path + ".transformers");
        countsOfKind(chain.ups(), PowerKind.UPS, path + ".ups");
    }

    private void countsOfKind(List<CatalogCount> counts, PowerKind kind, String path) {
        for (int i = 0; i < counts.size(); i++) {
            String id = counts.get(i).catalogId();
            if (!ProjectValidator.isPower(catalog, id, kind)) {
                problems.add(new ProjectProblem(JsonPaths.index(path, i) + ".catalogId",
                        "'" + id + "' is not a " + kind.name().toLowerCase(java.util.Locale.ROOT) + " in the catalog"));
            }
        }
    }

    private void row(Row row, String path) {
        if (!rowIds.add(row.id())) {
            problems.add(new ProjectProblem(path + ".id", "duplicate row id '" + row.id() + "' in the hall"));
        }
        for (int i = 0; i < row.cooling().size(); i++) {
            String id = row.cooling().get(i).catalogId();
            if (!ProjectValidator.isCooling(catalog, id, EnumSet.of(CoolingUnitKind.CRAH, CoolingUnitKind.CDU))) {
                problems.add(new ProjectProblem(JsonPaths.index(path + ".cooling", i) + ".catalogId",
                        "'" + id + "' is not a CRAH or CDU in the catalog"));
            }
        }
        Map<Integer, String> byPosition = new HashMap<>();
        for (int k = 0; k < row.racks().size(); k++) {
            PlacedRack rack = row.racks().get(k);
            String rp = JsonPaths.index(path + ".racks", k);
            if (rack.position() >= row.positions()) {
                problems.add(new ProjectProblem(rp + ".position", "position " + rack.position() + " is beyond row '" + row.id()
                        + "' of " + row.positions() + " positions (0.." + (row.positions() - 1) + ")"));
            }
            String other = byPosition.putIfAbsent(rack.position(), rack.id());
            if (other != null) {
                problems.add(new ProjectProblem(rp + ".position", "position " + rack.position() + " is already taken by rack '" + other + "'"));
            }
            rack(rack, rp);
            catalog.rackType(rack.rackTypeId()).filter(t -> t.widthMeters() > row.pitchMeters() + 1e-9).ifPresent(t ->
                    problems.add(ProjectProblem.warning(rp + ".rackTypeId", "rack type '" + t.id() + "' is " + t.widthMeters()
                            + " m wide, wider than row '" + row.id() + "''s " + row.pitchMeters()
                            + " m pitch: the hall's white space understates the floor it needs")));
        }
    }

    private void rack(PlacedRack rack, String path) {
        if (!rackIds.add(rack.id())) {
            problems.add(new ProjectProblem(path + ".id", "duplicate rack id '" + rack.id() + "' in the hall"));
        }
        Optional<RackType> type = catalog.rackType(rack.rackTypeId());
        if (type.isEmpty()) {
            problems.add(new ProjectProblem(path + ".rackTypeId", "unknown rack type '" + rack.rackTypeId() + "'"));
        }
        String pdu = rack.feeds().pduId();
        if (pdu != null && !ProjectValidator.isPower(catalog, pdu, PowerKind.PDU)) {
            problems.add(new ProjectProblem(path + ".feeds.pduId", "'" + pdu + "' is not a PDU in the catalog"));
        }
        String[] occupiedBy = new String[type.map(RackType::heightUnits).orElse(0) + 1];
        for (int e = 0; e < rack.equipment().size(); e++) {
            MountedEquipment eq = rack.equipment().get(e);
            String ep = JsonPaths.index(path + ".equipment", e);
            if (!equipmentIds.add(eq.id())) {
                problems.add(new ProjectProblem(ep + ".id", "duplicate equipment id '" + eq.id() + "' in the hall"));
            }
            OptionalInt units = unitsOf(eq, ep);
            if (units.isEmpty() || type.isEmpty()) {
                continue;
            }
            int top = eq.uPosition() + units.getAsInt() - 1;
            int height = type.get().heightUnits();
            if (top > height) {
                problems.add(new ProjectProblem(ep + ".uPosition", "'" + eq.id() + "' occupies U" + eq.uPosition() + "..U" + top
                        + ", beyond the " + height + "U rack"));
                continue;
            }
            for (int u = eq.uPosition(); u <= top; u++) {
                if (occupiedBy[u] != null) {
                    problems.add(new ProjectProblem(ep + ".uPosition", "'" + eq.id() + "' overlaps '" + occupiedBy[u] + "' at U" + u));
                    break;
                }
            }
            for (int u = eq.uPosition(); u <= top; u++) {
                occupiedBy[u] = occupiedBy[u] == null ? eq.id() : occupiedBy[u];
            }
        }
    }

    /** Rack units of the equipment's catalog entry; empty (with a problem) when the id is unknown. */
    private OptionalInt unitsOf(MountedEquipment eq, String path) {
        catalog.server(eq.catalogId()).ifPresent(server -> servers.put(eq.id(), server));
        OptionalInt units = catalog.rackUnits(eq.catalogId());
        if (units.isPresent()) {
            return units;
        }
        problems.add(new ProjectProblem(path + ".catalogId", "unknown server, network device or storage system '" + eq.catalogId() + "'"));
        return OptionalInt.empty();
    }
}
