package dev.hallplan.engine.plan;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.engine.energy.HallPueCurve;
import dev.hallplan.engine.energy.PueBound;
import dev.hallplan.engine.energy.SupplyAdequacy;
import dev.hallplan.engine.facility.FacilityModel;
import dev.hallplan.engine.facility.ServerLoad;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.solver.HallSupply;
import dev.hallplan.engine.solver.SupplyOutlookSource;

/**
 * The solver's view of a hall's supply, from the facility and energy models: the monthly PUE of
 * the hall at nameplate load (the facility model's curve, pricing energy and carbon), the monthly
 * PUE bound for any cooling mix of its racks ({@link HallPueCurve#anyMix}),
 * and the hall's {@link SupplyAdequacy} model.
 */
public final class FacilitySupplyOutlook implements SupplyOutlookSource {
    private final Catalog catalog;

    public FacilitySupplyOutlook(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public HallSupply supplyOf(Hall hall) {
        var state = FacilityModel.liveState(hall, catalog, ServerLoad.NAMEPLATE);
        PueBound bound = HallPueCurve.anyMix(hall, catalog);
        return new HallSupply(state.monthlyPue(), bound, SupplyAdequacy.of(hall.supply()));
    }
}
