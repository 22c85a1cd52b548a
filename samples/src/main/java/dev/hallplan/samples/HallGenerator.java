package dev.hallplan.samples;

import static dev.hallplan.samples.HallBuilder.Fill;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.ServerModel;
import dev.hallplan.engine.plan.ReplicaSizing;
import dev.hallplan.engine.project.FacilityType;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.project.Workload;
import dev.hallplan.engine.supply.HourlyProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Synthetic halls of any size for benchmarks (the solver's S/M/L instances): rows of 16 racks of
 * four 8-GPU servers, the server model drawn per row from a mix of NVIDIA and AMD platforms, and
 * a workload mix whose peak demand is sized through {@link ReplicaSizing} to a share of what the
 * hall can serve ({@value #TARGET_LOAD} by default), so instances are loaded but feasible.
 * Deterministic for a seed.
 */
public final class HallGenerator {
    /** Share of the hall's capacity the generated demand asks for at peak. */
    static final double TARGET_LOAD = 0.6;
    private static final int RACKS_PER_ROW = 16;
    private static final int SERVERS_PER_RACK = 4;
    private static final List<String> SERVER_MIX = List.of("nvidia-hgx-h100-8", "nvidia-hgx-h100-8",
            "nvidia-hgx-h200-8", "nvidia-dgx-b200-8", "amd-mi300x-8", "amd-mi325x-8");
    private static final List<String[]> MODEL_MIX = List.of(
            new String[] {"llama-3.1-70b", "1000", "300", "2.0", "0.2"},
            new String[] {"llama-3.1-8b", "600", "200", "0.45", "0.04"},
            new String[] {"qwen2.5-32b", "2000", "400", "2.0", "0.1"},
            new String[] {"mixtral-8x7b", "1000", "300", "2.0", "0.2"},
            new String[] {"qwen2.5-72b", "800", "800", "2.0", "0.2"},
            new String[] {"llama-3.1-405b", "1000", "300", "2.0", "0.2"},
            new String[] {"gpt-oss-120b", "1000", "500", "2.0", "0.2"});

    private final Catalog catalog;
    private final ReplicaSizing sizing;

    public HallGenerator(ReplicaSizing sizing) {
        this.sizing = sizing;
        this.catalog = sizing.catalog();
    }

    /** A one-hall, one-scenario project with at least {@code accelerators} accelerators, demand at {@value #TARGET_LOAD}. */
    public Project generate(int accelerators, long seed) {
        return generate(accelerators, seed, TARGET_LOAD);
    }

    /**
     * A one-hall, one-scenario project with at least {@code accelerators} accelerators whose peak
     * demand is {@code load} (0..1) of what the hall serves at each workload's best operating point.
     */
    public Project generate(int accelerators, long seed, double load) {
        if (!(load > 0 && load <= 1)) {
            throw new IllegalArgumentException("load must be within (0, 1], was " + load);
        }
        if (accelerators < 8) {
            throw new IllegalArgumentException("a generated hall needs at least 8 accelerators, not " + accelerators);
        }
        SplittableRandom random = new SplittableRandom(seed);
        int servers = (accelerators + 7) / 8;
        int racks = (servers + SERVERS_PER_RACK - 1) / SERVERS_PER_RACK;
        int rows = (racks + RACKS_PER_ROW - 1) / RACKS_PER_ROW;
        HallBuilder hall = HallBuilder.hall(catalog, "gen-1", "Generated hall (" + accelerators + " accelerators)")
                .facilityType(FacilityType.HYPERSCALE).region("US", "US").climate(SampleSupply.ASHBURN.climate())
                .rtt("us", 0.02);
        List<String> rowServers = new ArrayList<>();
        int left = racks;
        for (int r = 0; r < rows; r++) {
            String serverId = SERVER_MIX.get(random.nextInt(SERVER_MIX.size()));
            rowServers.add(serverId);
            String rackType = catalog.server(serverId).orElseThrow().maxPowerWatts() * SERVERS_PER_RACK > 50e3
                    ? "rack-rdhx-75kw" : "rack-rdhx-50kw";
            int inRow = Math.min(RACKS_PER_ROW, left);
            left -= inRow;
            hall.row(rowName(r), RACKS_PER_ROW + 2, inRow, rackType, Fill.of(serverId, SERVERS_PER_RACK));
        }
        double nameplate = hall.nameplateWatts();
        hall.supply(SampleSupply.supply(SampleSupply.ASHBURN, nameplate * 1.6, nameplate * 0.5, nameplate * 0.6,
                nameplate / 1e6 * 2)).autoPowerChain();
        Hall built = hall.build();
        List<Workload> workloads = workloads(built, rowServers, random, Math.max(4, Math.min(200, accelerators / 400)), load);
        Scenario scenario = new Scenario("generated", "seed " + seed, List.of(built), workloads, null, null, null, Map.of());
        return new Project(Project.CURRENT_FORMAT_VERSION, "Generated " + accelerators + "-accelerator hall",
                "Synthetic instance from `hallplan generate` (seed " + seed + ").", List.of(scenario));
    }

    /** Workloads sharing the hall: each gets an equal share of the servers, demand = load × that share's capacity. */
    private List<Workload> workloads(Hall hall, List<String> rowServers, SplittableRandom random, int count, double load) {
        int serversTotal = (int) hall.racks().mapToLong(r -> r.equipment().size()).sum();
        double serversEach = (double) serversTotal / count;
        List<Workload> result = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String[] m = MODEL_MIX.get(i % MODEL_MIX.size());
            HourlyProfile shape = i % 3 == 0 ? Profiles.businessHours() : Profiles.consumerChat();
            Workload w = Workloads.llm("w" + String.format("%03d", i + 1), m[0] + " #" + (i + 1), m[0],
                    Integer.parseInt(m[1]), Integer.parseInt(m[2]), Double.parseDouble(m[3]), Double.parseDouble(m[4]),
                    1, shape, 1 + random.nextInt(10));
            double perServer = averageCapacity(w, rowServers);
            double peak = Math.max(1, Math.floor(load * serversEach * perServer));
            result.add(new Workload(w.id(), w.name(), w.modelId(), w.engineId(), w.substituteModelIds(),
                    new dev.hallplan.engine.project.Demand(peak, shape), w.requestShape(), w.slo(), w.allowedRegions(),
                    w.requiredCompliance(), w.tenant(), w.isolation(), w.minPrecision(), w.priority(),
                    w.deferrableShare(), w.userRegion()));
        }
        return result;
    }

    private double averageCapacity(Workload w, List<String> rowServers) {
        double sum = 0;
        for (String id : rowServers) {
            ServerModel server = catalog.server(id).orElseThrow();
            sum += sizing.requestsPerSecondPerServer(w, w.modelId(), server);
        }
        return sum / rowServers.size();
    }

    private static String rowName(int index) {
        StringBuilder s = new StringBuilder();
        int i = index;
        do {
            s.insert(0, (char) ('A' + i % 26));
            i = i / 26 - 1;
        } while (i >= 0);
        return s.toString();
    }
}
