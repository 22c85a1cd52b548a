package dev.hallplan.engine.project.file;

import dev.hallplan.engine.project.CatalogCount;
import dev.hallplan.engine.project.Climate;
import dev.hallplan.engine.project.Demand;
import dev.hallplan.engine.project.FinancialAssumptions;
import dev.hallplan.engine.project.FloorLayout;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.LatencySlo;
import dev.hallplan.engine.project.MountedEquipment;
import dev.hallplan.engine.project.PlacedRack;
import dev.hallplan.engine.project.PowerFeeds;
import dev.hallplan.engine.project.PreferredOption;
import dev.hallplan.engine.project.ReplicaPlacement;
import dev.hallplan.engine.project.RequestShape;
import dev.hallplan.engine.project.Row;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.project.SimulationSettings;
import dev.hallplan.engine.project.Workload;
import dev.hallplan.engine.supply.Battery;
import dev.hallplan.engine.supply.EnergySupply;
import dev.hallplan.engine.supply.RenewableSource;
import dev.hallplan.engine.supply.Tariff;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every numeric field of the project file with its documented range (see {@link FieldRange}; the
 * sources behind each limit are in docs/reliability.md). The published JSON Schema takes its
 * {@code minimum}/{@code maximum} from here, and a test keeps every numeric record component covered.
 */
public final class FieldRanges {
    private static final double MW = 1e6;
    private static final double GW = 1e9;
    private static final double GWH_JOULES = 3.6e12;

    /** Every range, in the order of the project file. */
    public static final List<FieldRange> ALL = List.of(
            of(Hall.class, "userRttSeconds", 0, 10, 0, 0.3, "s",
                    "light in fibre needs ~0.2 s for a round trip half-way round the Earth; geostationary links ~0.6 s"),
            of(Climate.class, "monthlyAmbientCelsius", -60, 60, -50, 45, "°C",
                    "monthly mean temperatures on Earth lie between about -50 °C and 40 °C"),
            of(CatalogCount.class, "count", 0, 10_000, 0, 500, "", "units of one catalog item in one hall"),
            of(EnergySupply.class, "gridTieInWatts", 0, 100 * GW, 0, 5 * GW, "W",
                    "the largest campuses planned draw ~5 GW; 100 GW exceeds the peak load of Germany's grid"),
            of(EnergySupply.class, "firmSupplyWatts", 0, 100 * GW, 0, 5 * GW, "W",
                    "the largest campuses planned draw ~5 GW; 100 GW exceeds the peak load of Germany's grid"),
            of(EnergySupply.class, "gridCarbonGramsPerKwh", 0, 2_000, 0, 1_100, "g/kWh",
                    "coal power emits 740-910 g/kWh over its life (IPCC AR5); no grid averages above ~1,100"),
            of(RenewableSource.class, "capacityWatts", 0, 100 * GW, 0, 5 * GW, "W",
                    "the largest solar and wind parks are a few GW"),
            of(RenewableSource.class, "hourlyCapacityFactors", 0, 1, 0, 1, "", "a share of nameplate output"),
            of(RenewableSource.class, "latitudeDegrees", -90, 90, -90, 90, "°", "a latitude"),
            above(RenewableSource.class, "annualCapacityFactor", 0, 1, 0.05, 0.7, "",
                    "solar runs at 0.1-0.3, wind at 0.25-0.45 and hydro near 0.4 of nameplate over a year"),
            of(RenewableSource.class, "priceUsdPerMwh", 0, 100_000, 0, 500, "USD/MWh",
                    "power purchase agreements sell at 20-100 USD/MWh; wholesale offer caps are 5,000"),
            of(Battery.class, "energyCapacityJoules", 0, 100 * GWH_JOULES, 0, 10 * GWH_JOULES, "J",
                    "the largest batteries in service hold ~3 GWh"),
            of(Battery.class, "powerWatts", 0, 100 * GW, 0, 5 * GW, "W", "the largest batteries in service deliver ~1 GW"),
            of(Battery.class, "roundTripEfficiency", 0.1, 1, 0.6, 1, "", "lithium-ion storage returns 85-90% of what it takes in"),
            of(Battery.class, "minStateOfCharge", 0, 0.999, 0, 0.5, "", "a share of capacity kept in reserve"),
            of(Battery.class, "priceUsd", 0, 1e12, 0, 1e10, "USD", "grid batteries cost ~300 USD per kWh installed"),
            of(Tariff.class, "energyUsdPerMwh", 0, 100_000, 0, 5_000, "USD/MWh",
                    "ERCOT's wholesale offer cap is 5,000 USD/MWh; 100,000 is twenty times any market cap"),
            of(Tariff.class, "demandChargeUsdPerKwMonth", 0, 1_000, 0, 100, "USD/kW-month",
                    "US demand charges are mostly 5-30 USD per kW-month, rarely above 50"),
            of(FloorLayout.class, "coldAisleMeters", 0, 100, 0.9, 3, "m", "cold aisles are two or three 600 mm floor tiles (TIA-942)"),
            of(FloorLayout.class, "hotAisleMeters", 0, 100, 0.6, 3, "m", "hot aisles are 0.9 m or more (TIA-942's 7-tile pitch)"),
            of(FloorLayout.class, "rowEndClearanceMeters", 0, 100, 0.9, 5, "m", "circulation pathways are about 1.2 m wide"),
            of(FloorLayout.class, "perimeterClearanceMeters", 0, 100, 0.9, 5, "m", "circulation pathways are about 1.2 m wide"),
            of(Row.class, "positions", 1, 1_000, 1, 100, "", "a row of 1,000 racks at 0.6 m would be 600 m long"),
            of(Row.class, "pitchMeters", 0.1, 10, 0.45, 1.5, "m", "racks are 0.6 or 0.8 m wide"),
            of(PlacedRack.class, "position", 0, 999, 0, 99, "", "a position within a row of at most 1,000"),
            of(MountedEquipment.class, "uPosition", 1, 100, 1, 58, "", "racks are at most 58U tall"),
            of(PowerFeeds.class, "feedCapacityWatts", 100, MW, 1_000, 150_000, "W",
                    "the densest racks shipping draw ~130 kW (GB200/GB300 NVL72); no rack feed carries 1 MW"),
            of(Workload.class, "priority", 1, 10, 1, 10, "", "priorities run from 1 to 10"),
            of(Workload.class, "deferrableShare", 0, 1, 0, 1, "", "a share of the demand"),
            above(Demand.class, "peakRequestsPerSecond", 0, 1e10, 1e-3, 1e8, "requests/s",
                    "Cloudflare's whole network peaks near 6e7 requests/s; 1e10 is over a hundred times that"),
            of(Demand.class, "shareOfPeak", 0, 1, 0, 1, "", "a share of the peak"),
            of(RequestShape.class, "inputTokens", 1, 1e7, 1, 200_000, "tokens",
                    "the longest context any served model offers is 10 million tokens; most take 128k or less"),
            of(RequestShape.class, "outputTokens", 0, 1e7, 0, 32_768, "tokens",
                    "the longest context any served model offers is 10 million tokens; outputs rarely exceed 32k"),
            of(LatencySlo.class, "ttftSeconds", 0, 86_400, 0, 60, "s", "a first token after more than a day serves no user"),
            of(LatencySlo.class, "tpotSeconds", 0, 3_600, 0, 1, "s", "people read ~5-10 tokens per second"),
            of(LatencySlo.class, "queryLatencySeconds", 0, 86_400, 0, 60, "s", "an answer after more than a day serves no user"),
            of(PreferredOption.class, "tensorParallel", 1, 10_000, 1, 576, "", "scale-up domains hold at most 576 accelerators"),
            of(ReplicaPlacement.class, "acceleratorCount", 1, 10_000, 1, 576, "", "scale-up domains hold at most 576 accelerators"),
            of(ReplicaPlacement.class, "tensorParallel", 1, 10_000, 1, 576, "", "scale-up domains hold at most 576 accelerators"),
            of(ReplicaPlacement.class, "batch", 1, 1_000_000, 1, 4_096, "", "serving engines batch up to a few thousand sequences"),
            above(ReplicaPlacement.class, "acceleratorPowerCapWatts", 0, 100_000, 50, 20_000, "W",
                    "accelerator TDPs in the catalog run from tens of watts to 18.4 kW (a wafer-scale system)"),
            of(SimulationSettings.class, "targetHeadroom", 0, 1, 0, 0.5, "", "spare capacity as a share of peak"),
            of(FinancialAssumptions.class, "amortisationYears", 0.5, 100, 2, 10, "years",
                    "servers are written off over 3-6 years"),
            of(FinancialAssumptions.class, "facilityCapexUsdPerWatt", 0, 1_000, 0, 30, "USD/W",
                    "new data centres cost ~10-12 USD per watt of critical load"),
            of(FinancialAssumptions.class, "maintenanceShareOfCapexPerYear", 0, 1, 0, 0.2, "", "a share of capex per year"),
            of(FinancialAssumptions.class, "facilityAmortisationYears", 1, 100, 5, 40, "years",
                    "buildings and plant are written off over 15-40 years"),
            of(Scenario.class, "constraintWeights", 0, 1_000, 0, 100, "",
                    "a multiplier of the default weight; above 1,000 the solver's scores could overflow"));

    private static final Map<String, FieldRange> BY_FIELD = index();

    private FieldRanges() {
    }

    /** The range of {@code owner.field}, if it is a numeric field of the project file. */
    public static Optional<FieldRange> of(Class<?> owner, String field) {
        return Optional.ofNullable(BY_FIELD.get(owner.getName() + "." + field));
    }

    private static FieldRange of(Class<? extends Record> owner, String field, double min, double max, double typicalMin,
                                 double typicalMax, String unit, String why) {
        return new FieldRange(owner, field, min, false, max, typicalMin, typicalMax, unit, why);
    }

    private static FieldRange above(Class<? extends Record> owner, String field, double min, double max, double typicalMin,
                                    double typicalMax, String unit, String why) {
        return new FieldRange(owner, field, min, true, max, typicalMin, typicalMax, unit, why);
    }

    private static Map<String, FieldRange> index() {
        Map<String, FieldRange> m = new LinkedHashMap<>();
        for (FieldRange r : ALL) {
            if (m.put(r.owner().getName() + "." + r.field(), r) != null) {
                throw new IllegalStateException("two ranges for " + r.owner().getSimpleName() + "." + r.field());
            }
        }
        return m;
    }
}
