package dev.hallplan.reports;

import dev.hallplan.engine.kpi.Assumption;
import dev.hallplan.engine.kpi.BomLine;
import dev.hallplan.engine.kpi.DeploymentReport;
import dev.hallplan.engine.kpi.MonthlyEnergy;
import dev.hallplan.engine.kpi.CarbonFigures;
import dev.hallplan.engine.kpi.CostFigures;
import dev.hallplan.engine.kpi.EnergyFigures;
import dev.hallplan.engine.kpi.FloorFigures;
import dev.hallplan.engine.kpi.HallReport;
import dev.hallplan.engine.kpi.PlanKpis;
import dev.hallplan.engine.kpi.PowerFigures;
import dev.hallplan.engine.kpi.ServiceFigures;
import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.kpi.RackReport;
import dev.hallplan.engine.kpi.WorkloadKpi;
import dev.hallplan.reports.units.ReportUnits;
import java.util.ArrayList;
import java.util.List;

/**
 * Test fixtures: realistic, internally consistent PlanReports (KPIs derived from the line items
 * the same way the engine defines them). Fixtures only; these numbers are never shipped as results.
 */
public final class PlanReportFixtures {

    /** The hardware shape of a scenario: one accelerator server type filling the halls. */
    public record Hardware(String scenarioName, String serverModelId, String vendor, String serverName,
                           int acceleratorsPerServer, double serverPowerWatts, double serverPriceUsd,
                           double outputTokensPerSecondPerServer, double energyPriceUsdPerKwh) {
    }

    public static final Hardware H200 = new Hardware("H200 halls", "nvidia-hgx-h200-8", "NVIDIA",
            "HGX H200 8-GPU server", 8, 10_200, 310_000, 24_000, 0.11);
    public static final Hardware B200 = new Hardware("B200 halls", "nvidia-hgx-b200-8", "NVIDIA",
            "HGX B200 8-GPU server", 8, 14_300, 480_000, 52_000, 0.11);
    public static final Hardware MI325X = new Hardware("MI325X halls", "amd-mi325x-8", "AMD",
            "MI325X 8-GPU platform", 8, 12_000, 330_000, 30_000, 0.11);

    private static final double PUE = 1.25;
    private static final double UTILISATION = 0.55;
    private static final int SERVERS_PER_RACK = 4;
    private static final double RACK_LIMIT_WATTS = 60_000;

    private PlanReportFixtures() {
    }

    /** Two halls of 4 rows × 10 racks of H200 servers. */
    public static PlanReport twoHalls() {
        return twoHalls(H200);
    }

    /**
     * The same demand on the same two-hall floor with another server type, for comparisons:
     * faster servers fill proportionally fewer of the 80 rack positions.
     */
    public static PlanReport twoHalls(Hardware hardware) {
        int racks = (int) Math.round(80 * H200.outputTokensPerSecondPerServer() / hardware.outputTokensPerSecondPerServer());
        return generate(hardware, 2, 4, 10, Math.min(80, racks), 1.0);
    }

    /** About {@code accelerators} accelerators of H200 servers in halls of 20 rows × 20 racks. */
    public static PlanReport large(int accelerators) {
        int servers = accelerators / H200.acceleratorsPerServer();
        int racks = (servers + SERVERS_PER_RACK - 1) / SERVERS_PER_RACK;
        int halls = (racks + 399) / 400;
        // demand grows with the plan so the large fixture is as well served as the small one
        return generate(H200, halls, 20, 20, racks, servers / 272.0);
    }

    private static PlanReport generate(Hardware hw, int halls, int rows, int perRow, int computeRacks,
                                       double demandScale) {
        List<RackReport> racks = new ArrayList<>();
        List<DeploymentReport> deployments = new ArrayList<>();
        String[] workloads = {"chat-70b", "code-32b", "embed-large", "asr-whisper"};
        String[] models = {"llama-3.1-70b", "qwen2.5-coder-32b", "bge-large-en", "whisper-large-v3"};
        int[] servedBy = new int[workloads.length];
        int rackCount = 0;
        for (int h = 0; h < halls; h++) {
            String hall = "hall-" + (char) ('a' + h % 26) + (h >= 26 ? String.valueOf(h / 26) : "");
            for (int r = 0; r < rows && rackCount < computeRacks; r++) {
                for (int p = 0; p < perRow && rackCount < computeRacks; p++) {
                    // the last position of each row holds the row's network rack
                    boolean network = p == perRow - 1;
                    String rackId = hall + "-r" + r + "-p" + p;
                    // load varies over the floor so the floor plan shows a gradient (0.45..0.98 of the limit)
                    int servers = network ? 0 : (p % 5 == 0 ? 3 : SERVERS_PER_RACK);
                    double power = network ? 9_000 : servers * hw.serverPowerWatts() * (0.85 + 0.05 * (r % 3));
                    racks.add(new RackReport(hall, rackId, hall + "-row" + r, r, p,
                            network ? "rack-42u-air-15kw" : "rack-48u-dlc-60kw",
                            network ? "air" : "direct liquid",
                            network ? "2× nvidia-sn5600, 1× nvidia-qm9790" : servers + "× " + hw.serverModelId(),
                            power, network ? 15_000 : RACK_LIMIT_WATTS, power, network ? 15_000 : RACK_LIMIT_WATTS));
                    for (int s = 0; s < servers; s++) {
                        int w = (rackCount + s) % 7 < 4 ? 0 : (rackCount + s) % 7 < 6 ? 1 : (s % 2 == 0 ? 2 : 3);
                        servedBy[w]++;
                        double tokens = w <= 1 ? hw.outputTokensPerSecondPerServer() * (w == 0 ? 1 : 1.6) : 0;
                        deployments.add(new DeploymentReport("rep-" + deployments.size(), workloads[w], models[w],
                                hall, rackId, rackId + "-s" + s, hw.serverModelId(), hw.acceleratorsPerServer(),
                                w <= 1 ? "FP8" : "BF16", w <= 1 ? 8 : 1, w <= 1 ? 64 : 256,
                                w <= 1 ? tokens / 350 : (w == 2 ? 9_000 : 400), tokens,
                                w <= 1 ? 0.45 : 0.05, w <= 1 ? 0.03 : 0, "mean", hw.serverPowerWatts() * 0.9));
                    }
                    rackCount++;
                }
            }
        }
        return assemble(hw, racks, deployments, workloads, models, servedBy, demandScale);
    }

    private static PlanReport assemble(Hardware hw, List<RackReport> racks, List<DeploymentReport> deployments,
                                       String[] workloads, String[] models, int[] servedBy, double demandScale) {
        double itPeak = racks.stream().mapToDouble(RackReport::powerWatts).sum();
        long servers = deployments.size();
        long networkRacks = racks.stream().filter(r -> r.rackTypeId().contains("air")).count();
        List<BomLine> bom = List.of(
                new BomLine("accelerator server", hw.serverModelId(), hw.vendor(), hw.serverName(), servers,
                        hw.serverPriceUsd(), hw.serverPowerWatts(), false),
                new BomLine("network", "nvidia-sn5600", "NVIDIA", "Spectrum-4 SN5600 800G switch", 2 * networkRacks,
                        95_000, 1_900, false),
                new BomLine("network", "nvidia-qm9790", "NVIDIA", "Quantum-2 QM9790 NDR switch", networkRacks,
                        38_000, 1_700, false),
                new BomLine("network", "optics-800g-dr8", "Generic", "800G DR8 transceiver", servers * 8,
                        1_150, 16, false),
                new BomLine("storage", "vast-ceres-1pb", "VAST Data", "Ceres 1 PB flash enclosure",
                        Math.max(1, servers / 100), 420_000, 1_400, false),
                new BomLine("rack", "rack-48u-dlc-60kw", "Generic", "48U rack with DLC manifold, 60 kW",
                        racks.size() - networkRacks, 28_000, 0, false),
                new BomLine("rack", "rack-42u-air-15kw", "Generic", "42U air-cooled rack, 15 kW", networkRacks,
                        9_000, 0, false),
                new BomLine("cooling", "cdu-1.5mw", "Vertiv", "XDU 1.5 MW coolant distribution unit",
                        (long) Math.ceil(itPeak / 1.2e6), 310_000, 9_000, false),
                new BomLine("power", "ups-1.2mw", "Schneider", "Galaxy VX 1.2 MW UPS",
                        (long) Math.ceil(itPeak * 2 / 1.2e6), 260_000, 0, false),
                new BomLine("battery", "bess-4mwh", "Generic", "4 MWh Li-ion battery block", 2, 0, 0, true),
                new BomLine("facility", "shell-per-mw", "estimate", "Hall shell and fit-out per MW IT",
                        (long) Math.ceil(itPeak / 1e6), 9_500_000, 0, false));
        double capex = bom.stream().mapToDouble(BomLine::extendedPriceUsd).sum();

        List<MonthlyEnergy> months = new ArrayList<>();
        double[] renewableShareByMonth = {0.38, 0.42, 0.51, 0.58, 0.66, 0.71, 0.73, 0.69, 0.6, 0.5, 0.41, 0.36};
        for (int m = 1; m <= 12; m++) {
            double hours = ReportUnits.hoursInMonth(m);
            double it = itPeak * 0.82 * hours * 3600;
            double facility = it * (PUE + (m >= 6 && m <= 8 ? 0.04 : 0));
            double renewable = facility * renewableShareByMonth[m - 1];
            double battery = facility * 0.03;
            double grid = facility - renewable - battery;
            double gridKwh = grid / ReportUnits.JOULES_PER_KWH;
            months.add(new MonthlyEnergy(m, it, facility, renewable, battery, grid, renewable * 0.04,
                    itPeak * PUE * 0.97, gridKwh * 0.35, gridKwh * hw.energyPriceUsdPerKwh()
                    + renewable / ReportUnits.JOULES_PER_KWH * 0.045));
        }
        double itEnergy = months.stream().mapToDouble(MonthlyEnergy::itEnergyJoules).sum();
        double facilityEnergy = months.stream().mapToDouble(MonthlyEnergy::facilityEnergyJoules).sum();
        double renewable = months.stream().mapToDouble(MonthlyEnergy::renewableUsedJoules).sum();
        double energyCost = months.stream().mapToDouble(MonthlyEnergy::energyCostUsd).sum();
        double co2 = months.stream().mapToDouble(MonthlyEnergy::co2eKg).sum();

        // peak demand of the two-hall (272-server) layout, chosen so the chat API is slightly short
        double[] demandRps = {11_000, 7_000, 170_000, 6_500};
        double tokensPerRequest = 350;
        List<WorkloadKpi> kpis = new ArrayList<>();
        double tokensPerSecond = 0;
        double requestsPerSecond = 0;
        double annualTokens = 0;
        String[] names = {"Public chat API", "Code assistant", "Search embeddings", "Call-centre ASR"};
        for (int w = 0; w < workloads.length; w++) {
            double perServerRps = w == 0 ? hw.outputTokensPerSecondPerServer() / tokensPerRequest
                    : w == 1 ? hw.outputTokensPerSecondPerServer() * 1.6 / tokensPerRequest : w == 2 ? 9_000 : 400;
            double capacity = servedBy[w] * perServerRps;
            double demand = demandRps[w] * demandScale;
            double tps = w <= 1 ? capacity * tokensPerRequest : 0;
            double annual = tps * UTILISATION * ReportUnits.SECONDS_PER_YEAR;
            kpis.add(new WorkloadKpi(workloads[w], names[w], models[w], servedBy[w], demand, capacity,
                    Math.min(1, capacity / demand), tps, annual,
                    capacity < demand ? "no hall has capacity left within its power, cooling and supply limits" : ""));
            tokensPerSecond += tps;
            requestsPerSecond += capacity;
            annualTokens += annual;
        }
        double maintenance = capex * 0.04;
        double opex = energyCost + maintenance;
        double tco = capex / 5 + opex;
        List<String> violations = new ArrayList<>();
        for (WorkloadKpi k : kpis) {
            if (k.servedShareOfPeak() < 1) {
                violations.add("Unmet demand: " + k.name() + " served at "
                        + Math.round(k.servedShareOfPeak() * 100) + "% of peak");
            }
        }
        violations.add("hall-a-r2-p4: rack power within 5% of the feed limit at peak");
        // the busiest simulated hour at 92% of the racks' full load; white space 2.9 m² per rack
        List<HallReport> halls = halls(racks);
        double whiteSpace = halls.stream().mapToDouble(HallReport::whiteSpaceSquareMeters).sum();
        PlanKpis planKpis = new PlanKpis(hw.scenarioName(),
                new PowerFigures(itPeak, itPeak * PUE, itPeak * 0.92, itPeak * 0.92 * PUE, itPeak * 0.92 * PUE * 0.8, itPeak * 1.3),
                new EnergyFigures(facilityEnergy / itEnergy, itEnergy, facilityEnergy, facilityEnergy - renewable, 0, 0,
                        months.stream().mapToDouble(MonthlyEnergy::curtailedJoules).sum()),
                new ServiceFigures(tokensPerSecond, requestsPerSecond, annualTokens / (facilityEnergy / ReportUnits.JOULES_PER_KWH), kpis),
                new CostFigures(capex, opex, tco, tco / (annualTokens / 1e6), energyCost),
                new CarbonFigures(renewable / facilityEnergy, renewable / facilityEnergy * 0.92, co2),
                new FloorFigures(racks.size(), whiteSpace, racks.size() * 0.72), violations);
        List<Assumption> assumptions = List.of(
                new Assumption("prices", "Server price", "$" + (long) hw.serverPriceUsd(), "vendor list price 2025 (estimate)"),
                new Assumption("prices", "Grid energy price", hw.energyPriceUsdPerKwh() + " USD/kWh", "EEX Q1 2026 industrial tariff (estimate)"),
                new Assumption("prices", "PPA energy price", "0.045 USD/kWh", "solar+wind PPA term sheet (estimate)"),
                new Assumption("finance", "Amortisation", "5 years straight line", "HallPlan default"),
                new Assumption("finance", "Maintenance", "4% of capex per year", "HallPlan default"),
                new Assumption("efficiency", "PUE (design)", String.valueOf(PUE), "DLC design point, vendor sheet"),
                new Assumption("carbon", "Grid intensity", "350 gCO2e/kWh", "German grid 2025 average, UBA"),
                new Assumption("workload", "Utilisation", "55% of capacity over the year", "demand profile (estimate)"));
        return new PlanReport("Frankfurt inference 2027", hw.scenarioName(),
                "Serve the 2027 demand of four workloads from two halls of " + hw.serverName() + " racks.",
                planKpis, bom, halls, racks, deployments, months, assumptions);
    }

    /** One hall report per hall of {@code racks}: their power at full load, 2.9 m² of white space per rack. */
    private static List<HallReport> halls(List<RackReport> racks) {
        java.util.Map<String, List<RackReport>> byHall = new java.util.LinkedHashMap<>();
        racks.forEach(r -> byHall.computeIfAbsent(r.hallId(), h -> new ArrayList<>()).add(r));
        List<HallReport> out = new ArrayList<>();
        byHall.forEach((id, rs) -> {
            double it = rs.stream().mapToDouble(RackReport::powerWatts).sum();
            out.add(new HallReport(id, id, rs.size(), it, it * PUE, 0, it * 1.3, rs.size() * 2.9, rs.size() * 0.72, List.of()));
        });
        return out;
    }
}
