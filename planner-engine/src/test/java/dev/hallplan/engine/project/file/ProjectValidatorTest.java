package dev.hallplan.engine.project.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.Precision;
import dev.hallplan.engine.project.CatalogCount;
import dev.hallplan.engine.project.Fixtures;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.MountedEquipment;
import dev.hallplan.engine.project.PlacedRack;
import dev.hallplan.engine.project.Plan;
import dev.hallplan.engine.project.PowerChain;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Redundancy;
import dev.hallplan.engine.project.ReplicaPlacement;
import dev.hallplan.engine.project.Row;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.project.Workload;
import dev.hallplan.engine.solver.domain.ConstraintNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class ProjectValidatorTest {
    private static final Catalog CATALOG = Fixtures.catalog();
    private static final String ROW = "$.scenarios[0].halls[0].rows[0]";

    static final ProjectReferences REFS = new ProjectReferences(CATALOG, Fixtures.MODELS::contains,
            id -> id.startsWith("llama-3.1") ? 131_072 : 0, ConstraintNames.ALL);

    private static List<String> problems(Project p) {
        return ProjectValidator.validate(p, REFS).stream().map(ProjectProblem::toString).toList();
    }

    /** The fixture project with its one scenario changed by {@code change}. */
    private static Project withScenario(UnaryOperator<Scenario> change) {
        Project p = Fixtures.project();
        return new Project(p.formatVersion(), p.name(), p.description(), List.of(change.apply(p.scenarios().get(0))));
    }

    /** The fixture project with its one row's racks replaced. */
    private static Project withRacks(List<PlacedRack> racks) {
        return withScenario(s -> {
            Hall h = s.halls().get(0);
            return s.withHalls(List.of(h.withRows(List.of(h.rows().get(0).withRacks(racks)))));
        });
    }

    private static PlacedRack withExtra(PlacedRack rack, MountedEquipment extra) {
        List<MountedEquipment> eq = new ArrayList<>(rack.equipment());
        eq.add(extra);
        return rack.withEquipment(eq);
    }

    @Test
    void fixtureProjectIsValid() {
        assertEquals(List.of(), problems(Fixtures.project()));
    }

    @Test
    void validationFlagsUnknownRackTypeAndEquipment() {
        PlacedRack rack = Fixtures.airRack("A-01", 0, 1);
        PlacedRack badType = new PlacedRack("A-02", 1, "rack-nope", rack.feeds(), List.of());
        PlacedRack badEquipment = withExtra(Fixtures.airRack("A-03", 2, 0), new MountedEquipment("A-03-x", "gpu-box-nope", 1));
        assertEquals(List.of(
                        ROW + ".racks[1].rackTypeId: unknown rack type 'rack-nope'",
                        ROW + ".racks[2].equipment[0].catalogId: unknown server, network device or storage system 'gpu-box-nope'",
                        "$.scenarios[0].plan.replicas[0].serverId: no server 'A-01-s0' in hall 'h1'"),
                problems(withRacks(List.of(Fixtures.airRack("A-01", 0, 0), badType, badEquipment))));
    }

    @Test
    void validationFlagsOverlappingUnits() {
        // servers are 8U at U1 and U9; a 2U switch at U8 covers U8..U9 and collides with the first server at U8
        PlacedRack rack = withExtra(Fixtures.airRack("A-01", 0, 2), new MountedEquipment("A-01-sw", Fixtures.SWITCH, 8));
        assertEquals(List.of(ROW + ".racks[0].equipment[2].uPosition: 'A-01-sw' overlaps 'A-01-s0' at U8"),
                problems(withRacks(List.of(rack))));
    }

    @Test
    void validationFlagsEquipmentAboveRackTop() {
        // an 8U server at U36 needs U36..U43, one more than the 42U rack has
        PlacedRack rack = withExtra(Fixtures.airRack("A-01", 0, 1), new MountedEquipment("A-01-top", Fixtures.AIR_SERVER, 36));
        assertEquals(List.of(ROW + ".racks[0].equipment[1].uPosition: 'A-01-top' occupies U36..U43, beyond the 42U rack"),
                problems(withRacks(List.of(rack))));
    }

    @Test
    void validationFlagsRackPositionBeyondRowAndTakenPosition() {
        assertEquals(List.of(
                        ROW + ".racks[1].position: position 10 is beyond row 'A' of 10 positions (0..9)",
                        ROW + ".racks[2].position: position 0 is already taken by rack 'A-01'"),
                problems(withRacks(List.of(Fixtures.airRack("A-01", 0, 1), Fixtures.airRack("A-02", 10, 0),
                        Fixtures.airRack("A-03", 0, 0)))));
    }

    @Test
    void validationFlagsDuplicateRackIdAcrossRows() {
        Project p = withScenario(s -> {
            Hall h = s.halls().get(0);
            Row second = new Row("B", 4, 0.6, List.of(), List.of(Fixtures.airRack("A-01", 0, 0)));
            return s.withHalls(List.of(h.withRows(List.of(h.rows().get(0), second))));
        });
        assertEquals(List.of("$.scenarios[0].halls[0].rows[1].racks[0].id: duplicate rack id 'A-01' in the hall"), problems(p));
    }

    @Test
    void validationFlagsPlanReferences() {
        Project p = withScenario(s -> s.withPlan(new Plan("manual", "", List.of(
                new ReplicaPlacement("r1", "w-nope", "llama-3.1-70b", "h1", "A-01-s0", 8, Precision.FP8, 8, 8),
                new ReplicaPlacement("r2", "w1", "model-nope", "h-nope", "A-01-s0", 8, Precision.FP8, 8, 8),
                new ReplicaPlacement("r3", "w1", "llama-3.1-8b", "h1", "A-01-s1", 16, Precision.FP8, 8, 8)))));
        assertEquals(List.of(
                        "$.scenarios[0].plan.replicas[0].workloadId: unknown workload 'w-nope'",
                        "$.scenarios[0].plan.replicas[1].modelId: unknown model 'model-nope'",
                        "$.scenarios[0].plan.replicas[1].hallId: unknown hall 'h-nope'",
                        "$.scenarios[0].plan.replicas[2].acceleratorCount: 16 accelerators, but server 'A-01-s1' (srv-air-10kw) has 8"),
                problems(p));
    }

    @Test
    void validationFlagsAReplicaPowerCapAboveTheAcceleratorTdp() {
        Project p = withScenario(s -> s.withPlan(new Plan("manual", "", List.of(
                new ReplicaPlacement("r1", "w1", "llama-3.1-70b", "h1", "A-01-s0", 8, Precision.FP8, 8, 8, 50_000.0),
                new ReplicaPlacement("r2", "w1", "llama-3.1-70b", "h1", "A-01-s1", 8, Precision.FP8, 8, 8, null)))));
        dev.hallplan.catalog.Accelerator gpuX = new dev.hallplan.catalog.Accelerator("gpu-x", "Test", "GPU X", "SXM",
                80_000_000_000L, "HBM", 3e12, java.util.Map.of(Precision.FP8, 2e15), 700, 100, 9e11, 8, 4e11,
                dev.hallplan.catalog.CoolingType.AIR, 2024, 0, false, null);
        dev.hallplan.catalog.Catalog catalog = CATALOG.overlay(dev.hallplan.catalog.Catalog.builder().add(gpuX).build());
        List<String> problems = ProjectValidator.validate(p, new ProjectReferences(catalog, REFS.knownModelId(), REFS.contextTokens(),
                REFS.constraintNames())).stream()
                .filter(ProjectProblem::isError) // 50 kW is also outside the typical range of any accelerator: a warning
                .map(ProjectProblem::toString).toList();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("$.scenarios[0].plan.replicas[0].acceleratorPowerCapWatts: power cap 50000.0 W"),
                problems.get(0));
        assertTrue(problems.get(0).contains("TDP"), problems.get(0));
    }

    @Test
    void validationFlagsUnknownEngineAndModels() {
        Workload w = Fixtures.workload("w1");
        Workload bad = new Workload("w1", w.name(), "model-x", "engine-x", List.of("model-y"), w.demand(), w.requestShape(), w.slo(),
                w.allowedRegions(), w.requiredCompliance(), w.tenant(), w.isolation(), w.minPrecision(), w.priority(),
                w.deferrableShare(), w.userRegion());
        assertEquals(List.of(
                        "$.scenarios[0].workloads[0].modelId: unknown model 'model-x'",
                        "$.scenarios[0].workloads[0].substituteModelIds[0]: unknown model 'model-y'",
                        "$.scenarios[0].workloads[0].engineId: unknown serving engine 'engine-x'"),
                problems(withScenario(s -> s.withWorkloads(List.of(bad)))));
    }

    @Test
    void workloadNoHallMayHostIsAWarning() {
        Workload w = Fixtures.workload("w1");
        Workload usOnly = new Workload("w1", w.name(), w.modelId(), w.engineId(), w.substituteModelIds(), w.demand(), w.requestShape(),
                w.slo(), Set.of("US"), Set.of("HIPAA"), w.tenant(), w.isolation(), w.minPrecision(), w.priority(), w.deferrableShare(),
                w.userRegion());
        List<ProjectProblem> p = ProjectValidator.validate(withScenario(s -> s.withWorkloads(List.of(usOnly))), REFS);
        assertEquals(1, p.size());
        assertEquals(ProjectProblem.Severity.WARNING, p.get(0).severity());
        assertEquals("warning: $.scenarios[0].workloads[0].allowedRegions: no hall satisfies regions [US] and compliance [HIPAA];"
                + " the workload cannot be placed", p.get(0).toString());
    }

    @Test
    void validationFlagsPowerAndCoolingIdsOfTheWrongKind() {
        Project p = withScenario(s -> {
            Hall h = s.halls().get(0);
            Hall bad = new Hall(h.id(), h.name(), h.facilityType(), h.region(), h.compliance(), h.climate(),
                    new PowerChain(List.of(new CatalogCount(Fixtures.UPS, 1)), List.of(new CatalogCount(Fixtures.UPS, 2)), Redundancy.N),
                    List.of(new CatalogCount(Fixtures.CRAH, 1)), h.supply(), h.userRttSeconds(), h.rows());
            return s.withHalls(List.of(bad));
        });
        assertEquals(List.of(
                        "$.scenarios[0].halls[0].powerChain.transformers[0].catalogId: 'ups-1000kw' is not a transformer in the catalog",
                        "$.scenarios[0].halls[0].coolingPlant[0].catalogId: 'crah-150kw' is not a chiller or dry cooler in the catalog"),
                problems(p));
    }
}
