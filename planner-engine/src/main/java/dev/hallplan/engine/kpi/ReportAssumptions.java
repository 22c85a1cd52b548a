package dev.hallplan.engine.kpi;

import dev.hallplan.catalog.Accelerator;
import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.Provenance;
import dev.hallplan.catalog.ServingEngine;
import dev.hallplan.catalog.ServingEngine.Calibration;
import dev.hallplan.catalog.units.UnitFormat;
import dev.hallplan.engine.perf.Estimate;
import dev.hallplan.engine.perf.RunConditions;
import dev.hallplan.engine.plan.EvaluatedReplica;
import dev.hallplan.engine.plan.PlanEvaluation;
import dev.hallplan.engine.project.FinancialAssumptions;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The assumptions behind a plan's numbers, each with its source, for the Assumptions sheet and the PDF. */
final class ReportAssumptions {
    private ReportAssumptions() {
    }

    static List<Assumption> of(Scenario scenario, PlanEvaluation evaluation, Catalog catalog) {
        List<Assumption> out = new ArrayList<>();
        FinancialAssumptions money = scenario.financials();
        out.add(new Assumption("Finance", "Hardware amortisation", UnitFormat.number(money.amortisationYears()) + " years", "scenario financials"));
        out.add(new Assumption("Finance", "Facility capex", "$" + UnitFormat.number(money.facilityCapexUsdPerWatt()) + " per W of critical IT load",
                "scenario financials (default: ESTIMATE, $10-12M per MW new hyperscale build)"));
        out.add(new Assumption("Finance", "Maintenance", UnitFormat.percent(money.maintenanceShareOfCapexPerYear()) + " of hardware capex per year", "scenario financials"));
        out.add(new Assumption("Finance", "Facility amortisation", UnitFormat.number(money.facilityAmortisationYears()) + " years", "scenario financials"));
        for (Hall hall : scenario.halls()) {
            var s = hall.supply();
            String h = "Energy (" + hall.id() + ")";
            out.add(new Assumption(h, "Grid tie-in", UnitFormat.watts(s.gridTieInWatts()), "project file"));
            out.add(new Assumption(h, "Grid carbon intensity (mean)", UnitFormat.number(mean(s.gridCarbonGramsPerKwh().values())) + " gCO2e/kWh", "project file"));
            out.add(new Assumption(h, "Energy price (mean)", "$" + UnitFormat.number(mean(s.tariff().energyUsdPerMwh().values())) + "/MWh", "project file"));
            s.renewables().forEach(r -> out.add(new Assumption(h, "Renewable " + r.id(), UnitFormat.watts(r.capacityWatts()) + " "
                    + r.kind().name().toLowerCase() + ", capacity factor " + UnitFormat.percent(r.annualCapacityFactor()),
                    r.hourlyCapacityFactors() == null ? "synthetic profile, docs/energy-model.md" : "imported hourly profile")));
            if (s.battery() != null) {
                out.add(new Assumption(h, "Battery", UnitFormat.joulesAsWattHours(s.battery().energyCapacityJoules()) + ", "
                        + UnitFormat.watts(s.battery().powerWatts()) + ", round trip " + UnitFormat.percent(s.battery().roundTripEfficiency()), "project file"));
            }
        }
        out.add(new Assumption("Facility", "PUE model", "cooling mix, IT load share and monthly ambient", "docs/facility-model.md (coefficients are estimates)"));
        Map<String, Assumption> efficiencies = new LinkedHashMap<>();
        Set<String> estimatorNotes = new LinkedHashSet<>();
        Set<String> hardware = new LinkedHashSet<>();
        for (EvaluatedReplica r : evaluation.replicas()) {
            Assumption applied = appliedEfficiencies(r.estimate(), catalog);
            efficiencies.putIfAbsent(applied.name() + "|" + applied.value(), applied);
            estimatorNotes.addAll(r.estimate().assumptions());
            hardware.add(r.server().model().acceleratorId());
        }
        out.addAll(efficiencies.values());
        hardware.forEach(id -> catalog.accelerator(id).ifPresent(a -> out.add(new Assumption("Hardware", a.name(),
                UnitFormat.bytesPerSecond(a.memoryBandwidthBytesPerSecond()) + ", " + UnitFormat.watts(a.tdpWatts()) + " TDP",
                source(a.sources().of("memoryBandwidthBytesPerSecond").orElse(null))))));
        estimatorNotes.forEach(n -> out.add(new Assumption("Estimator", "Throughput model", n, "docs/throughput-model.md")));
        return out;
    }

    /**
     * The efficiencies one deployment's estimate actually ran at ({@link Estimate#conditions()}): the
     * engine's calibration row for the accelerator family and arithmetic precision where one applies,
     * else the engine's own figures; never the engine-wide figure when a calibrated one was used.
     */
    static Assumption appliedEfficiencies(Estimate estimate, Catalog catalog) {
        RunConditions c = estimate.conditions();
        String engine = catalog.engine(estimate.engineId()).map(ServingEngine::name).orElse(estimate.engineId());
        String accelerator = catalog.accelerator(estimate.acceleratorId()).map(Accelerator::name).orElse(estimate.acceleratorId());
        String name = engine + " on " + accelerator + ", " + estimate.computePrecision() + " arithmetic";
        String value = UnitFormat.percent(c.memoryEfficiency()) + " of peak bandwidth, " + UnitFormat.percent(c.computeEfficiency())
                + " of peak compute at the power-limited clock";
        Calibration row = c.calibration();
        String source = row != null ? "calibrated (" + row.family() + ", " + row.precision() + "): " + row.source()
                : catalog.engine(estimate.engineId())
                        .map(e -> "engine default, " + source(e.sources().of("memoryBandwidthEfficiency").orElse(null)))
                        .orElse("engine default");
        return new Assumption("Serving engine", name, value, source);
    }

    private static String source(Provenance p) {
        return p == null ? "no source recorded" : p.kind() + ": " + p.source();
    }

    private static double mean(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return values.length == 0 ? 0 : s / values.length;
    }
}
