package dev.hallplan.app.designer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.app.desktop.Screenshots;
import dev.hallplan.app.testutil.TestEngine;
import dev.hallplan.app.workspace.ProjectViewModel;
import dev.hallplan.app.workspace.Projects;
import dev.hallplan.catalog.Catalog;
import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.project.Project;
import java.util.LinkedHashSet;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.beans.property.SimpleObjectProperty;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The designer through the mouse, as the acceptance list says: add a row, drag a rack type
 * from the catalog list onto a position, drag a server into U 10, see the rack's power bar and the
 * hall total move by the catalog figure, have an overlapping drop refused with a message, undo to
 * the exact project, and move 12 racks in one drag as one undo step. Screenshots: designer-*.
 */
@ExtendWith(ApplicationExtension.class)
class DesignerUiTest {
    private static final Catalog CATALOG = TestEngine.sizing().catalog();
    private final ProjectViewModel doc = new ProjectViewModel();
    private DesignerViewModel vm;
    private DesignerView view;
    private Scene scene;

    @Start
    void start(Stage stage) {
        doc.open(Projects.twoScenarios(), null, true);
        vm = new DesignerViewModel(doc, new SimpleObjectProperty<>(CATALOG), new SimpleObjectProperty<PlanReport>());
        view = new DesignerView(vm);
        scene = new Scene(view, 1500, 940);
        stage.setScene(scene);
        stage.show();
    }

    private Point2D onFloor(int row, int position) {
        double[] c = view.floor().centreOf(row, position);
        return view.floor().localToScreen(c[0], c[1]);
    }

    private Point2D atUnit(int u) {
        ElevationView e = (ElevationView) scene.lookup("#designer-elevation");
        return e.canvas().localToScreen(e.canvas().getWidth() / 2, e.yOfBottom(u) - 2);
    }

    private void dragTo(FxRobot robot, Point2D from, Point2D to) {
        robot.drag(from, MouseButton.PRIMARY).moveBy(6, 6).moveTo(to).drop();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Point2D centreOf(FxRobot robot, String query) {
        var node = robot.lookup(query).query();
        var b = node.localToScreen(node.getBoundsInLocal());
        return new Point2D(b.getMinX() + 20, b.getCenterY());
    }

    @Test
    void addRowPlaceRackMountServerRefuseOverlapUndoAndMoveTwelveRacks(FxRobot robot) throws Exception {
        Project original = doc.projectProperty().get();
        robot.clickOn("#row-id").write("C");
        robot.clickOn("#row-add");
        assertEquals(3, doc.hallProperty().get().rows().size(), "row C added");
        assertEquals("C", doc.hallProperty().get().rows().get(2).id());

        dragTo(robot, centreOf(robot, "#palette-rack-dlc-100kw"), onFloor(2, 0));
        assertEquals("rack-dlc-100kw", doc.hallProperty().get().rack("C-01").orElseThrow().rackTypeId(), vm.messageProperty().get());

        robot.doubleClickOn(onFloor(2, 0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("C-01", vm.elevation().elevationProperty().get().rackId(), "a double-click opens the rack's elevation");
        double hallBefore = vm.snapshotProperty().get().state().itWatts();
        robot.interact(() -> vm.elevation().mount("nvidia-sn5600", 44));
        hallBefore = vm.snapshotProperty().get().state().itWatts();
        double rackBefore = vm.snapshotProperty().get().rack("C-01").orElseThrow().itWatts();
        robot.interact(view::showElevation);
        WaitForAsyncUtils.waitForFxEvents();
        var side = (javafx.scene.control.ScrollPane) scene.lookup("#designer-side");
        dragTo(robot, centreOf(robot, "#palette-nvidia-hgx-h100-8"), atUnit(10));
        double server = CATALOG.server("nvidia-hgx-h100-8").orElseThrow().maxPowerWatts();
        assertEquals("C-01-u10", doc.hallProperty().get().rack("C-01").orElseThrow().equipment().get(0).id(), vm.messageProperty().get());
        assertEquals(rackBefore + server, vm.snapshotProperty().get().rack("C-01").orElseThrow().itWatts(), 1e-6);
        assertEquals(hallBefore + server, vm.snapshotProperty().get().state().itWatts(), 1e-6, "the hall total moves by the server's nameplate");
        Label powerBar = (Label) robot.lookup("#budget-power-nameplate-").lookup(".label").query();
        assertEquals("Power (nameplate): 11.2 kW / 100 kW limit", powerBar.getText(), "10.2 kW server + 1 kW switch");
        Screenshots.save(scene, "designer-elevation");

        dragTo(robot, centreOf(robot, "#palette-nvidia-dgx-b200-8"), atUnit(12));
        assertEquals("U12–U21 overlaps C-01-u10 (nvidia-hgx-h100-8, U10–U17)", robot.lookup("#designer-message").queryAs(Label.class).getText());
        assertEquals(12, vm.elevation().refusalProperty().get().uPosition(), "the refusal is shown where it was dropped");
        Screenshots.save(scene, "designer-refused-drop");

        robot.interact(() -> {
            while (doc.undoNameProperty().get() != null && !doc.undoNameProperty().get().isEmpty()) {
                doc.undo();
            }
        });
        assertEquals(original, doc.projectProperty().get(), "undo restores the project exactly");

        robot.clickOn("#row-id").write("C");
        robot.clickOn("#row-add");
        robot.clickOn("#row-id").write("D");
        robot.clickOn("#row-add");
        Project beforeMove = doc.projectProperty().get();
        Point2D a01 = onFloor(0, 0);
        Point2D a10 = onFloor(0, 9);
        dragTo(robot, new Point2D(a01.getX() - 30, a01.getY() - 30), new Point2D(a10.getX() + 5, a10.getY() + 5));
        assertEquals(10, vm.selectedRacksProperty().get().size(), "the rubber band takes row A");
        robot.press(javafx.scene.input.KeyCode.SHIFT);
        robot.clickOn(onFloor(1, 0)).clickOn(onFloor(1, 1));
        robot.release(javafx.scene.input.KeyCode.SHIFT);
        Set<String> expected = new LinkedHashSet<>();
        for (int i = 1; i <= 10; i++) {
            expected.add(String.format("A-%02d", i));
        }
        expected.add("B-01");
        expected.add("B-02");
        assertEquals(expected, vm.selectedRacksProperty().get());
        dragTo(robot, onFloor(0, 0), onFloor(2, 1));
        assertEquals("Move 12 racks", doc.undoNameProperty().get(), vm.messageProperty().get());
        assertEquals("C", HallEditing.rowOf(doc.hallProperty().get(), "A-01").id());
        Screenshots.save(scene, "designer-moved-twelve");
        robot.interact(doc::undo);
        assertEquals(beforeMove, doc.projectProperty().get(), "one undo step brings all twelve back");

        dragTo(robot, onFloor(1, 2), onFloor(1, 3));
        assertEquals("position 4 of row B is taken by rack B-04", vm.messageProperty().get());
        assertTrue(beforeMove == doc.projectProperty().get());
    }
}
