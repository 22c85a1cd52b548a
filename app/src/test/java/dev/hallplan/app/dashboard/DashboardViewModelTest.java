package dev.hallplan.app.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.app.testutil.PlannedSamples;
import dev.hallplan.app.testutil.TestEngine;
import dev.hallplan.engine.kpi.Figure;
import dev.hallplan.engine.kpi.KeyFigure;
import dev.hallplan.engine.kpi.KeyFigures;
import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.usecase.ScenarioPlanning;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DashboardViewModelTest {
    private static PlanReport report;
    private final SimpleObjectProperty<PlanReport> shown = new SimpleObjectProperty<>();
    private final SimpleBooleanProperty computing = new SimpleBooleanProperty();
    private final SimpleStringProperty failure = new SimpleStringProperty("");
    private final DashboardViewModel vm = new DashboardViewModel(shown, computing, failure);

    @BeforeAll
    static void planned() {
        Project p = PlannedSamples.plannedDefault();
        try (ScenarioPlanning planning = new ScenarioPlanning(TestEngine.sizing())) {
            report = planning.report(p, p.scenarioOrFirst("B200"));
        }
    }

    @Test
    void tilesAreTheReportsHeadlineKeyFiguresWithTheSameValuesAndText() {
        shown.set(report);
        List<KeyFigure> expected = KeyFigures.headline(report);
        assertEquals(expected.size(), vm.tiles().size());
        for (int i = 0; i < expected.size(); i++) {
            KeyFigure f = expected.get(i);
            DashboardTile t = vm.tiles().get(i);
            assertEquals(f.figure(), t.figure());
            assertEquals(f.label(), t.label());
            assertEquals(f.text(), t.value());
            assertEquals(f.siValue(), t.siValue(), 0.0, t.label());
        }
        assertTrue(vm.tiles().stream().map(DashboardTile::figure).toList().containsAll(List.of(Figure.IT_FULL_LOAD,
                Figure.FACILITY_FULL_LOAD, Figure.OUTPUT_TOKENS_PER_SECOND, Figure.USD_PER_MILLION_TOKENS,
                Figure.OUTPUT_TOKENS_PER_KWH, Figure.RENEWABLE_SHARE, Figure.CARBON_FREE_SHARE, Figure.ANNUAL_EMISSIONS,
                Figure.CAPEX, Figure.ANNUAL_TCO, Figure.VIOLATIONS)), "the issue's tiles are all there");
        assertEquals(report.projectName() + " / B200", vm.titleProperty().get());
        assertEquals("", vm.messageProperty().get());
    }

    @Test
    void tooltipSaysHowTheFigureIsComputedAndListsTheAssumptionsItReads() {
        shown.set(report);
        DashboardTile tco = vm.tiles().stream().filter(t -> t.figure() == Figure.ANNUAL_TCO).findFirst().orElseThrow();
        assertTrue(tco.tooltip().startsWith("Annual TCO (amortised capex + opex): " + tco.value()), tco.tooltip());
        assertTrue(tco.tooltip().contains("How: hardware and facility capex over their amortisation years"), tco.tooltip());
        assertTrue(tco.tooltip().contains("Hardware amortisation: "), "finance assumptions feed TCO: " + tco.tooltip());
        assertTrue(tco.tooltip().contains("Energy price (mean)"), "energy assumptions feed TCO: " + tco.tooltip());
        DashboardTile racks = vm.tiles().stream().filter(t -> t.figure() == Figure.IT_FULL_LOAD).findFirst().orElseThrow();
        assertFalse(racks.tooltip().contains("Hardware amortisation"), "finance does not feed the IT load: " + racks.tooltip());
    }

    @Test
    void everyHeadlineFigureHasAFormula() {
        for (Figure f : Figure.values()) {
            assertFalse(FigureNotes.formula(f).isEmpty(), f.name());
        }
    }

    @Test
    void withoutAReportTheMessageSaysWhy() {
        assertTrue(vm.tiles().isEmpty());
        assertTrue(vm.messageProperty().get().startsWith("No plan yet"), vm.messageProperty().get());
        computing.set(true);
        assertEquals("Computing the key figures…", vm.messageProperty().get());
        computing.set(false);
        failure.set("no catalog entry x");
        assertEquals("The report could not be built: no catalog entry x", vm.messageProperty().get());
        shown.set(report);
        assertEquals("", vm.messageProperty().get());
        shown.set(null);
        assertTrue(vm.tiles().isEmpty());
    }
}
