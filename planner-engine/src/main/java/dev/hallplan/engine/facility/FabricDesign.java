package dev.hallplan.engine.facility;

import java.util.Objects;

/**
 * The user's choices for sizing a hall's network fabrics from its servers' NICs.
 *
 * @param backEndSwitchId          catalog switch for the GPU (back-end) fabric, e.g. a 64-port 400G InfiniBand or Ethernet switch
 * @param frontEndSwitchId         catalog switch for the front-end fabric (storage, users, management)
 * @param opticId                  catalog optic fitted at each end of a switch link (two per link)
 * @param cableId                  catalog cable (fibre) per link
 * @param frontEndOversubscription downlinks per uplink at a front-end leaf (1 = non-blocking, 3 = 3:1)
 */
public record FabricDesign(String backEndSwitchId, String frontEndSwitchId, String opticId, String cableId,
        double frontEndOversubscription) {
    /**
     * The built-in default: an NDR InfiniBand back end (Quantum-2 QM9700), a Spectrum-4 SN5600
     * Ethernet front end at 3:1, 400G QSFP-DD optics and 400G cables (built-in catalog ids).
     */
    public static final FabricDesign DEFAULT =
            new FabricDesign("nvidia-qm9700", "nvidia-sn5600", "optic-400g-qsfpdd", "cable-400g-dac", 3);

    public FabricDesign {
        Objects.requireNonNull(backEndSwitchId, "backEndSwitchId");
        Objects.requireNonNull(frontEndSwitchId, "frontEndSwitchId");
        Objects.requireNonNull(opticId, "opticId");
        Objects.requireNonNull(cableId, "cableId");
        if (!(frontEndOversubscription >= 1) || Double.isInfinite(frontEndOversubscription)) {
            throw new IllegalArgumentException("frontEndOversubscription must be 1 or more, was " + frontEndOversubscription);
        }
    }
}
