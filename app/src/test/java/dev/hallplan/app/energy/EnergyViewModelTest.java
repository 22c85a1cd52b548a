package dev.hallplan.app.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.app.plan.EnginePlanning;
import dev.hallplan.app.plan.KpiRow;
import dev.hallplan.app.testutil.PlannedSamples;
import dev.hallplan.app.testutil.StubFileDialogs;
import dev.hallplan.app.testutil.TestEngine;
import dev.hallplan.app.workspace.BackgroundTasks;
import dev.hallplan.app.workspace.ProjectEdits;
import dev.hallplan.app.workspace.ProjectViewModel;
import dev.hallplan.app.workspace.ScenarioReports;
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
    private final ScenarioReports reports = ScenarioReports.withYears(document, tasks, (p, s) -> {
        runs.incrementAndGet();
        return planning.simulate(p, s);
    });
    private final EnergyViewModel vm = new EnergyViewModel(document, reports);
    private final SupplyViewModel supply = new SupplyViewModel(document, new StubFileDialogs(), tasks);

    @AfterEach
    void close() {
        planning.close();
    }

    @Test
    void thePlannedScenariosYearIsTheReportEveryViewShowsAndItsHoursSumToItsFigures() {
        document.open(PlannedSamples.plannedDefault(), null, true);
        PlanYear year = vm.yearProperty().get();
        assertNotNull(year, vm.statusProperty().get());
        assertEquals(1, runs.get(), "one simulation for the report and the energy view");
        assertSame(reports.reportProperty().get(), year.report(), "the energy view's report is the one every view shows");
        PlanReport r = year.report();
        // one hall: the hall's hourly year sums to the report's annual facility energy (the same run)
        assertEquals(r.kpis().energy().annualFacilityEnergyJoules(), vm.hallYearProperty().get().facilityEnergyJoules(),
                r.kpis().energy().annualFacilityEnergyJoules() * 1e-12);
        KeyFigure share = KeyFigures.of(r).stream().filter(f -> f.figure() == Figure.RENEWABLE_SHARE).findFirst().orElseThrow();
        assertTrue(vm.figures().contains(new KpiRow(share.label(), share.text())), vm.figures().toString());
        assertEquals(planning.report(document.projectProperty().get(), document.scenarioProperty().get()).kpis(), r.kpis());
    }

    @Test
    void aSupplyEditShowsItsEffectAtOnceAndUndoBringsTheKeptYearBackWithoutSimulating() {
        document.open(PlannedSamples.plannedDefault(), null, true);
        PlanYear before = vm.yearProperty().get();
        assertTrue(supply.putRenewable(null, new RenewableForm("solar-big", RenewableSource.RenewableKind.SOLAR, "60", "39", "21",
                "30", true)), supply.errorProperty().get());
        assertEquals(2, runs.get(), "the edited scenario's report and year: one run");
        assertTrue(vm.yearProperty().get().report().kpis().carbon().renewableShare()
                > before.report().kpis().carbon().renewableShare(), "60 MW more solar raises the renewable share");
        assertEquals("", vm.statusProperty().get());
        document.undo();
        assertSame(before, vm.yearProperty().get(), "undo shows the kept year again");
        assertEquals(2, runs.get(), "without simulating again");
    }

    @Test
    void aSolvedPlansYearIsTheOneTheSolveBuiltAndAScenarioWithoutPlanSaysSo() {
        Project unplanned = Samples.load("default");
        document.open(unplanned, null, true);
        assertEquals(0, runs.get());
        assertNull(vm.yearProperty().get());
        assertTrue(vm.statusProperty().get().startsWith("No plan yet"), vm.statusProperty().get());
        Project planned = PlannedSamples.plannedDefault();
        PlanYear solved = planning.simulate(planned, planned.scenarioOrFirst("H200"));
        reports.remember(planned.scenarioOrFirst("H200"), solved);
        document.apply(ProjectEdits.replaceScenario("Solve", unplanned.scenarioOrFirst("H200"), planned.scenarioOrFirst("H200")));
        assertSame(solved, vm.yearProperty().get(), "the year the solve handed over");
        assertEquals(0, runs.get(), "not simulated again");
        assertEquals("", vm.statusProperty().get());
    }
}
