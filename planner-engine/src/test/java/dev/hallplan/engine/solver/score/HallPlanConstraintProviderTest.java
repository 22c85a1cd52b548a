package dev.hallplan.engine.solver.score;

import static dev.hallplan.engine.solver.TestFacts.*;

import dev.hallplan.catalog.CoolingType;
import dev.hallplan.catalog.Precision;
import dev.hallplan.engine.project.IsolationLevel;
import dev.hallplan.engine.project.Redundancy;
import dev.hallplan.engine.facility.HeatLoad;
import dev.hallplan.engine.facility.RackLimit;
import dev.hallplan.engine.facility.RowCooling;
import dev.hallplan.engine.solver.domain.DeploymentOption;
import dev.hallplan.engine.solver.domain.FixedOverload;
import dev.hallplan.engine.solver.domain.HallFact;
import dev.hallplan.engine.solver.domain.HallPlanSolution;
import dev.hallplan.engine.solver.domain.RackFact;
import dev.hallplan.engine.solver.domain.ReplicaSlot;
import dev.hallplan.engine.solver.domain.RowFact;
import dev.hallplan.engine.solver.domain.ServerFact;
import dev.hallplan.engine.solver.domain.WorkloadFact;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

class HallPlanConstraintProviderTest {

    private final ConstraintVerifier<HallPlanConstraintProvider, HallPlanSolution> verifier =
            ConstraintVerifier.build(new HallPlanConstraintProvider(), HallPlanSolution.class, ReplicaSlot.class)
                    .withConstraintStreamImplType(ConstraintStreamImplType.BAVET); // as the solver runs

    private final HallFact hall = hall("H1", 10_000_000);
    private final RowFact row = row("A", hall, Double.POSITIVE_INFINITY);
    private final RackFact rackA = rack("A-01", row);
    private final RackFact rackB = rack("A-02", row);
    private final ServerFact s1 = server("s1", rackA);
    private final ServerFact s2 = server("s2", rackA);
    private final ServerFact s3 = server("s3", rackB);
    private final WorkloadFact chat = workload("chat", 100);
    private final DeploymentOption half = option("chat", 4, 50, 3_000);

    @Test
    void acceleratorSlots_penalizesAcceleratorsBeyondFitted() {
        // three 4-accelerator replicas on one 8-accelerator server: 12 - 8 = 4 over
        verifier.verifyThat(HallPlanConstraintProvider::acceleratorSlots)
                .given(slot("r1", chat, s1, half), slot("r2", chat, s1, half), slot("r3", chat, s1, half))
                .penalizesBy(4);
    }

    @Test
    void acceleratorSlots_acceptsFullServerAndUnassigned() {
        verifier.verifyThat(HallPlanConstraintProvider::acceleratorSlots)
                .given(slot("r1", chat, s1, half), slot("r2", chat, s1, half), unassigned("r3", chat))
                .penalizesBy(0);
    }

    private final DeploymentOption big = option("chat", 4, 50, 20_000);

    /** A rack with distinct limits so each rack constraint is tested on its own; 500 W fixed load. */
    private RackFact rackWith(long powerLimit, long feed, long heat) {
        return rack("B-07", row, powerLimit, feed, heat, 500);
    }

    @Test
    void optionMatchesServer_penalizesOptionMadeForAnotherModel() {
        DeploymentOption other = new DeploymentOption("chat", "m", "other-model", 4, Precision.FP8, 4, 64, 50, 3_000, 0.2, true);
        verifier.verifyThat(HallPlanConstraintProvider::optionMatchesServer)
                .given(slot("r1", chat, s1, other), slot("r2", chat, s2, half))
                .penalizesBy(1);
    }

    @Test
    void optionMatchesServer_penalizesOptionOfAnotherWorkload() {
        verifier.verifyThat(HallPlanConstraintProvider::optionMatchesServer)
                .given(slot("r1", chat, s1, option("search", 4, 50, 3_000)), unassigned("r2", chat))
                .penalizesBy(1);
    }

    @Test
    void rackPower_penalizesOverflowWatts() {
        ServerFact s = server("s", rackWith(40_000, 50_000, 60_000));
        // 500 W fixed + 1 kW idle + 2 x 20 kW active = 41.5 kW against 40 kW: 1,500 W over
        verifier.verifyThat(HallPlanConstraintProvider::rackPower)
                .given(slot("r1", chat, s, big), slot("r2", chat, s, big))
                .penalizesBy(1_500);
    }

    @Test
    void rackPower_countsIdleOncePerUsedServerAndSkipsUnusedServers() {
        RackFact rack = rackWith(40_000, 50_000, 60_000);
        ServerFact a = server("a", rack);
        ServerFact b = server("b", rack);
        server("unused", rack);
        DeploymentOption r19 = option("chat", 4, 50, 19_000);
        // 500 W fixed + (1 kW + 19 kW) on each of two servers = 40.5 kW: 500 W over; the unused server is off
        // (its idle power, when servers stay on, is in the rack's fixed load instead: see HardwareFactsTest)
        verifier.verifyThat(HallPlanConstraintProvider::rackPower)
                .given(slot("r1", chat, a, r19), slot("r2", chat, b, r19), unassigned("r3", chat))
                .penalizesBy(500);
    }

    @Test
    void rackPower_acceptsLoadWithinLimit() {
        ServerFact s = server("s", rackWith(40_000, 50_000, 60_000));
        // 500 + 1,000 + 20,000 = 21.5 kW
        verifier.verifyThat(HallPlanConstraintProvider::rackPower)
                .given(slot("r1", chat, s, big), unassigned("r2", chat))
                .penalizesBy(0);
    }

    @Test
    void rackFeed_penalizesLoadBeyondOneFeed() {
        ServerFact s = server("s", rackWith(60_000, 40_000, 60_000));
        // 41.5 kW must fit on one 40 kW feed (2N): 1,500 W over
        verifier.verifyThat(HallPlanConstraintProvider::rackFeed)
                .given(slot("r1", chat, s, big), slot("r2", chat, s, big))
                .penalizesBy(1_500);
    }

    @Test
    void rackFeed_acceptsLoadWithinOneFeed() {
        ServerFact s = server("s", rackWith(60_000, 42_000, 60_000));
        verifier.verifyThat(HallPlanConstraintProvider::rackFeed)
                .given(slot("r1", chat, s, big), slot("r2", chat, s, big))
                .penalizesBy(0);
    }

    @Test
    void rackFeed_penalizesLoadBeyondThePduRatingWhenItIsBelowTheFeed() {
        RackFact rack = new RackFact("P-01", row, new RackLimit(40_000, 30_000, 60_000, 60_000), Redundancy.TWO_N, "pdu-30kw",
                CoolingType.AIR, 500);
        ServerFact s = server("s", rack);
        // 500 W + 1 kW + 2 x 20 kW = 41.5 kW on one 30 kW PDU (the facility model's PDU rule): 11,500 W over
        verifier.verifyThat(HallPlanConstraintProvider::rackFeed)
                .given(slot("r1", chat, s, big), slot("r2", chat, s, big))
                .penalizesBy(11_500);
    }

    @Test
    void rackHeat_penalizesHeatBeyondCoolingLimit() {
        ServerFact s = server("s", rackWith(60_000, 60_000, 30_000));
        // all 41.5 kW become heat; the air-cooled rack removes 30 kW: 11,500 W over
        verifier.verifyThat(HallPlanConstraintProvider::rackHeat)
                .given(slot("r1", chat, s, big), slot("r2", chat, s, big))
                .penalizesBy(11_500);
    }

    @Test
    void rackHeat_acceptsHeatWithinLimit() {
        ServerFact s = server("s", rackWith(60_000, 60_000, 30_000));
        verifier.verifyThat(HallPlanConstraintProvider::rackHeat)
                .given(slot("r1", chat, s, big))
                .penalizesBy(0);
    }

    @Test
    void rowCooling_penalizesRowHeatOverCapacity() {
        RowFact cooled = new RowFact("C", hall, new RowCooling(50_000, 0), new HeatLoad(2_000, 0));
        ServerFact a = server("a", rack("C-01", cooled));
        ServerFact b = server("b", rack("C-02", cooled));
        // 2 kW fixed row heat + (1 + 2 x 20 kW) + (1 + 20 kW) = 64 kW of air heat against 50 kW of CRAHs: 14,000 W over
        verifier.verifyThat(HallPlanConstraintProvider::rowCooling)
                .given(slot("r1", chat, a, big), slot("r2", chat, a, big), slot("r3", chat, b, big))
                .penalizesBy(14_000);
    }

    @Test
    void rowCooling_acceptsHeatWithinCapacity() {
        verifier.verifyThat(HallPlanConstraintProvider::rowCooling)
                .given(slot("r1", chat, s1, big), slot("r2", chat, s1, big), slot("r3", chat, s3, big))
                .penalizesBy(0);
    }

    @Test
    void rowCooling_checksLiquidHeatAgainstCdusAndAirHeatAgainstCrahs() {
        // rear-door racks: all heat to the row's CDU loop (30 kW); the CRAHs (100 kW) see nothing of the servers
        RowFact doors = new RowFact("D", hall, new RowCooling(100_000, 30_000), new HeatLoad(1_000, 2_000));
        RackFact rack = new RackFact("D-01", doors, new RackLimit(60_000, Double.POSITIVE_INFINITY, 60_000, 60_000),
                Redundancy.TWO_N, null, CoolingType.REAR_DOOR_HX, 3_000);
        ServerFact s = new ServerFact("s", MODEL, rack, 8, 1_000, 1.0, 100_000);
        // liquid: 2 kW fixed + 1 kW idle + 2 x 20 kW = 43 kW against 30 kW: 13,000 W over; air 1 kW of 100 kW
        verifier.verifyThat(HallPlanConstraintProvider::rowCooling)
                .given(slot("r1", chat, s, big), slot("r2", chat, s, big))
                .penalizesBy(13_000);
    }

    @Test
    void rowCooling_rowWithoutCoolingUnitsRemovesNoHeat() {
        // as the facility model has it: a row listing no CRAH removes no air heat, so 21 kW are 21 kW over
        RowFact bare = new RowFact("N", hall, new RowCooling(0, 0), HeatLoad.NONE);
        ServerFact s = server("s", rack("N-01", bare));
        verifier.verifyThat(HallPlanConstraintProvider::rowCooling)
                .given(slot("r1", chat, s, big))
                .penalizesBy(21_000);
    }

    @Test
    void hallPower_penalizesItLoadBeyondSupply() {
        HallFact small = new HallFact("H2", "H2", hall.region(), hall.compliance(), 30_000, "Jan 19:00", 1_000, 1, 1);
        RowFact r = row("A", small, Double.POSITIVE_INFINITY);
        ServerFact a = server("a", rack("A-01", r));
        ServerFact b = server("b", rack("A-02", r));
        // 1 kW base + 2 x (1 kW idle + 20 kW) = 43 kW against 30 kW: 13,000 W over
        verifier.verifyThat(HallPlanConstraintProvider::hallPower)
                .given(slot("r1", chat, a, big), slot("r2", chat, b, big))
                .penalizesBy(13_000);
    }

    @Test
    void fixedLoad_penalizesARackOverItsLimitWithoutAnyReplica() {
        RackFact crowded = rack("X-01", row, 40_000, 40_000, 40_000, 45_000);
        FixedOverload over = new FixedOverload("Rack X-01: 45 kW > 40 kW", 5_000, crowded, null, null);
        // no replica in X-01: its 45 kW of switches and idle servers are 5,000 W over on their own
        verifier.verifyThat(HallPlanConstraintProvider::fixedLoad)
                .given(over, slot("r1", chat, s1, big))
                .penalizesBy(5_000);
    }

    @Test
    void fixedLoad_leavesARackWithAReplicaToTheRackConstraints() {
        RackFact crowded = rack("X-01", row, 40_000, 40_000, 40_000, 45_000);
        FixedOverload over = new FixedOverload("Rack X-01: 45 kW > 40 kW", 5_000, crowded, null, null);
        verifier.verifyThat(HallPlanConstraintProvider::fixedLoad)
                .given(over, slot("r1", chat, server("x", crowded), big))
                .penalizesBy(0);
    }

    @Test
    void hallPower_acceptsLoadWithinSupply() {
        verifier.verifyThat(HallPlanConstraintProvider::hallPower)
                .given(slot("r1", chat, s1, big), slot("r2", chat, s3, big))
                .penalizesBy(0);
    }

    @Test
    void regionAndCompliance_penalizesMissingComplianceAndForeignRegion() {
        WorkloadFact hipaa = new WorkloadFact("med", "med", "t", IsolationLevel.SHARED, 1, 1000, 1000, Set.of(), Set.of("HIPAA"));
        WorkloadFact usOnly = new WorkloadFact("us", "us", "t", IsolationLevel.SHARED, 1, 1000, 1000, Set.of("US"), Set.of());
        WorkloadFact euGdpr = new WorkloadFact("eu", "eu", "t", IsolationLevel.SHARED, 1, 1000, 1000, Set.of("EU"), Set.of("GDPR"));
        // the hall is in DE (zone EU) with GDPR: HIPAA and US-only break the rule once each, EU+GDPR fits
        verifier.verifyThat(HallPlanConstraintProvider::regionAndCompliance)
                .given(slot("r1", hipaa, s1, option("med", 1, 1, 1)), slot("r2", usOnly, s2, option("us", 1, 1, 1)),
                        slot("r3", euGdpr, s3, option("eu", 1, 1, 1)), unassigned("r4", hipaa))
                .penalizesBy(2);
    }

    @Test
    void dedicatedServer_penalizesOtherTenantOnSameServer() {
        WorkloadFact secret = workload("secret", 10, "bank", IsolationLevel.DEDICATED_SERVER);
        WorkloadFact other = workload("other", 10, "shop", IsolationLevel.SHARED);
        verifier.verifyThat(HallPlanConstraintProvider::dedicatedServer)
                .given(slot("r1", secret, s1, half), slot("r2", other, s1, half))
                .penalizesBy(1);
    }

    @Test
    void dedicatedServer_acceptsSameTenantOrOtherServer() {
        WorkloadFact secret = workload("secret", 10, "bank", IsolationLevel.DEDICATED_SERVER);
        WorkloadFact sameTenant = workload("mine", 10, "bank", IsolationLevel.SHARED);
        WorkloadFact other = workload("other", 10, "shop", IsolationLevel.SHARED);
        // same tenant may share; the other tenant sits on s2 (same rack is fine at this level)
        verifier.verifyThat(HallPlanConstraintProvider::dedicatedServer)
                .given(slot("r1", secret, s1, half), slot("r2", sameTenant, s1, half), slot("r3", other, s2, half),
                        unassigned("r4", other))
                .penalizesBy(0);
    }

    @Test
    void dedicatedServer_countsEachDedicatedSideOfAPair() {
        WorkloadFact bank = workload("bank", 10, "bank", IsolationLevel.DEDICATED_SERVER);
        WorkloadFact mil = workload("mil", 10, "mil", IsolationLevel.DEDICATED_SERVER);
        // both tenants ask for a dedicated server and share s1: one pair seen from each side = 2
        verifier.verifyThat(HallPlanConstraintProvider::dedicatedServer)
                .given(slot("r1", bank, s1, half), slot("r2", mil, s1, half))
                .penalizesBy(2);
    }

    @Test
    void dedicatedRack_penalizesOtherTenantInSameRack() {
        WorkloadFact secret = workload("secret", 10, "bank", IsolationLevel.DEDICATED_RACK);
        WorkloadFact other = workload("other", 10, "shop", IsolationLevel.SHARED);
        // s1 and s2 both stand in rack A-01
        verifier.verifyThat(HallPlanConstraintProvider::dedicatedRack)
                .given(slot("r1", secret, s1, half), slot("r2", other, s2, half))
                .penalizesBy(1);
    }

    @Test
    void dedicatedRack_acceptsOtherTenantInOtherRack() {
        WorkloadFact secret = workload("secret", 10, "bank", IsolationLevel.DEDICATED_RACK);
        WorkloadFact other = workload("other", 10, "shop", IsolationLevel.SHARED);
        verifier.verifyThat(HallPlanConstraintProvider::dedicatedRack)
                .given(slot("r1", secret, s1, half), slot("r2", other, s3, half))
                .penalizesBy(0);
    }

    @Test
    void spreadOverRacks_penalizesAllReplicasInOneRack() {
        verifier.verifyThat(HallPlanConstraintProvider::spreadOverRacks)
                .given(slot("r1", chat, s1, half), slot("r2", chat, s2, half))
                .penalizesBy(1);
    }

    @Test
    void spreadOverRacks_acceptsTwoRacksOrSingleReplica() {
        WorkloadFact solo = workload("solo", 10);
        verifier.verifyThat(HallPlanConstraintProvider::spreadOverRacks)
                .given(slot("r1", chat, s1, half), slot("r2", chat, s3, half),
                        slot("r3", solo, s2, option("solo", 4, 10, 1)), unassigned("r4", solo))
                .penalizesBy(0);
    }

    @Test
    void unmetDemand_penalizesMissingMilliRequestsTimesPriority() {
        WorkloadFact urgent = new WorkloadFact("urgent", "urgent", "t", IsolationLevel.SHARED, 3, 100_000, 110_000, Set.of(), Set.of());
        // chat: 100 rps peak, one 50 rps replica: 50,000 mrps x priority 1;
        // urgent: nothing placed, 100,000 mrps x priority 3 = 300,000; total 350,000
        verifier.verifyThat(HallPlanConstraintProvider::unmetDemand)
                .given(slot("r1", chat, s1, half), unassigned("r2", chat), unassigned("u1", urgent))
                .penalizesBy(350_000);
    }

    @Test
    void unmetDemand_acceptsPeakServed() {
        verifier.verifyThat(HallPlanConstraintProvider::unmetDemand)
                .given(slot("r1", chat, s1, half), slot("r2", chat, s3, half), unassigned("r3", chat))
                .penalizesBy(0);
    }

    @Test
    void energyCost_penalizesUsedServerPowerInCents() {
        // (1 kW idle + 3 kW active) x $1 per W-year x 100 cents = 400,000 cents; s2, s3 unused
        verifier.verifyThat(HallPlanConstraintProvider::energyCost)
                .given(slot("r1", chat, s1, half), unassigned("r2", chat))
                .penalizesBy(400_000);
    }

    @Test
    void gridCarbon_penalizesUsedServerPowerInKilograms() {
        // 4 kW x 1 kg CO2e per W-year = 4,000 kg
        verifier.verifyThat(HallPlanConstraintProvider::gridCarbon)
                .given(slot("r1", chat, s1, half))
                .penalizesBy(4_000);
    }

    @Test
    void hardwareCapex_penalizesEachUsedServerOnce() {
        // s1 (two replicas) and s3 used: 2 x $100k a year x 100 cents
        verifier.verifyThat(HallPlanConstraintProvider::hardwareCapex)
                .given(slot("r1", chat, s1, half), slot("r2", chat, s1, half), slot("r3", chat, s3, half), unassigned("r4", chat))
                .penalizesBy(20_000_000);
    }

    @Test
    void overProvisioning_penalizesCapacityBeyondTarget() {
        // target 100 rps x 1.1 = 110 rps; three 50 rps replicas = 150 rps: 40,000 mrps over
        verifier.verifyThat(HallPlanConstraintProvider::overProvisioning)
                .given(slot("r1", chat, s1, half), slot("r2", chat, s1, half), slot("r3", chat, s3, half))
                .penalizesBy(40_000);
    }

    @Test
    void overProvisioning_acceptsCapacityWithinTarget() {
        verifier.verifyThat(HallPlanConstraintProvider::overProvisioning)
                .given(slot("r1", chat, s1, half), slot("r2", chat, s3, half))
                .penalizesBy(0);
    }

    @Test
    void fragmentation_penalizesIdleAcceleratorsOnUsedServers() {
        // s1 hosts one 4-accelerator replica: 4 idle; s3 is full; s2 unused (not fragmented)
        verifier.verifyThat(HallPlanConstraintProvider::fragmentation)
                .given(slot("r1", chat, s1, half), slot("r2", chat, s3, half), slot("r3", chat, s3, half))
                .penalizesBy(4);
    }

    @Test
    void unservableDemand_penalizesWholePeakOfWorkloadWithoutSlots() {
        WorkloadFact nowhere = new WorkloadFact("nowhere", "nowhere", "t", IsolationLevel.SHARED, 2, 30_000, 33_000, Set.of(), Set.of());
        // no slot exists for "nowhere": 30,000 mrps x priority 2; chat has a slot (even unassigned) so it is not counted here
        verifier.verifyThat(HallPlanConstraintProvider::unservableDemand)
                .given(nowhere, chat, unassigned("r1", chat))
                .penalizesBy(60_000);
    }

    @Test
    void preferredOption_penalizesAcceleratorsOfReplicasOffThePreferredOption() {
        WorkloadFact picky = new WorkloadFact("picky", "picky", "t", IsolationLevel.SHARED, 1, 100_000, 110_000, Set.of(), Set.of(), true);
        DeploymentOption other = option("picky", 4, 50, 2_000);
        DeploymentOption preferred = option("picky", 2, 30, 1_000).withPreferred(true);
        // one 4-accelerator replica off the preferred option counts 4; the 2-accelerator one on it counts 0
        verifier.verifyThat(HallPlanConstraintProvider::preferredOption)
                .given(slot("r1", picky, s1, other), slot("r2", picky, s3, preferred))
                .penalizesBy(4);
    }

    @Test
    void preferredOption_ignoresWorkloadsWithoutAPreference() {
        // chat names no preferred option: no option of it counts, however it is marked
        verifier.verifyThat(HallPlanConstraintProvider::preferredOption)
                .given(slot("r1", chat, s1, half), slot("r2", chat, s3, half))
                .penalizesBy(0);
    }
}
