package dev.hallplan.engine.energy.bench;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.CoolingType;
import dev.hallplan.catalog.Precision;
import dev.hallplan.catalog.ServerModel;
import dev.hallplan.engine.energy.HallItLoad;
import dev.hallplan.engine.energy.HallSimulation;
import dev.hallplan.engine.energy.PlanLoadModel;
import dev.hallplan.engine.energy.PueFunction;
import dev.hallplan.engine.energy.ReplicaPerformance;
import dev.hallplan.engine.energy.SimulationResult;
import dev.hallplan.engine.energy.SupplyProfiles;
import dev.hallplan.engine.energy.YearSimulator;
import dev.hallplan.engine.project.Demand;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.LatencySlo;
import dev.hallplan.engine.project.MountedEquipment;
import dev.hallplan.engine.project.PlacedRack;
import dev.hallplan.engine.project.Plan;
import dev.hallplan.engine.project.PowerFeeds;
import dev.hallplan.engine.project.Redundancy;
import dev.hallplan.engine.project.Region;
import dev.hallplan.engine.project.ReplicaPlacement;
import dev.hallplan.engine.project.RequestShape;
import dev.hallplan.engine.project.Row;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.project.SimulationSettings;
import dev.hallplan.engine.project.Workload;
import dev.hallplan.engine.supply.Battery;
import dev.hallplan.engine.supply.EnergySupply;
import dev.hallplan.engine.supply.HourlyProfile;
import dev.hallplan.engine.supply.RenewableSource.RenewableKind;
import dev.hallplan.engine.supply.RenewableSource;
import dev.hallplan.engine.supply.Tariff;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The target: the 8760-hour simulation of a hall serving 200 workloads in at most 20 ms.
 * Each workload has its own demand profile (8760 values, or a 168-hour week), 8 replicas of
 * slightly different capacity (1,600 in all, so the general fill path runs), a fifth of
 * its demand deferrable (shifting on); the hall has synthetic solar and wind, a battery and a
 * load-dependent PUE. Measured: plan load model + supply profiles + shifting + two dispatches.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class YearSimulationBenchmark {
    private static final int WORKLOADS = 200;
    private static final int REPLICAS_PER_WORKLOAD = 8;

    /** Values in each workload's demand profile: a full year, or a typical week repeated. */
    @Param({"8760", "168"})
    public int demandValues;

    private Scenario scenario;
    private SupplyProfiles supply;
    private Hall hall;
    private Catalog catalog;
    private ReplicaPerformance perf;
    private PueFunction pue;

    @Setup
    public void setUp() {
        Random random = new Random(42);
        catalog = Catalog.builder().add(new ServerModel("srv", "v", "srv", "gpu", 8, 8, false, 10_000, 2_000, 1_000,
                8, 100, 250_000, CoolingType.DIRECT_LIQUID, 0.8, List.of(), null)).build();
        List<Workload> workloads = new ArrayList<>();
        List<ReplicaPlacement> replicas = new ArrayList<>();
        List<PlacedRack> racks = new ArrayList<>();
        for (int w = 0; w < WORKLOADS; w++) {
            double[] share = new double[demandValues];
            double phase = random.nextDouble() * 24;
            for (int h = 0; h < share.length; h++) {
                double diurnal = 0.6 + 0.35 * Math.sin(2 * Math.PI * (h % 24 - phase) / 24);
                share[h] = Math.min(1, Math.max(0, diurnal + 0.05 * random.nextGaussian()));
            }
            String id = "w" + w;
            workloads.add(new Workload(id, id, "m", "e", null, new Demand(100, HourlyProfile.of(share)),
                    new RequestShape(1000, 200), LatencySlo.llm(1, 0.05), null, null, null, null, null, 5, 0.2, null));
            List<MountedEquipment> servers = new ArrayList<>();
            for (int r = 0; r < REPLICAS_PER_WORKLOAD; r++) {
                String server = id + "-s" + r;
                servers.add(new MountedEquipment(server, "srv", 1 + 5 * r));
                replicas.add(new ReplicaPlacement(id + "-r" + r, id, "m", "h", server, 8, Precision.FP8, 8, 64));
            }
            racks.add(new PlacedRack("rack" + w, w % 20, "rack", new PowerFeeds(Redundancy.TWO_N, 100_000, null), servers));
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < 10; r++) {
            rows.add(new Row("row" + r, 20, 0.6, null, racks.subList(r * 20, r * 20 + 20)));
        }
        EnergySupply supply = new EnergySupply(20e6, 2e6, List.of(
                new RenewableSource("solar", RenewableKind.SOLAR, 15e6, null, 40, 0.2, 35, true),
                new RenewableSource("wind", RenewableKind.WIND, 10e6, null, 40, 0.35, 45, false)),
                new Battery(20 * 3.6e9, 5e6, 0.88, 0.1, 8e6), HourlyProfile.constant(350),
                new Tariff(HourlyProfile.constant(90), 12));
        hall = new Hall("h", "h", null, new Region("US", "US"), null, null, null, null, supply, null, rows);
        scenario = new Scenario("bench", null, List.of(hall), workloads, new Plan("manual", "", replicas),
                new SimulationSettings(false, true, 0.1), null, null);
        this.supply = SupplyProfiles.of(supply);
        perf = new ReplicaPerformance() {
            @Override
            public double capacityRequestsPerSecond(ReplicaPlacement r) {
                return 15 + (r.id().hashCode() & 7);
            }

            @Override
            public double activePowerWatts(ReplicaPlacement r) {
                return 9_000;
            }

            @Override
            public double idlePowerWatts(ReplicaPlacement r) {
                return 2_000;
            }
        };
        pue = (hour, it) -> 1.1 + 0.05 * Math.cos(2 * Math.PI * hour / 8760) + 2e5 / Math.max(it, 1e6);
    }

    /** Everything: plan load, synthetic supply profiles, shifting, dispatch, baseline dispatch. */
    @Benchmark
    public HallSimulation.HallYear simulateYear() {
        return HallSimulation.run(scenario, hall, catalog, perf, pue);
    }

    /** The plan load model alone (replica fill for every workload-hour): the part profiles grow. */
    @Benchmark
    public HallItLoad planLoad() {
        return PlanLoadModel.forHall(scenario, hall, catalog, perf);
    }

    /** After a plan edit: the supply profiles are unchanged and reused. */
    @Benchmark
    public SimulationResult simulateYearWithPreparedSupply() {
        HallItLoad load = PlanLoadModel.forHall(scenario, hall, catalog, perf);
        return YearSimulator.run(HallSimulation.input(load, supply, hall.supply(), pue, true));
    }
}
