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
import java.util.List;

/**
 * The solver's view of a hall's supply, from the facility and energy models: the monthly PUE of
 * the hall at nameplate load (the facility model's curve, pricing energy and carbon), the PUE
 * bound for any cooling mix of its racks ({@link HallPueCurve#anyMix}), and the hall's
 * {@link SupplyAdequacy} model. A hall without IT load gets a pricing PUE of 1: it has no PUE, and
 * nothing can be placed in it.
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
        List<Double> pue = state.monthlyPue().stream().map(p -> Double.isNaN(p) ? 1.0 : p).toList();
        return new HallSupply(pue, bound, SupplyAdequacy.of(hall.supply()));
    }
}
