package dev.hallplan.app.designer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.app.designer.EquipmentEdits.Mount;
import dev.hallplan.app.testutil.TestEngine;
import dev.hallplan.app.workspace.ProjectViewModel;
import dev.hallplan.app.workspace.Projects;
import dev.hallplan.catalog.Catalog;
import dev.hallplan.engine.project.CatalogCount;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.Plan;
import dev.hallplan.engine.project.PlacedRack;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.ReplicaPlacement;
import dev.hallplan.engine.project.Row;
import dev.hallplan.catalog.Precision;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The designer's edits on the project records, through the document's command stack. */
class DesignerEditsTest {
    private static final Catalog CATALOG = TestEngine.sizing().catalog();
    private final ProjectViewModel doc = new ProjectViewModel();

    DesignerEditsTest() {
        doc.open(Projects.twoScenarios(), null, true);
    }

    private Hall hall() {
        return doc.hallProperty().get();
    }

    private Row row(String id) {
        return HallEditing.row(hall(), id);
    }

    @Test
    void addRowAppendsAnEmptyRowAndUndoRestoresTheProjectExactly() {
        Project before = doc.projectProperty().get();
        doc.apply(RowEdits.addRow("A", "hall-1", "C", 16, 0.6, List.of(new CatalogCount("crah-150kw", 2))));
        assertEquals(List.of("A", "B", "C"), hall().rows().stream().map(Row::id).toList());
        assertEquals(16, row("C").positions());
        assertEquals("Add row C", doc.undoNameProperty().get());
        doc.undo();
        assertEquals(before, doc.projectProperty().get());
        assertSame(before, doc.projectProperty().get(), "undo gives back the very record");
    }

    @Test
    void addRowRefusesADuplicateIdAndChangesNothing() {
        Project before = doc.projectProperty().get();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> doc.apply(RowEdits.addRow("A", "hall-1", "B", 4, 0.6, List.of())));
        assertEquals("hall hall-1 already has a row B", e.getMessage());
        assertSame(before, doc.projectProperty().get());
    }

    @Test
    void renameAndDeleteRowAreEachOneStep() {
        doc.apply(RowEdits.renameRow("A", "hall-1", "B", "B2"));
        assertEquals(List.of("A", "B2"), hall().rows().stream().map(Row::id).toList());
        assertEquals("B-01", row("B2").racks().get(0).id(), "the racks keep their ids");
        doc.apply(RowEdits.deleteRow("A", "hall-1", "A"));
        assertEquals(8, hall().racks().count());
        doc.undo();
        doc.undo();
        assertEquals(Projects.twoScenarios(), doc.projectProperty().get());
    }

    @Test
    void placeRackTakesAFreePositionAndRefusesATakenOneWithTheReason() {
        doc.apply(RackEdits.placeRack("A", "hall-1", "B", 10, "rack-dlc-100kw", CATALOG));
        PlacedRack placed = HallEditing.at(row("B"), 10);
        assertEquals("B-11", placed.id());
        assertEquals(100_000, placed.feeds().feedCapacityWatts(), "a new rack's feeds are sized to its type's limit");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> doc.apply(RackEdits.placeRack("A", "hall-1", "B", 2, "rack-dlc-100kw", CATALOG)));
        assertEquals("position 3 of row B is taken by rack B-03", e.getMessage());
    }

    @Test
    void movingTwelveRacksIsOneUndoStep() {
        doc.apply(RowEdits.addRow("A", "hall-1", "C", 12, 0.6, List.of()));
        doc.apply(RowEdits.addRow("A", "hall-1", "D", 12, 0.6, List.of()));
        Project before = doc.projectProperty().get();
        List<String> twelve = hall().rows().get(0).racks().stream().map(PlacedRack::id).toList().subList(0, 10);
        List<String> moving = new java.util.ArrayList<>(twelve);
        moving.add("B-01");
        moving.add("B-02");
        doc.apply(RackEdits.moveRacks("A", "hall-1", moving, 2, 2));
        assertEquals("Move 12 racks", doc.undoNameProperty().get());
        assertEquals(2, HallEditing.rack(hall(), "A-01").position());
        assertEquals("C", HallEditing.rowOf(hall(), "A-01").id());
        assertEquals("D", HallEditing.rowOf(hall(), "B-01").id());
        assertEquals(18, hall().racks().count(), "no rack lost or doubled");
        doc.undo();
        assertEquals(before, doc.projectProperty().get(), "one undo brings all twelve back");
    }

    @Test
    void aMoveOntoARackThatStaysOrBeyondTheRowIsRefused() {
        Project before = doc.projectProperty().get();
        assertEquals("position 2 of row A is taken by rack A-02",
                assertThrows(IllegalArgumentException.class, () -> doc.apply(RackEdits.moveRacks("A", "hall-1", List.of("A-01"), 0, 1))).getMessage());
        assertEquals("rack A-10 would stand beyond row A (positions 1–12)",
                assertThrows(IllegalArgumentException.class, () -> doc.apply(RackEdits.moveRacks("A", "hall-1", List.of("A-10"), 0, 3))).getMessage());
        assertSame(before, doc.projectProperty().get());
        doc.apply(RackEdits.moveRacks("A", "hall-1", List.of("A-09", "A-10"), 0, 1));
        assertEquals(List.of(10, 9), List.of(HallEditing.rack(hall(), "A-10").position(), HallEditing.rack(hall(), "A-09").position()),
                "a rack may move onto a place another moving rack leaves");
    }

    @Test
    void copyGivesFreshIdsToRacksAndEquipment() {
        doc.apply(EquipmentEdits.mount("A", "hall-1", new Mount("A-01", "nvidia-hgx-h100-8", 10), CATALOG));
        doc.apply(RackEdits.copyRacks("A", "hall-1", List.of("A-01"), 1, 9));
        PlacedRack copy = HallEditing.at(row("B"), 9);
        assertEquals("B-10", copy.id());
        assertEquals("B-10-u10", copy.equipment().get(0).id());
        assertEquals("nvidia-hgx-h100-8", copy.equipment().get(0).catalogId());
        assertEquals(1, HallEditing.rack(hall(), "A-01").equipment().size(), "the original stays");
    }

    @Test
    void deleteRacksDropsPlanReplicasOnTheirServers() {
        doc.apply(EquipmentEdits.mount("A", "hall-1", new Mount("A-01", "nvidia-hgx-h100-8", 10), CATALOG));
        ReplicaPlacement replica = new ReplicaPlacement("r1", "w", "m", "hall-1", "A-01-u10", 8, Precision.FP8, 8, 16);
        var s = doc.scenarioProperty().get();
        doc.apply(dev.hallplan.app.workspace.ProjectEdit.of("plan", p -> p.withScenario(s.withPlan(new Plan("manual", "", List.of(replica))))));
        doc.apply(RackEdits.deleteRacks("A", "hall-1", List.of("A-01", "A-02")));
        assertEquals("Delete 2 racks", doc.undoNameProperty().get());
        assertTrue(doc.scenarioProperty().get().plan().replicas().isEmpty(), "no replica names a server that is gone");
        doc.undo();
        assertEquals(List.of(replica), doc.scenarioProperty().get().plan().replicas());
    }

    @Test
    void fillRowPlacesTheTypeOnEveryFreePosition() {
        doc.apply(RowEdits.fillRow("A", "hall-1", "B", "rack-rdhx-50kw", CATALOG));
        assertEquals(12, row("B").racks().size());
        assertEquals(List.of("rack-rdhx-50kw", "rack-rdhx-50kw", "rack-rdhx-50kw", "rack-rdhx-50kw"),
                row("B").racks().subList(8, 12).stream().map(PlacedRack::rackTypeId).toList());
        assertEquals("row B has no free position",
                assertThrows(IllegalArgumentException.class, () -> doc.apply(RowEdits.fillRow("A", "hall-1", "B", "rack-air-40kw", CATALOG))).getMessage());
    }

    @Test
    void changeRackTypeFollowsDefaultFeedsAndRefusesEquipmentAboveTheNewHeight() {
        doc.apply(RackEdits.changeRackType("A", "hall-1", "A-01", "rack-dlc-100kw", CATALOG));
        PlacedRack changed = HallEditing.rack(hall(), "A-01");
        assertEquals("rack-dlc-100kw", changed.rackTypeId());
        assertEquals(100_000, changed.feeds().feedCapacityWatts());
        doc.apply(EquipmentEdits.mount("A", "hall-1", new Mount("A-01", "nvidia-hgx-h100-8", 40), CATALOG));
        assertEquals("A-01-u40 reaches U47, above rack-air-25kw's 42 U",
                assertThrows(IllegalArgumentException.class,
                        () -> doc.apply(RackEdits.changeRackType("A", "hall-1", "A-01", "rack-air-25kw", CATALOG))).getMessage());
    }

    @Test
    void mountRefusesOverlapsAndPositionsBeyondTheRack() {
        doc.apply(EquipmentEdits.mount("A", "hall-1", new Mount("A-01", "nvidia-hgx-h100-8", 10), CATALOG));
        assertEquals("U14–U21 overlaps A-01-u10 (nvidia-hgx-h100-8, U10–U17)", assertThrows(IllegalArgumentException.class,
                () -> doc.apply(EquipmentEdits.mount("A", "hall-1", new Mount("A-01", "nvidia-hgx-h100-8", 14), CATALOG))).getMessage());
        assertEquals("nvidia-hgx-h100-8 (8 U) at U45 reaches U52, beyond rack A-01's 48 U", assertThrows(IllegalArgumentException.class,
                () -> doc.apply(EquipmentEdits.mount("A", "hall-1", new Mount("A-01", "nvidia-hgx-h100-8", 45), CATALOG))).getMessage());
        doc.apply(EquipmentEdits.move("A", "hall-1", "A-01", "A-01-u10", 12, CATALOG));
        assertEquals(12, HallEditing.rack(hall(), "A-01").equipment().get(0).uPosition(), "a device may move over its own old place");
        doc.apply(EquipmentEdits.remove("A", "hall-1", "A-01", "A-01-u10"));
        assertTrue(HallEditing.rack(hall(), "A-01").equipment().isEmpty());
        doc.undo();
        doc.undo();
        doc.undo();
        assertEquals(Projects.twoScenarios(), doc.projectProperty().get());
    }

    @Test
    void mountAllIsOneStepAndChecksEachAgainstTheOnesBefore() {
        Project before = doc.projectProperty().get();
        assertThrows(IllegalArgumentException.class, () -> doc.apply(EquipmentEdits.mountAll("Place 2", "A", "hall-1",
                List.of(new Mount("A-01", "nvidia-hgx-h100-8", 1), new Mount("A-01", "nvidia-hgx-h100-8", 5)), CATALOG)));
        assertSame(before, doc.projectProperty().get());
        doc.apply(EquipmentEdits.mountAll("Place 2", "A", "hall-1",
                List.of(new Mount("A-01", "nvidia-hgx-h100-8", 1), new Mount("A-02", "nvidia-hgx-h100-8", 1)), CATALOG));
        assertEquals(2, hall().racks().mapToInt(r -> r.equipment().size()).sum());
        doc.undo();
        assertEquals(before, doc.projectProperty().get());
    }
}
