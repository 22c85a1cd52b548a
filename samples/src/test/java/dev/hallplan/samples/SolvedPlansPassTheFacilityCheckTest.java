package dev.hallplan.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.catalog.CatalogLoader;
import dev.hallplan.engine.facility.FacilityModel;
import dev.hallplan.engine.facility.HallState;
import dev.hallplan.engine.facility.IdleServers;
import dev.hallplan.engine.facility.Violation;
import dev.hallplan.engine.kpi.HallReport;
import dev.hallplan.engine.perf.ModelZoo;
import dev.hallplan.engine.plan.PlanEvaluator;
import dev.hallplan.engine.plan.ReplicaSizing;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.PlacedRack;
import dev.hallplan.engine.project.PowerFeeds;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.project.file.ProjectFiles;
import dev.hallplan.engine.solver.SolveOptions;
import dev.hallplan.engine.solver.SolveResult;
import dev.hallplan.engine.usecase.CheckedPlan;
import dev.hallplan.engine.usecase.PlannedScenario;
import dev.hallplan.engine.usecase.ScenarioPlanning;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The solver and the facility model count the same loads against the same limits: whenever a
 * solve reports a plan without hard violations (here: always), the written plan, loaded back and checked with
 * {@code evaluate}'s use case, has no hard violation either, and the facility model marks no rack,
 * row, loop or hall over a limit. Over every sample and generated halls (seeds 1–5, 1,000 and
 * 16,000 accelerators, peak demand at 60% and 90% of what the hall serves). Solves are short and
 * reproducible: the warm start plus a few local-search steps.
 */
class SolvedPlansPassTheFacilityCheckTest {
    private static final ReplicaSizing SIZING = new ReplicaSizing(CatalogLoader.builtIn(), ModelZoo.builtIn());
    private static final ScenarioPlanning PLANNING = new ScenarioPlanning(SIZING);
    private static final SolveOptions SHORT = SolveOptions.reproducibleSteps(30);

    @TempDir
    static Path dir;

    @AfterAll
    static void close() {
        PLANNING.close();
    }

    static Stream<Arguments> projects() {
        List<Arguments> out = new ArrayList<>();
        for (String name : SampleProjects.NAMES) {
            out.add(Arguments.of(name, (java.util.function.Supplier<Project>) () -> Samples.load(name)));
        }
        HallGenerator generator = new HallGenerator(SIZING);
        for (int accelerators : new int[] {1_000, 16_000}) {
            for (double load : new double[] {0.6, 0.9}) {
                for (long seed = 1; seed <= 5; seed++) {
                    long s = seed;
                    out.add(Arguments.of("generated " + accelerators + " seed " + seed + " load " + load,
                            (java.util.function.Supplier<Project>) () -> generator.generate(accelerators, s, load)));
                }
            }
        }
        // tight racks: 23 kW rack PDUs under 50-75 kW feeds, so the PDU rating and the idle power of
        // unused servers decide what fits (the solver once ignored both)
        for (long seed = 1; seed <= 2; seed++) {
            long s = seed;
            out.add(Arguments.of("generated 1000 seed " + seed + " with 23 kW rack PDUs",
                    (java.util.function.Supplier<Project>) () -> withRackPdus(generator.generate(1_000, s, 0.6), "pdu-rack-23kw")));
        }
        return out.stream();
    }

    private static Project withRackPdus(Project p, String pduId) {
        Scenario s = p.scenarios().get(0);
        List<Hall> halls = s.halls().stream().map(h -> h.withRows(h.rows().stream().map(r -> r.withRacks(r.racks().stream()
                .map(k -> new PlacedRack(k.id(), k.position(), k.rackTypeId(),
                        new PowerFeeds(k.feeds().redundancy(), k.feeds().feedCapacityWatts(), pduId), k.equipment()))
                .toList())).toList())).toList();
        return p.withScenario(s.withHalls(halls));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("projects")
    void aPlanTheSolverCallsFeasiblePassesEvaluateAndTheFacilityModel(String name,
            java.util.function.Supplier<Project> source) throws Exception {
        Project project = source.get();
        for (Scenario scenario : project.scenarios()) {
            PlannedScenario planned = PLANNING.solve(project, scenario, SHORT);
            // every instance here has a plan without hard violations (the warm start keeps every limit),
            // so the check below is never vacuous
            assertTrue(planned.solve().status() != SolveResult.Status.INFEASIBLE, name + ": " + planned.solve().violations());
            Path file = dir.resolve(name.replace(' ', '-') + "-" + scenario.name() + ".hallplan.json");
            ProjectFiles.save(planned.project(), file);
            Project loaded = ProjectFiles.load(file);
            Scenario again = loaded.scenarioOrFirst(scenario.name());
            CheckedPlan checked = PLANNING.check(loaded, again);
            String where = name + "/" + scenario.name();
            assertEquals(List.of(), checked.hardViolations(), where + ": evaluate finds what solve did not");
            for (HallReport hall : checked.report().halls()) {
                assertEquals(List.of(), hall.limitViolations(), where + " hall " + hall.hallId());
            }
            assertFacilityModelClean(again, where);
        }
    }

    /**
     * The facility model's own verdict at planned full load, straight from its live state: no rack,
     * row, loop or power-chain or plant limit broken. Whether the supply carries the hall is the
     * supply-adequacy model's verdict, in the report's limit violations checked above.
     */
    private static void assertFacilityModelClean(Scenario s, String where) {
        var evaluation = new PlanEvaluator(SIZING).evaluate(s);
        for (Hall hall : s.halls()) {
            HallState state = FacilityModel.liveState(hall, SIZING.catalog(), evaluation.fullLoad(hall.id(), IdleServers.of(s)));
            List<String> broken = state.violations().stream().map(Violation::message).toList();
            assertTrue(broken.isEmpty(), where + " hall " + hall.id() + ": " + broken);
        }
    }
}
