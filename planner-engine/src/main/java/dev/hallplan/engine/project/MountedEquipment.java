package dev.hallplan.engine.project;

/**
 * One piece of catalog equipment mounted in a rack.
 *
 * @param id         unique within the hall (plans reference servers by it), e.g. "A-07-u03"
 * @param catalogId  a server, network device or storage system id from the catalog
 * @param uPosition  lowest rack unit it occupies, 1-based
 */
public record MountedEquipment(String id, String catalogId, int uPosition) {
    public MountedEquipment {
        Checks.id("equipment", id);
        Checks.id("catalog", catalogId);
        if (uPosition < 1) {
            throw new IllegalArgumentException(id + ": uPosition must be 1 or more, was " + uPosition);
        }
    }
}
