package dev.hallplan.app.designer;

import dev.hallplan.app.workspace.ProjectEdit;
import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.RackType;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.MountedEquipment;
import dev.hallplan.engine.project.PlacedRack;
import dev.hallplan.engine.project.PowerFeeds;
import dev.hallplan.engine.project.Redundancy;
import dev.hallplan.engine.project.Row;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Undoable edits of racks on the floor: place, move, copy, delete, change type. A gesture on many
 * racks (a drag of 12) is one {@link ProjectEdit}. Refusals throw {@link IllegalArgumentException}
 * whose message says what is in the way, e.g. "position 3 of row B is taken by rack B-03".
 */
public final class RackEdits {
    private RackEdits() {
    }

    /** "Place rack ID": an empty rack of {@code rackTypeId} at a free {@code position} (0-based) of row {@code rowId}. */
    public static ProjectEdit placeRack(String scenarioName, String hallId, String rowId, int position, String rackTypeId,
                                        Catalog catalog) {
        return HallEditing.onHall("Place " + rackTypeId + " at " + rowId + " position " + (position + 1), scenarioName, hallId, h -> {
            RackType type = rackType(catalog, rackTypeId);
            Row row = HallEditing.row(h, rowId);
            requireFree(row, position, Set.of());
            String id = HallEditing.freshRackId(h, Set.of(), rowId, position);
            List<PlacedRack> racks = new ArrayList<>(row.racks());
            racks.add(new PlacedRack(id, position, type.id(), feedsFor(row, type), List.of()));
            return HallEditing.replaceRow(h, rowId, r -> r.withRacks(HallEditing.byPosition(racks)));
        });
    }

    /**
     * "Move rack ID" / "Move N racks": every rack of {@code rackIds} moves by {@code rowOffset} rows
     * and {@code positionOffset} positions, keeping its id, type and equipment. Refused when a
     * target lies outside the hall's rows or positions, or is taken by a rack that does not move.
     */
    public static ProjectEdit moveRacks(String scenarioName, String hallId, List<String> rackIds, int rowOffset, int positionOffset) {
        return HallEditing.onHall(plural("Move", rackIds), scenarioName, hallId,
                h -> relocate(h, rackIds, rowOffset, positionOffset, false));
    }

    /**
     * "Copy rack ID" / "Copy N racks" (paste, duplicate): copies of the racks, {@code rowOffset} rows
     * and {@code positionOffset} positions away, with fresh rack and equipment ids; the originals stay.
     */
    public static ProjectEdit copyRacks(String scenarioName, String hallId, List<String> rackIds, int rowOffset, int positionOffset) {
        return HallEditing.onHall(plural("Copy", rackIds), scenarioName, hallId,
                h -> relocate(h, rackIds, rowOffset, positionOffset, true));
    }

    /** "Delete rack ID" / "Delete N racks" with their equipment (plan replicas on those servers go too). */
    public static ProjectEdit deleteRacks(String scenarioName, String hallId, List<String> rackIds) {
        return HallEditing.onHall(plural("Delete", rackIds), scenarioName, hallId, h -> {
            Set<String> gone = Set.copyOf(rackIds);
            gone.forEach(id -> HallEditing.rack(h, id));
            return h.withRows(h.rows().stream().map(r -> r.racks().stream().anyMatch(k -> gone.contains(k.id()))
                    ? r.withRacks(r.racks().stream().filter(k -> !gone.contains(k.id())).toList()) : r).toList());
        });
    }

    /**
     * "Change rack ID to TYPE": the rack keeps its position and equipment. Refused when equipment
     * would sit above the new type's height. Feeds sized to the old type's power limit (as new
     * racks get) follow the new type's; feeds set otherwise stay.
     */
    public static ProjectEdit changeRackType(String scenarioName, String hallId, String rackId, String rackTypeId, Catalog catalog) {
        return HallEditing.onHall("Change rack " + rackId + " to " + rackTypeId, scenarioName, hallId, h -> {
            RackType type = rackType(catalog, rackTypeId);
            return HallEditing.replaceRack(h, rackId, rack -> {
                for (MountedEquipment e : rack.equipment()) {
                    int top = e.uPosition() + catalog.rackUnits(e.catalogId()).orElse(1) - 1;
                    if (top > type.heightUnits()) {
                        throw new IllegalArgumentException(e.id() + " reaches U" + top + ", above " + type.id() + "'s "
                                + type.heightUnits() + " U");
                    }
                }
                PowerFeeds feeds = rack.feeds();
                boolean defaulted = catalog.rackType(rack.rackTypeId())
                        .map(old -> old.powerLimitWatts() == feeds.feedCapacityWatts()).orElse(false);
                PowerFeeds newFeeds = defaulted ? new PowerFeeds(feeds.redundancy(), type.powerLimitWatts(), feeds.pduId()) : feeds;
                return new PlacedRack(rack.id(), rack.position(), type.id(), newFeeds, rack.equipment());
            });
        });
    }

    /**
     * Feeds of a new rack of {@code type} in {@code row}: the redundancy and PDU of the row's first
     * rack (a row is usually fed alike), 2N without a PDU in an empty row; each feed sized to the
     * rack type's power limit.
     */
    static PowerFeeds feedsFor(Row row, RackType type) {
        PowerFeeds like = row.racks().isEmpty() ? null : row.racks().get(0).feeds();
        return new PowerFeeds(like == null ? Redundancy.TWO_N : like.redundancy(), type.powerLimitWatts(), like == null ? null : like.pduId());
    }

    static RackType rackType(Catalog catalog, String rackTypeId) {
        return catalog.rackType(rackTypeId).orElseThrow(() -> new IllegalArgumentException("no rack type " + rackTypeId + " in the catalog"));
    }

    private static Hall relocate(Hall h, List<String> rackIds, int rowOffset, int positionOffset, boolean copy) {
        if (rackIds.isEmpty()) {
            throw new IllegalArgumentException("no rack selected");
        }
        if (!copy && rowOffset == 0 && positionOffset == 0) {
            return h;
        }
        Set<String> moving = copy ? Set.of() : Set.copyOf(rackIds);
        Map<Integer, List<PlacedRack>> arriving = new HashMap<>();
        Set<String> takenIds = new HashSet<>();
        Set<String> takenEquipment = new HashSet<>();
        Set<Long> targets = new HashSet<>();
        for (String id : rackIds) {
            PlacedRack rack = HallEditing.rack(h, id);
            int rowIndex = h.rows().indexOf(HallEditing.rowOf(h, id)) + rowOffset;
            int position = rack.position() + positionOffset;
            if (rowIndex < 0 || rowIndex >= h.rows().size()) {
                throw new IllegalArgumentException("rack " + id + " would leave the hall (no row there)");
            }
            Row target = h.rows().get(rowIndex);
            if (position < 0 || position >= target.positions()) {
                throw new IllegalArgumentException("rack " + id + " would stand beyond row " + target.id() + " (positions 1–"
                        + target.positions() + ")");
            }
            requireFree(target, position, moving);
            if (!targets.add(((long) rowIndex << 32) | position)) {
                throw new IllegalArgumentException("two racks would stand at position " + (position + 1) + " of row " + target.id());
            }
            PlacedRack placed = copy ? copyOf(h, rack, target.id(), position, takenIds, takenEquipment)
                    : new PlacedRack(rack.id(), position, rack.rackTypeId(), rack.feeds(), rack.equipment());
            arriving.computeIfAbsent(rowIndex, k -> new ArrayList<>()).add(placed);
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < h.rows().size(); i++) {
            Row r = h.rows().get(i);
            List<PlacedRack> staying = r.racks().stream().filter(k -> !moving.contains(k.id())).toList();
            List<PlacedRack> in = arriving.getOrDefault(i, List.of());
            rows.add(staying.size() == r.racks().size() && in.isEmpty() ? r : r.withRacks(HallEditing.byPosition(concat(staying, in))));
        }
        return h.withRows(rows);
    }

    private static PlacedRack copyOf(Hall h, PlacedRack rack, String rowId, int position, Set<String> takenIds, Set<String> takenEquipment) {
        String id = HallEditing.freshRackId(h, takenIds, rowId, position);
        takenIds.add(id);
        List<MountedEquipment> equipment = new ArrayList<>();
        for (MountedEquipment e : rack.equipment()) {
            String eid = HallEditing.freshEquipmentId(h, takenEquipment, id, e.uPosition());
            takenEquipment.add(eid);
            equipment.add(new MountedEquipment(eid, e.catalogId(), e.uPosition()));
        }
        return new PlacedRack(id, position, rack.rackTypeId(), rack.feeds(), equipment);
    }

    private static void requireFree(Row row, int position, Set<String> leaving) {
        if (position < 0 || position >= row.positions()) {
            throw new IllegalArgumentException("row " + row.id() + " has positions 1–" + row.positions() + ", not " + (position + 1));
        }
        PlacedRack there = HallEditing.at(row, position);
        if (there != null && !leaving.contains(there.id())) {
            throw new IllegalArgumentException("position " + (position + 1) + " of row " + row.id() + " is taken by rack " + there.id());
        }
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String plural(String verb, List<String> rackIds) {
        return rackIds.size() == 1 ? verb + " rack " + rackIds.get(0) : verb + " " + rackIds.size() + " racks";
    }
}
