package dev.hallplan.sweeps.point;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.engine.supply.EnergySupply;
import dev.hallplan.engine.supply.HourlyProfile;
import dev.hallplan.engine.supply.RenewableSource;
import dev.hallplan.engine.supply.Tariff;
import dev.hallplan.engine.project.Demand;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.project.Workload;
import dev.hallplan.engine.solver.domain.ConstraintNames;
import dev.hallplan.sweeps.spec.Axis;
import dev.hallplan.sweeps.spec.AxisKind;
import dev.hallplan.sweeps.spec.SweepPoint;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Applies a point's multipliers to its base scenario through the engine's own records (no
 * editing of file text): new tariffs, renewable sources, workloads and constraint weights. The
 * hardware-price axes change the catalog instead ({@link HardwarePrices}).
 */
public final class PointChanges {
    private PointChanges() {
    }

    /** {@code base} with the point's scenario changed by every non-price axis; other scenarios stay as they are. */
    public static Project apply(Project base, SweepPoint point, List<Axis> axes) {
        Scenario s = base.scenarioOrFirst(point.scenario());
        for (Axis axis : axes) {
            double m = point.multiplier(axis.name());
            s = switch (axis.kind()) {
                case HARDWARE_PRICE -> s;
                case ENERGY_PRICE -> halls(s, h -> withSupply(h, energyPrice(h.supply(), m)));
                case RENEWABLES -> halls(s, h -> withSupply(h, renewables(h.supply(), m)));
                case CARBON_PRICE -> carbonPrice(s, m);
                case DEMAND -> demand(s, axis.workload(), m);
            };
        }
        return base.withScenario(s);
    }

    /** {@code base} with the point's hardware-price multipliers applied to server prices ({@code base} itself when there are none). */
    public static Catalog catalog(Catalog base, SweepPoint point, List<Axis> axes) {
        Map<Axis, Double> prices = hardwarePrices(point, axes);
        return prices.isEmpty() ? base : HardwarePrices.scaled(base, prices);
    }

    /** The multipliers of the point's hardware-price axes (empty when there are none). */
    public static Map<Axis, Double> hardwarePrices(SweepPoint point, List<Axis> axes) {
        Map<Axis, Double> m = new java.util.LinkedHashMap<>();
        axes.stream().filter(a -> a.kind() == AxisKind.HARDWARE_PRICE).forEach(a -> m.put(a, point.multiplier(a.name())));
        return m;
    }

    private static Scenario halls(Scenario s, UnaryOperator<Hall> change) {
        return s.withHalls(s.halls().stream().map(change).toList());
    }

    private static Hall withSupply(Hall h, EnergySupply supply) {
        return new Hall(h.id(), h.name(), h.facilityType(), h.region(), h.compliance(), h.climate(), h.powerChain(),
                h.coolingPlant(), supply, h.userRttSeconds(), h.rows());
    }

    private static EnergySupply energyPrice(EnergySupply s, double m) {
        Tariff t = s.tariff();
        return new EnergySupply(s.gridTieInWatts(), s.firmSupplyWatts(), s.renewables(), s.battery(),
                s.gridCarbonGramsPerKwh(), new Tariff(scaled(t.energyUsdPerMwh(), m), t.demandChargeUsdPerKwMonth()));
    }

    private static EnergySupply renewables(EnergySupply s, double m) {
        List<RenewableSource> scaled = s.renewables().stream().map(r -> new RenewableSource(r.id(), r.kind(),
                r.capacityWatts() * m, r.hourlyCapacityFactors(), r.latitudeDegrees(), r.annualCapacityFactor(),
                r.priceUsdPerMwh(), r.onSite())).toList();
        return new EnergySupply(s.gridTieInWatts(), s.firmSupplyWatts(), scaled, s.battery(), s.gridCarbonGramsPerKwh(),
                s.tariff());
    }

    private static HourlyProfile scaled(HourlyProfile p, double m) {
        double[] v = p.values();
        for (int i = 0; i < v.length; i++) {
            v[i] *= m;
        }
        return HourlyProfile.of(v);
    }

    /** The "Grid carbon" weight multiplier times {@code m} (on top of any the scenario sets). */
    private static Scenario carbonPrice(Scenario s, double m) {
        Map<String, Double> weights = new HashMap<>(s.constraintWeights());
        weights.merge(ConstraintNames.GRID_CARBON, m, (was, factor) -> was * factor);
        return new Scenario(s.name(), s.description(), s.halls(), s.workloads(), s.plan(), s.simulation(), s.financials(),
                weights);
    }

    private static Scenario demand(Scenario s, String workloadId, double m) {
        if (workloadId != null && s.workload(workloadId).isEmpty()) {
            throw new IllegalArgumentException("scenario " + s.name() + " has no workload " + workloadId);
        }
        return s.withWorkloads(s.workloads().stream()
                .map(w -> workloadId == null || w.id().equals(workloadId) ? withPeak(w, w.demand().peakRequestsPerSecond() * m) : w)
                .toList());
    }

    private static Workload withPeak(Workload w, double peakRequestsPerSecond) {
        return new Workload(w.id(), w.name(), w.modelId(), w.engineId(), w.substituteModelIds(),
                new Demand(peakRequestsPerSecond, w.demand().shareOfPeak()), w.requestShape(), w.slo(), w.allowedRegions(),
                w.requiredCompliance(), w.tenant(), w.isolation(), w.minPrecision(), w.priority(), w.deferrableShare(),
                w.userRegion());
    }
}
