package dev.hallplan.app.designer;

import dev.hallplan.app.workspace.ProjectEdit;
import dev.hallplan.catalog.Catalog;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.MountedEquipment;
import dev.hallplan.engine.project.PlacedRack;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Undoable edits of what is mounted in a rack: mount a catalog server, switch or storage system at
 * a U position, move it, remove it, and mount many at once (Find space). Refused: overlaps and
 * positions beyond the rack's height, with the reason ({@link #refusal}).
 */
public final class EquipmentEdits {
    private EquipmentEdits() {
    }

    /** One thing to mount: {@code catalogId} in rack {@code rackId} from U {@code uPosition} (1-based, lowest U) up. */
    public record Mount(String rackId, String catalogId, int uPosition) {
    }

    /** "Mount ID in RACK at U n". */
    public static ProjectEdit mount(String scenarioName, String hallId, Mount mount, Catalog catalog) {
        return mountAll("Mount " + mount.catalogId() + " in " + mount.rackId() + " at U" + mount.uPosition(),
                scenarioName, hallId, List.of(mount), catalog);
    }

    /** One edit named {@code name} mounting every item of {@code mounts} (each checked against the ones before it). */
    public static ProjectEdit mountAll(String name, String scenarioName, String hallId, List<Mount> mounts, Catalog catalog) {
        return HallEditing.onHall(name, scenarioName, hallId, h -> {
            Hall hall = h;
            Set<String> taken = new HashSet<>();
            for (Mount m : mounts) {
                PlacedRack rack = HallEditing.rack(hall, m.rackId());
                refusal(rack, catalog, m.catalogId(), m.uPosition(), null).ifPresent(reason -> {
                    throw new IllegalArgumentException(reason);
                });
                String id = HallEditing.freshEquipmentId(hall, taken, rack.id(), m.uPosition());
                taken.add(id);
                List<MountedEquipment> equipment = new ArrayList<>(rack.equipment());
                equipment.add(new MountedEquipment(id, m.catalogId(), m.uPosition()));
                hall = HallEditing.replaceRack(hall, rack.id(), r -> r.withEquipment(HallEditing.byU(equipment)));
            }
            return hall;
        });
    }

    /** "Move ID to U n" within its rack. */
    public static ProjectEdit move(String scenarioName, String hallId, String rackId, String equipmentId, int uPosition, Catalog catalog) {
        return HallEditing.onHall("Move " + equipmentId + " to U" + uPosition, scenarioName, hallId, h ->
                HallEditing.replaceRack(h, rackId, rack -> {
                    MountedEquipment e = equipment(rack, equipmentId);
                    if (e.uPosition() == uPosition) {
                        return rack;
                    }
                    refusal(rack, catalog, e.catalogId(), uPosition, equipmentId).ifPresent(reason -> {
                        throw new IllegalArgumentException(reason);
                    });
                    return rack.withEquipment(HallEditing.byU(rack.equipment().stream()
                            .map(x -> x == e ? new MountedEquipment(e.id(), e.catalogId(), uPosition) : x).toList()));
                }));
    }

    /** "Remove ID from RACK" (plan replicas on that server go too). */
    public static ProjectEdit remove(String scenarioName, String hallId, String rackId, String equipmentId) {
        return HallEditing.onHall("Remove " + equipmentId + " from " + rackId, scenarioName, hallId, h ->
                HallEditing.replaceRack(h, rackId, rack -> {
                    MountedEquipment e = equipment(rack, equipmentId);
                    return rack.withEquipment(rack.equipment().stream().filter(x -> x != e).toList());
                }));
    }

    /**
     * Why {@code catalogId} cannot go into {@code rack} from U {@code uPosition} up, or empty when it
     * fits: unknown or unmountable catalog id, U below 1, top above the rack type's height, or an
     * overlap with mounted equipment (other than {@code ignoredId}, the one being moved; nullable).
     */
    public static Optional<String> refusal(PlacedRack rack, Catalog catalog, String catalogId, int uPosition, String ignoredId) {
        var units = catalog.rackUnits(catalogId);
        if (units.isEmpty()) {
            return Optional.of(catalogId + " is not a server, switch or storage system of the catalog");
        }
        int top = uPosition + units.getAsInt() - 1;
        if (uPosition < 1) {
            return Optional.of("U" + uPosition + " is below the rack's first unit");
        }
        int height = catalog.rackType(rack.rackTypeId()).map(t -> t.heightUnits()).orElse(0);
        if (top > height) {
            return Optional.of(catalogId + " (" + units.getAsInt() + " U) at U" + uPosition + " reaches U" + top
                    + ", beyond rack " + rack.id() + "'s " + height + " U");
        }
        for (MountedEquipment e : rack.equipment()) {
            if (e.id().equals(ignoredId)) {
                continue;
            }
            int eTop = e.uPosition() + catalog.rackUnits(e.catalogId()).orElse(1) - 1;
            if (uPosition <= eTop && e.uPosition() <= top) {
                return Optional.of("U" + uPosition + "–U" + top + " overlaps " + e.id() + " (" + e.catalogId() + ", U"
                        + e.uPosition() + "–U" + eTop + ")");
            }
        }
        return Optional.empty();
    }

    private static MountedEquipment equipment(PlacedRack rack, String equipmentId) {
        return rack.equipment().stream().filter(e -> e.id().equals(equipmentId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + equipmentId + " in rack " + rack.id()));
    }
}
