package dev.hallplan.engine.facility;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.CoolingType;
import dev.hallplan.catalog.PowerEquipment;
import dev.hallplan.catalog.PowerEquipment.EfficiencyPoint;
import dev.hallplan.catalog.RackType;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.PlacedRack;
import java.util.Optional;

/**
 * The most IT load a hall's power chain and heat-rejection plant carry, for the solver's hall
 * limit: the largest IT load at which the facility model's hall checks ({@code UPS_CAPACITY},
 * {@code TRANSFORMER_CAPACITY}, {@code COOLING_PLANT}) pass at the design month, whichever racks
 * carry it. It is conservative where the facility model depends on where the load sits: rack PDU
 * losses at the worst point of any of the hall's PDU curves, and cooling power for the costliest
 * cooling mix the racks allow: the load fills the racks of the cooling type with the highest
 * cooling power first, each type up to what its racks can draw (the smaller of their limit and
 * their equipment's nameplate), and so on (docs/solver.md, "Hall limit"). The grid tie-in is not
 * here: supply is the hall's supply outlook's concern.
 *
 * @param powerChainItWatts   IT load the UPS and transformers carry at their redundancy;
 *                            {@link Double#POSITIVE_INFINITY} when the hall lists neither
 * @param coolingPlantItWatts IT heat the chillers and dry coolers reject; {@link Double#POSITIVE_INFINITY} when none is listed
 */
public record HallCapacity(double powerChainItWatts, double coolingPlantItWatts) {
    private static final int BISECTION_STEPS = 80;

    public static HallCapacity of(Hall hall, Catalog catalog) {
        double plant = new RowCoolingEvaluator(catalog).plantCapacity(hall.coolingPlant()).capacityWatts();
        return new HallCapacity(powerChain(hall, catalog), plant > 0 ? plant : Double.POSITIVE_INFINITY);
    }

    /** The smaller of the two: what the solver may place in the hall before its supply is considered. */
    public double itWatts() {
        return Math.min(powerChainItWatts, coolingPlantItWatts);
    }

    /** True when the power chain, not the plant, sets {@link #itWatts()}. */
    public boolean powerChainBinds() {
        return powerChainItWatts <= coolingPlantItWatts;
    }

    private static double powerChain(Hall hall, Catalog catalog) {
        PowerChainEvaluator chain = new PowerChainEvaluator(catalog);
        PowerStage emptyUps = chain.ups(hall, 0);
        PowerStage emptyTransformers = chain.transformers(hall, 0);
        if (!emptyUps.modelled() && !emptyTransformers.modelled()) {
            return Double.POSITIVE_INFINITY;
        }
        double ambient = hall.climate().monthlyAmbientCelsius().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        double[] rackItByType = new double[CoolingType.values().length];
        double pduEfficiency = 1;
        double rackLimits = 0;
        for (PlacedRack rack : (Iterable<PlacedRack>) hall.racks()::iterator) {
            Optional<CoolingType> type = catalog.rackType(rack.rackTypeId()).map(RackType::cooling);
            if (type.isPresent()) {
                double nameplate = 0;
                for (var e : rack.equipment()) {
                    nameplate += catalog.server(e.catalogId()).map(sm -> sm.maxPowerWatts())
                            .orElse(EquipmentDraw.deviceWatts(catalog, e.catalogId()).orElse(0));
                }
                rackItByType[type.get().ordinal()] += Math.min(RackLimit.of(rack, catalog).loadWatts(), nameplate);
            }
            Optional<PowerEquipment> pdu = Optional.ofNullable(rack.feeds().pduId()).flatMap(catalog::powerEquipment);
            if (pdu.isPresent()) {
                pduEfficiency = Math.min(pduEfficiency,
                        pdu.get().efficiencyCurve().stream().mapToDouble(EfficiencyPoint::efficiency).min().orElse(1));
            }
            rackLimits += RackLimit.of(rack, catalog).powerWatts();
        }
        double powerCapacity = emptyUps.modelled() ? emptyUps.usableWatts() : rackLimits;
        WorstMix mix = new WorstMix(rackItByType, ambient, EquipmentDraw.fabricWatts(hall, catalog));
        double lo = 0;
        double hi = emptyUps.modelled() ? emptyUps.usableWatts() : emptyTransformers.usableWatts();
        if (carries(hall, chain, hi, pduEfficiency, mix, powerCapacity)) {
            return hi;
        }
        for (int i = 0; i < BISECTION_STEPS; i++) {
            double mid = (lo + hi) / 2;
            if (carries(hall, chain, mid, pduEfficiency, mix, powerCapacity)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** True when UPS and transformers carry {@code itWatts} within their usable capacity (the facility model's checks). */
    private static boolean carries(Hall hall, PowerChainEvaluator chain, double itWatts, double pduEfficiency, WorstMix mix,
            double powerCapacity) {
        double coolingShare = mix.coolingShare(itWatts);
        PowerStage ups = chain.ups(hall, itWatts / pduEfficiency);
        if (ups.modelled() && ups.loadWatts() > ups.usableWatts()) {
            return false;
        }
        double loadFraction = powerCapacity > 0 ? itWatts / powerCapacity : 0;
        PowerStage transformers = FacilityModel.chain(hall, chain, ups, itWatts, coolingShare, loadFraction, 0).transformers();
        return !transformers.modelled() || transformers.loadWatts() <= transformers.usableWatts();
    }

    /**
     * The costliest cooling mix for a hall IT load: the racks' part of it (the load less the
     * fabric) fills the cooling types from the highest cooling power per watt down, each up to
     * what its racks can draw. The facility model applies the racks' mix to the whole IT load.
     */
    private record WorstMix(double[] rackItByType, double ambientCelsius, double fabricWatts) {
        double coolingShare(double itWatts) {
            CoolingType[] types = CoolingType.values().clone();
            java.util.Arrays.sort(types, java.util.Comparator.comparingDouble(
                    (CoolingType t) -> PueModel.coolingShare(t, ambientCelsius)).reversed());
            CoolingType costliest = java.util.Arrays.stream(types).filter(t -> rackItByType[t.ordinal()] > 0).findFirst()
                    .orElse(types[0]);
            double racks = itWatts - fabricWatts;
            if (!(racks > 0)) {
                return PueModel.coolingShare(costliest, ambientCelsius);
            }
            double left = racks;
            double weighted = 0;
            for (CoolingType t : types) {
                double here = Math.min(left, rackItByType[t.ordinal()]);
                weighted += here * PueModel.coolingShare(t, ambientCelsius);
                left -= here;
            }
            // load beyond what the racks can draw breaks rack limits anyway; count it at the costliest type
            weighted += left * PueModel.coolingShare(costliest, ambientCelsius);
            return weighted / racks;
        }
    }
}
