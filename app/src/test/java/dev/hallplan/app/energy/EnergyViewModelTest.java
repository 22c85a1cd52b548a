package dev.hallplan.app.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.app.plan.EnginePlanning;
import dev.hallplan.app.plan.KpiRow;
import dev.hallplan.app.testutil.PlannedSamples;
import dev.hallplan.app.testutil.StubFileDialogs;
import dev.hallplan.app.testutil.TestEngine;
import dev.hallplan.app.workspace.BackgroundTasks;
import dev.hallplan.app.workspace.ProjectViewModel;
import dev.hallplan.engine.kpi.Figure;
import dev.hallplan.engine.kpi.KeyFigure;
import dev.hallplan.engine.kpi.KeyFigures;
import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.kpi.PlanYear;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.supply.RenewableSource;
import dev.hallplan.samples.Samples;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EnergyViewModelTest {
    private final ProjectViewModel document = new ProjectViewModel();
    private final BackgroundTasks tasks = new BackgroundTasks(Runnable::run, Runnable::run);
    private final EnginePlanning planning = new EnginePlanning(TestEngine::sizing);
    private final AtomicInteger runs = new AtomicInteger();
    private final EnergyViewModel vm = new EnergyViewModel(document, tasks, (p, s) -> {
        runs.incrementAndGet();
        return planning.simulate(p, s);
    });
    private final SupplyViewModel supply = new SupplyViewModel(document, new StubFileDialogs(), tasks);

    @AfterEach
    void close() {
        planning.close();
    }

    @Test
    void aPlannedScenarioIsSimulatedOnceShownAndItsHoursSumToTheReportsFigures() {
        document.open(PlannedSamples.plannedDefault(), null, true);
        assertNull(vm.yearProperty().get(), "nothing runs before the view is shown");
        vm.activate();
        PlanYear year = vm.yearProperty().get();
        assertNotNull(year, vm.statusProperty().get());
        assertEquals(1, runs.get());
        PlanReport r = year.report();
        // one hall: the hall's hourly year sums to the report's annual facility energy (the same run)
        assertEquals(r.kpis().energy().annualFacilityEnergyJoules(), vm.hallYearProperty().get().facilityEnergyJoules(),
                r.kpis().energy().annualFacilityEnergyJoules() * 1e-12);
        KeyFigure share = KeyFigures.of(r).stream().filter(f -> f.figure() == Figure.RENEWABLE_SHARE).findFirst().orElseThrow();
        assertTrue(vm.figures().contains(new KpiRow(share.label(), share.text())), vm.figures().toString());
        assertEquals(planning.report(document.projectProperty().get(), document.scenarioProperty().get()).kpis(), r.kpis(),
                "the year's report is the report every other view shows");
    }

    @Test
    void aSupplyEditMarksTheYearStaleSimulateShowsItsEffectAndUndoBringsTheKeptYearBack() {
        document.open(PlannedSamples.plannedDefault(), null, true);
        vm.activate();
        PlanYear before = vm.yearProperty().get();
        assertTrue(supply.putRenewable(null, new RenewableForm("solar-big", RenewableSource.RenewableKind.SOLAR, "60", "39", "21",
                "30", true)), supply.errorProperty().get());
        assertTrue(vm.staleProperty().get());
        assertEquals("The scenario changed since this simulation: press Simulate to see the effect.", vm.statusProperty().get());
        assertEquals(1, runs.get(), "a supply edit does not simulate by itself");
        assertTrue(vm.simulate().join());
        assertFalse(vm.staleProperty().get());
        assertTrue(vm.yearProperty().get().report().kpis().carbon().renewableShare()
                > before.report().kpis().carbon().renewableShare(), "60 MW more solar raises the renewable share");
        document.undo();
        assertEquals(before, vm.yearProperty().get(), "undo shows the kept year again");
        assertFalse(vm.staleProperty().get());
        assertEquals(2, runs.get(), "without simulating again");
    }

    @Test
    void aNewPlanIsSimulatedAutomaticallyAndAScenarioWithoutPlanSaysSo() {
        Project unplanned = Samples.load("default");
        document.open(unplanned, null, true);
        vm.activate();
        assertEquals(0, runs.get());
        assertTrue(vm.statusProperty().get().startsWith("No plan yet"), vm.statusProperty().get());
        Project planned = PlannedSamples.plannedDefault();
        document.apply(dev.hallplan.app.workspace.ProjectEdits.replaceScenario("Solve", unplanned.scenarioOrFirst("H200"),
                planned.scenarioOrFirst("H200")));
        assertEquals(1, runs.get(), "the solve's new plan is simulated");
        assertNotNull(vm.yearProperty().get());
        assertEquals("", vm.statusProperty().get());
    }
}
