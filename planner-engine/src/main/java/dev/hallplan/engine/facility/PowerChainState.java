package dev.hallplan.engine.facility;

/**
 * The hall's power chain from the rack feeds back to the grid, at the design (hottest) month.
 *
 * @param itWatts             draw of all racks' equipment
 * @param pduOutputInputWatts draw at the rack PDU inputs (IT plus PDU losses): the UPS output
 * @param ups                 the UPS stage, carrying the racks
 * @param mechanicalWatts     cooling and fixed facility loads fed from the transformers, not the UPS
 * @param transformers        the transformer stage, carrying UPS input plus mechanical loads
 * @param gridDrawWatts       what the hall takes from the grid (and firm on-site supply)
 * @param gridCapacityWatts   grid tie-in plus firm on-site supply
 */
public record PowerChainState(
        double itWatts,
        double pduOutputInputWatts,
        PowerStage ups,
        double mechanicalWatts,
        PowerStage transformers,
        double gridDrawWatts,
        double gridCapacityWatts) {

    public double pduLossWatts() {
        return pduOutputInputWatts - itWatts;
    }

    /** PDU, UPS and transformer losses together. */
    public double electricalLossWatts() {
        return pduLossWatts() + ups.lossWatts() + transformers.lossWatts();
    }

    public double gridHeadroomWatts() {
        return gridCapacityWatts - gridDrawWatts;
    }
}
