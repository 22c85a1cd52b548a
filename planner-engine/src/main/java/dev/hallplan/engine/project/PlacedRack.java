package dev.hallplan.engine.project;

import java.util.List;

/**
 * A rack standing at a position of a row.
 *
 * @param id          unique within the hall, e.g. "B-07"
 * @param position    0-based position index within the row
 * @param rackTypeId  catalog rack type
 * @param equipment   what is mounted, by U position
 */
public record PlacedRack(String id, int position, String rackTypeId, PowerFeeds feeds, List<MountedEquipment> equipment) {
    public PlacedRack {
        Checks.id("rack", id);
        Checks.id("rack type", rackTypeId);
        if (position < 0) {
            throw new IllegalArgumentException(id + ": position must not be negative, was " + position);
        }
        if (feeds == null) {
            throw new IllegalArgumentException(id + ": feeds are required");
        }
        equipment = Checks.list(equipment);
    }

    public PlacedRack withEquipment(List<MountedEquipment> newEquipment) {
        return new PlacedRack(id, position, rackTypeId, feeds, newEquipment);
    }
}
