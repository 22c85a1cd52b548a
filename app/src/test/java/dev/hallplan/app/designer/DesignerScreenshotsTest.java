package dev.hallplan.app.designer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.app.desktop.Screenshots;
import dev.hallplan.app.plan.EnginePlanning;
import dev.hallplan.app.testutil.TestEngine;
import dev.hallplan.app.workspace.ProjectViewModel;
import dev.hallplan.catalog.Catalog;
import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.project.Project;
import dev.hallplan.samples.HallGenerator;
import dev.hallplan.samples.Samples;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The floor of a planned sample under each overlay, and the generated 2,000-rack hall zoomed out
 * and in (with culling: zoomed in, only the racks in view are drawn). Screenshots: designer-overlay-*,
 * designer-2000-racks-*.
 */
@ExtendWith(ApplicationExtension.class)
class DesignerScreenshotsTest {
    private static final Catalog CATALOG = TestEngine.sizing().catalog();
    private final ProjectViewModel doc = new ProjectViewModel();
    private final SimpleObjectProperty<PlanReport> report = new SimpleObjectProperty<>();
    private DesignerViewModel vm;
    private DesignerView view;
    private Scene scene;

    @Start
    void start(Stage stage) {
        vm = new DesignerViewModel(doc, new SimpleObjectProperty<>(CATALOG), report);
        view = new DesignerView(vm);
        scene = new Scene(view, 1500, 940);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void eachOverlayOfAPlannedSample(FxRobot robot) throws Exception {
        Project sample = Samples.load("public-llm-api");
        PlanReport planned;
        try (EnginePlanning planning = new EnginePlanning(TestEngine::sizing)) {
            planned = planning.report(sample, sample.scenarios().get(0));
        }
        robot.interact(() -> {
            doc.open(sample, null, true);
            report.set(planned);
        });
        robot.interact(() -> {
            for (RackFigures r : vm.snapshotProperty().get().racks()) {
                vm.click(r.rackId(), false);
                if (r.itWatts() > 15_000 && vm.elevation().changeType("rack-air-15kw")) {
                    return;
                }
            }
        });
        String overloaded = vm.selectedRacksProperty().get().iterator().next();
        assertTrue(Overlay.POWER.over(vm.snapshotProperty().get().rack(overloaded).orElseThrow()),
                "a loaded rack changed to a 15 kW type is over its limit");
        for (Overlay overlay : Overlay.values()) {
            robot.interact(() -> vm.overlayProperty().set(overlay));
            WaitForAsyncUtils.waitForFxEvents();
            Screenshots.save(scene, "designer-overlay-" + overlay.name().toLowerCase().replace('_', '-'));
        }
        assertTrue(vm.snapshotProperty().get().racks().stream().anyMatch(r -> !Double.isNaN(r.plannedPeakWatts())),
                "the planned peak comes from the plan report");
    }

    @Test
    void findSpaceListsRacksBestFirstAndPlacesThemAsOneCommand(FxRobot robot) throws Exception {
        Project sample = Samples.load("public-llm-api");
        robot.interact(() -> doc.open(sample, null, true));
        robot.interact(() -> vm.findSpace().find("nvidia-hgx-h100-8", 6));
        var found = vm.findSpace().foundProperty().get();
        assertEquals(6, found.stream().mapToInt(o -> o.fits()).sum(), vm.messageProperty().get());
        robot.interact(() -> vm.select(java.util.Set.of(found.get(0).rackId())));
        Screenshots.save(scene, "designer-find-space");
        var stateBefore = vm.snapshotProperty().get().state();
        assertEquals(java.util.List.of(), stateBefore.violations());
        robot.interact(() -> assertTrue(vm.findSpace().place(), vm.messageProperty().get()));
        assertEquals("Place 6 × nvidia-hgx-h100-8", doc.undoNameProperty().get());
        var stateAfter = vm.snapshotProperty().get().state();
        double servers = 6 * CATALOG.server("nvidia-hgx-h100-8").orElseThrow().maxPowerWatts();
        double racksBefore = stateBefore.racks().stream().mapToDouble(r -> r.itWatts()).sum();
        double racksAfter = stateAfter.racks().stream().mapToDouble(r -> r.itWatts()).sum();
        assertEquals(racksBefore + servers, racksAfter, 1e-3, "the racks carry six more servers at nameplate");
        assertEquals(stateBefore.itWatts() + servers + stateAfter.fabricWatts() - stateBefore.fabricWatts(), stateAfter.itWatts(), 1e-3,
                "the hall adds them and the larger sized fabric for their NICs");
        assertEquals(java.util.List.of(), stateAfter.violations(), "placed within every limit");
        robot.interact(doc::undo);
        assertEquals(sample, doc.projectProperty().get());
    }

    @Test
    void theGenerated2000RackHallZoomedOutAndIn(FxRobot robot) throws Exception {
        Project big = new HallGenerator(TestEngine.sizing()).generate(64_000, 7);
        robot.interact(() -> doc.open(big, null, true));
        assertEquals(2000, vm.snapshotProperty().get().racks().size());
        robot.interact(() -> view.floor().fit());
        assertEquals(2000, view.floor().drawnRacks(), "zoomed out, every rack is in view");
        Screenshots.save(scene, "designer-2000-racks-zoomed-out");
        robot.interact(() -> {
            double[] c = view.floor().centreOf(60, 8);
            view.floor().zoomAt(12, c[0], c[1]);
        });
        int drawn = view.floor().drawnRacks();
        assertTrue(drawn > 0 && drawn < 400, "zoomed in, only the racks in view are drawn: " + drawn);
        Screenshots.save(scene, "designer-2000-racks-zoomed-in");
    }
}
