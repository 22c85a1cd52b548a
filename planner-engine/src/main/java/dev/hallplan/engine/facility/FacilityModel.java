package dev.hallplan.engine.facility;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.CoolingType;
import dev.hallplan.engine.facility.Violation.Kind;
import dev.hallplan.engine.facility.Violation.Level;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.PlacedRack;
import dev.hallplan.engine.project.Row;
import java.util.ArrayList;
import java.util.List;

/**
 * A hall's power, heat, headroom and violations under a load, in one call cheap enough for every
 * edit in the UI (docs/facility-model.md has every rule and formula, and the measured cost).
 */
public final class FacilityModel {
    private FacilityModel() {
    }

    /**
     * The hall's live state.
     *
     * @param hall    the hall as the project holds it; unknown catalog ids are tolerated (counted as 0 W and flagged)
     * @param catalog the hardware catalog
     * @param load    each mounted server's draw, e.g. {@link ServerLoad#NAMEPLATE}
     */
    public static HallState liveState(Hall hall, Catalog catalog, ServerLoad load) {
        RackEvaluator rackEvaluator = new RackEvaluator(catalog, load);
        return liveStateOf(hall, catalog, rackEvaluator::evaluate);
    }

    /** The hall's live state with each rack's state from {@code racksBy} (the evaluator, or {@link LiveHall}'s cache of it). */
    static HallState liveStateOf(Hall hall, Catalog catalog, java.util.function.BiFunction<PlacedRack, String, RackState> racksBy) {
        RowCoolingEvaluator coolingEvaluator = new RowCoolingEvaluator(catalog);
        List<RackState> racks = new ArrayList<>();
        List<RowState> rows = new ArrayList<>(hall.rows().size());
        List<LoopState> loops = new ArrayList<>();
        double[] itByCooling = new double[CoolingType.values().length];
        double[] limitByCooling = new double[CoolingType.values().length];
        double it = 0;
        double pduInput = 0;
        double rackFeedLimits = 0;
        double rackCapacity = 0;
        int positions = 0;
        for (Row row : hall.rows()) {
            List<RackState> rowRacks = new ArrayList<>(row.racks().size());
            for (PlacedRack rack : row.racks()) {
                RackState rs = racksBy.apply(rack, row.id());
                rowRacks.add(rs);
                it += rs.itWatts();
                pduInput += rs.inputWatts();
                double capacity = Math.min(rs.powerLimitWatts(), rs.heatLimitWatts());
                rackFeedLimits += rs.powerLimitWatts();
                rackCapacity += capacity;
                if (rs.cooling() != null) {
                    itByCooling[rs.cooling().ordinal()] += rs.itWatts();
                    limitByCooling[rs.cooling().ordinal()] += capacity;
                }
            }
            positions += row.positions();
            racks.addAll(rowRacks);
            rows.add(coolingEvaluator.evaluate(row, rowRacks, loops));
        }
        CoolingMix mix = CoolingMix.fromWatts(it > 0 ? itByCooling : limitByCooling);
        // the sized fabric (when no switch is placed) is IT load on the UPS outside every rack and row
        double fabric = EquipmentDraw.fabricWatts(hall, catalog);
        it += fabric;
        pduInput += fabric;

        PowerChainEvaluator chainEvaluator = new PowerChainEvaluator(catalog);
        PowerStage ups = chainEvaluator.ups(hall, pduInput);
        double powerCapacity = ups.modelled() ? ups.usableWatts() : rackFeedLimits;
        double loadFraction = powerCapacity > 0 ? it / powerCapacity : 0;
        double designAmbient = hall.climate().monthlyAmbientCelsius().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        double gridCapacity = hall.supply().gridTieInWatts() + hall.supply().firmSupplyWatts();
        PowerChainState chain = chain(hall, chainEvaluator, ups, it, PueModel.coolingShare(mix, designAmbient), loadFraction, gridCapacity);

        List<Double> monthlyPue = new ArrayList<>(12);
        List<Double> monthlyWue = new ArrayList<>(12);
        RowCoolingEvaluator.PlantCapacity plant = coolingEvaluator.plantCapacity(hall.coolingPlant());
        double evaporativeShare = plant.evaporativeShare();
        for (double ambient : hall.climate().monthlyAmbientCelsius()) {
            double grid = chain(hall, chainEvaluator, ups, it, PueModel.coolingShare(mix, ambient), loadFraction, gridCapacity).gridDrawWatts();
            monthlyPue.add(it > 0 ? grid / it : Double.NaN);
            monthlyWue.add(WueModel.litresPerKwh(evaporativeShare, ambient));
        }

        List<Violation> hallViolations = new ArrayList<>(PowerChainEvaluator.violations(hall.id(), chain));
        if (plant.capacityWatts() > 0 && it > plant.capacityWatts()) {
            hallViolations.add(new Violation(Level.HALL, hall.id(), Kind.COOLING_PLANT, it, plant.capacityWatts(),
                    "Hall " + hall.id() + " cooling plant: " + Violation.ACTUAL + " heat > " + Violation.LIMIT + " chiller and dry-cooler capacity"));
        }
        double rowCooling = rows.stream().mapToDouble(r -> r.airCapacityWatts() + r.liquidCapacityWatts()).sum();
        double coolingCapacity = plant.capacityWatts() > 0 ? Math.min(rowCooling, plant.capacityWatts()) : rowCooling;
        int placed = racks.size();
        double spaceCapacity = rackCapacity + (placed > 0 ? Math.max(0, positions - placed) * rackCapacity / placed : 0);
        StrandedCapacity stranded = new StrandedCapacity(powerCapacity, coolingCapacity, spaceCapacity);
        return new HallState(hall.id(), racks, rows, loops, mix, chain, fabric, plant.capacityWatts(), monthlyPue, monthlyWue, designAmbient,
                stranded, hallViolations);
    }

    /**
     * The chain at one ambient temperature. Mechanical loads (cooling, fixed) hang off the
     * transformers beside the UPS. With no UPS and no transformer modelled the default electrical
     * loss share of {@link PueModel} stands in for the chain.
     */
    static PowerChainState chain(Hall hall, PowerChainEvaluator evaluator, PowerStage ups, double it, double coolingShare,
            double loadFraction, double gridCapacity) {
        double mechanical = it * (coolingShare + PueModel.fixedShare(loadFraction));
        PowerStage transformers = evaluator.transformers(hall, ups.inputWatts() + mechanical);
        double grid = transformers.inputWatts();
        if (!ups.modelled() && !transformers.modelled()) {
            grid = it * (1 + PueModel.defaultElectricalLossShare(loadFraction)) + mechanical;
        }
        return new PowerChainState(it, ups.loadWatts(), ups, mechanical, transformers, grid, gridCapacity);
    }
}
