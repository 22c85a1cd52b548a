package dev.hallplan.engine.facility;

import dev.hallplan.catalog.ServerModel;
import dev.hallplan.engine.project.MountedEquipment;

/**
 * The electrical draw of each mounted server, in watts at the wall. The facility model asks it for
 * every server in the hall; switches and storage draw their catalog power.
 */
@FunctionalInterface
public interface ServerLoad {
    /** Every server at its nameplate {@link ServerModel#maxPowerWatts()}: the worst case a hall must carry. */
    ServerLoad NAMEPLATE = (equipment, server) -> server.maxPowerWatts();

    /** Every server idle, at {@link ServerModel#idlePowerWatts()}. */
    ServerLoad IDLE = (equipment, server) -> server.idlePowerWatts();

    /**
     * @param equipment the mounted server (its id is what plans reference)
     * @param server    its catalog model
     * @return draw in watts, not negative
     */
    double watts(MountedEquipment equipment, ServerModel server);
}
