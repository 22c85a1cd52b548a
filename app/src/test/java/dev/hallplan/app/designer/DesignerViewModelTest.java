package dev.hallplan.app.designer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.app.testutil.TestEngine;
import dev.hallplan.app.workspace.ProjectViewModel;
import dev.hallplan.app.workspace.Projects;
import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.CoolingType;
import dev.hallplan.engine.facility.RackLimit;
import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.project.Project;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class DesignerViewModelTest {
    private static final Catalog CATALOG = TestEngine.sizing().catalog();
    private final ProjectViewModel doc = new ProjectViewModel();
    private final DesignerViewModel vm;

    DesignerViewModelTest() {
        doc.open(Projects.twoScenarios(), null, true);
        vm = new DesignerViewModel(doc, new SimpleObjectProperty<>(CATALOG), new SimpleObjectProperty<PlanReport>());
    }

    private FloorSnapshot floor() {
        return vm.snapshotProperty().get();
    }

    @Test
    void aServerMountedInAPlacedRackRaisesRackAndHallPowerByItsCatalogNameplate() {
        vm.click("A-01", false);
        assertTrue(vm.elevation().mount("nvidia-sn5600", 40), "with a switch placed the hall's fabric is drawn, not sized");
        double hallBefore = floor().state().itWatts();
        assertTrue(vm.placeRack(1, 10, "rack-dlc-100kw"));
        vm.click("B-11", false);
        assertEquals("B-11", vm.elevation().elevationProperty().get().rackId(), "the picked rack's elevation shows");
        assertTrue(vm.elevation().mount("nvidia-hgx-h100-8", 10));
        double server = CATALOG.server("nvidia-hgx-h100-8").orElseThrow().maxPowerWatts();
        RackFigures rack = floor().rack("B-11").orElseThrow();
        assertEquals(server, rack.itWatts(), 1e-6);
        assertEquals(server, vm.elevation().elevationProperty().get().budgets().get(0).value(), 1e-6, "the power bar");
        assertEquals(hallBefore + server, floor().state().itWatts(), 1e-6, "the hall total");
        assertEquals(List.of(10), vm.elevation().elevationProperty().get().blocks().stream().map(b -> b.uPosition()).toList());
    }

    @Test
    void anOverlappingDropIsRefusedWithTheReasonAtTheDroppedU() {
        vm.click("A-01", false);
        assertTrue(vm.elevation().mount("nvidia-hgx-h100-8", 10));
        Project before = doc.projectProperty().get();
        assertFalse(vm.elevation().mount("nvidia-dgx-b200-8", 12));
        assertEquals(new ElevationViewModel.Refusal(12, "U12–U21 overlaps A-01-u10 (nvidia-hgx-h100-8, U10–U17)"),
                vm.elevation().refusalProperty().get());
        assertTrue(before == doc.projectProperty().get(), "nothing changed");
        assertTrue(vm.elevation().mount("nvidia-dgx-b200-8", 18));
        assertNull(vm.elevation().refusalProperty().get(), "a drop that fits clears the refusal");
    }

    @Test
    void draggingTwelveSelectedRacksIsOneUndoStep() {
        assertTrue(vm.addRow("C", 12, 0.6, List.of()));
        assertTrue(vm.addRow("D", 12, 0.6, List.of()));
        Project before = doc.projectProperty().get();
        Set<String> twelve = new LinkedHashSet<>();
        floor().rows().get(0).byPosition().stream().filter(r -> r != null).forEach(r -> twelve.add(r.rackId()));
        twelve.add("B-01");
        twelve.add("B-02");
        vm.select(twelve);
        assertEquals(12, vm.selectedRacksProperty().get().size());
        assertTrue(vm.moveTo("A-01", 2, 2), vm.messageProperty().get());
        assertEquals("Move 12 racks", doc.undoNameProperty().get());
        doc.undo();
        assertEquals(before, doc.projectProperty().get());
    }

    @Test
    void aRefusedMoveSaysWhatIsInTheWay() {
        assertFalse(vm.moveTo("A-01", 1, 3));
        assertEquals("position 4 of row B is taken by rack B-04", vm.messageProperty().get());
    }

    @Test
    void rubberBandShiftClickAndCopyPaste() {
        vm.select(Set.of("A-01", "A-02"));
        vm.click("A-03", true);
        assertEquals(Set.of("A-01", "A-02", "A-03"), vm.selectedRacksProperty().get());
        vm.click("A-02", true);
        assertEquals(Set.of("A-01", "A-03"), vm.selectedRacksProperty().get());
        vm.copySelection();
        assertTrue(vm.pasteAt(1, 9));
        assertEquals(List.of("B-10", "B-12"), floor().rows().get(1).byPosition().subList(9, 12).stream()
                .filter(r -> r != null).map(RackFigures::rackId).toList());
        assertFalse(vm.duplicateSelection(), "A-01 and A-03 have no free pair of places two apart to their right");
        vm.click("A-10", false);
        assertTrue(vm.duplicateSelection(), vm.messageProperty().get());
        assertEquals("A-11", floor().rows().get(0).byPosition().get(10).rackId());
        assertEquals(21, floor().racks().size());
    }

    @Test
    void theFloorShowsTheFacilityModelsRackLimitTheSolversToo() {
        vm.placeRack(1, 11, "rack-dlc-100kw");
        for (var placed : (Iterable<dev.hallplan.engine.project.PlacedRack>) doc.hallProperty().get().racks()::iterator) {
            RackFigures f = floor().rack(placed.id()).orElseThrow();
            assertEquals(RackLimit.of(placed, CATALOG).loadWatts(), f.loadLimitWatts());
        }
    }

    @Test
    void overlaysMarkRacksOverTheirLimitAndTheTooltipNamesTheFigures() {
        vm.click("A-01", false);
        for (int u = 1; u <= 33; u += 8) {
            vm.elevation().mount("nvidia-hgx-h100-8", u);
        }
        RackFigures r = floor().rack("A-01").orElseThrow();
        assertEquals(5 * 10_200, r.itWatts(), 1e-6, "five HGX H100 at 10.2 kW nameplate");
        assertTrue(Overlay.POWER.over(r), "51 kW in a 40 kW rack");
        assertEquals(51.0 / 40, Overlay.POWER.share(r, 40), 1e-9);
        assertFalse(Overlay.POWER.over(floor().rack("A-02").orElseThrow()));
        assertEquals(1.0, Overlay.ACCELERATORS.share(r, floor().mostAccelerators()));
        assertTrue(r.tooltip().startsWith("Rack A-01 · "), r.tooltip());
        assertTrue(r.tooltip().contains("Power 51 kW / 40 kW limit"), r.tooltip());
        assertTrue(r.tooltip().contains("Feeds A/B 25.5 kW each of 40 kW, margin after losing one -11 kW"), r.tooltip());
        assertTrue(r.tooltip().contains("⚠ Rack A-01: 51 kW > 40 kW"), r.tooltip());
    }

    @Test
    void plannedPeakOverlayHoldsThePlannedDrawToTheSmallerOfPowerAndCoolingAndIsUnknownWithoutAPlan() {
        RackFigures planned = new RackFigures("r", "A", 0, 0, "t", "T", CoolingType.AIR, 50_000, 40_000, 35_000, 40_000, 2,
                36_000, 8, 10, 42, "", List.of());
        assertEquals(36_000.0 / 35_000, Overlay.PLANNED_PEAK.share(planned, 8), 1e-12);
        assertTrue(Overlay.PLANNED_PEAK.over(planned), "36 kW planned over a 35 kW cooling limit");
        RackFigures unplanned = new RackFigures("r", "A", 0, 0, "t", "T", CoolingType.AIR, 50_000, 40_000, 35_000, 40_000, 2,
                Double.NaN, 8, 10, 42, "", List.of());
        assertTrue(Double.isNaN(Overlay.PLANNED_PEAK.share(unplanned, 8)));
        assertFalse(Overlay.PLANNED_PEAK.over(unplanned));
    }

    @Test
    void changingTheRackTypeFromTheElevationIsUndoable() {
        vm.click("A-01", false);
        assertTrue(vm.elevation().changeType("rack-dlc-100kw"));
        assertEquals("rack-dlc-100kw", vm.elevation().elevationProperty().get().rackTypeId());
        assertEquals(100_000, floor().rack("A-01").orElseThrow().powerLimitWatts());
        doc.undo();
        assertEquals("rack-air-40kw", vm.elevation().elevationProperty().get().rackTypeId());
    }
}
