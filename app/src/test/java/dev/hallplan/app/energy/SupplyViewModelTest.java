package dev.hallplan.app.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.app.testutil.StubFileDialogs;
import dev.hallplan.app.workspace.BackgroundTasks;
import dev.hallplan.app.workspace.ProjectViewModel;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.supply.EnergySupply;
import dev.hallplan.engine.supply.RenewableSource;
import dev.hallplan.samples.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupplyViewModelTest {
    @TempDir
    Path dir;
    private final ProjectViewModel document = new ProjectViewModel();
    private final StubFileDialogs files = new StubFileDialogs();
    private final SupplyViewModel vm = new SupplyViewModel(document, files, new BackgroundTasks(Runnable::run, Runnable::run));
    private Project original;

    @BeforeEach
    void open() {
        original = Samples.load("default");
        document.open(original, null, true);
    }

    private EnergySupply supply() {
        return document.hallProperty().get().supply();
    }

    /** Runs {@code edit}, checks it took as one step named {@code undoName}, undoes it and checks the project is the original again. */
    private void editThenUndo(String undoName, BooleanSupplier edit) {
        assertTrue(edit.getAsBoolean(), vm.errorProperty().get());
        assertEquals(undoName, document.undoNameProperty().get());
        assertFalse(original.equals(document.projectProperty().get()), "the edit changed the project");
        document.undo();
        assertEquals(original, document.projectProperty().get(), "undo gives back an equal project");
        assertSame(original.scenarios().get(0).halls().get(0).supply(), supply(), "and the very supply record");
        assertEquals(original.scenarios().get(0).halls().get(0).supply(), vm.supplyProperty().get());
    }

    @Test
    void everySupplyEditIsOneStepThatUndoesToAnEqualRecord() {
        String hall = document.hallProperty().get().id();
        editThenUndo("Set grid supply of hall " + hall, () -> vm.setGrid("12.5", "3", "250"));
        editThenUndo("Set tariff of hall " + hall, () -> vm.setTariff("60", "140", "17", "21", "12"));
        editThenUndo("Set battery of hall " + hall, () -> vm.setBattery("40", "10", "88", "12"));
        editThenUndo("Add renewable solar-2 of hall " + hall, () -> vm.putRenewable(null, new RenewableForm("solar-2",
                RenewableSource.RenewableKind.SOLAR, "50", "39", "21", "32", true)));
        editThenUndo("Remove renewable wind-ppa of hall " + hall, () -> vm.removeRenewable("wind-ppa"));
        editThenUndo("Edit renewable solar-ppa of hall " + hall, () -> vm.putRenewable("solar-ppa", new RenewableForm("solar-ppa",
                RenewableSource.RenewableKind.SOLAR, "2", "39", "19", "35", false)));
    }

    @Test
    void editsSetWhatWasTypedInSiUnits() {
        assertTrue(vm.setGrid("12.5", "3", "250"));
        assertEquals(12.5e6, supply().gridTieInWatts());
        assertEquals(3e6, supply().firmSupplyWatts());
        assertEquals(250, supply().gridCarbonGramsPerKwh().at(4000));
        assertTrue(vm.setTariff("60", "140", "17", "21", "12"));
        // time of use: 140 $/MWh from 17:00 up to 21:00, 60 the rest of the day, every day
        assertEquals(140, supply().tariff().energyUsdPerMwh().at(24 * 100 + 18));
        assertEquals(60, supply().tariff().energyUsdPerMwh().at(24 * 100 + 21));
        assertEquals(12, supply().tariff().demandChargeUsdPerKwMonth());
        assertTrue(vm.setBattery("40", "10", "88", "12"));
        assertEquals(40 * 3.6e9, supply().battery().energyCapacityJoules(), 1e-3);
        assertEquals(0.88, supply().battery().roundTripEfficiency(), 1e-12);
        assertEquals(12e6, supply().battery().priceUsd(), 1e-6);
        assertTrue(vm.setBattery("", "", "", ""));
        assertNull(supply().battery());
    }

    @Test
    void refusedValuesChangeNothingAndSayWhatAndWhere() {
        assertFalse(vm.setGrid("abc", "0", "300"));
        assertEquals("Grid tie-in (MW): 'abc' is not a number", vm.errorProperty().get());
        assertFalse(vm.setGrid("-5", "0", "300"));
        assertTrue(vm.errorProperty().get().contains("gridTieInWatts must not be negative"), vm.errorProperty().get());
        assertFalse(vm.setBattery("40", "10", "140", "0"));
        assertTrue(vm.errorProperty().get().contains("roundTripEfficiency must be within (0, 1]"), vm.errorProperty().get());
        assertFalse(vm.putRenewable(null, new RenewableForm("wind-ppa", RenewableSource.RenewableKind.WIND, "5", "39", "30", "30", false)));
        assertTrue(vm.errorProperty().get().contains("already has a renewable source wind-ppa"), vm.errorProperty().get());
        assertFalse(vm.setTariff("60", "140", "21", "17", "0"));
        assertEquals("Peak hours: 'from' (21) must come before 'to' (17)", vm.errorProperty().get());
        assertEquals(original, document.projectProperty().get());
        assertEquals("", document.undoNameProperty().get());
    }

    @Test
    void aBadCsvProfileIsRefusedWithItsLineNumbers() throws Exception {
        Path csv = dir.resolve("solar.csv");
        StringBuilder s = new StringBuilder("capacity factor\n0.1\nabc\n");
        Files.writeString(csv, s.toString());
        files.choices.add(csv);
        assertFalse(vm.importRenewableProfile("solar-ppa").join());
        String error = vm.errorProperty().get();
        assertTrue(error.contains("line 3: 'abc' is not a number"), error);
        assertTrue(error.contains("expected 8760 hourly values, found 2"), error);
        assertEquals(original, document.projectProperty().get());
    }

    @Test
    void aGoodCsvProfileBecomesTheSourcesYearAndSyntheticTakesItBack() throws Exception {
        Path csv = dir.resolve("solar.csv");
        Files.write(csv, Collections.nCopies(8760, "0.25"));
        files.choices.add(csv);
        assertTrue(vm.importRenewableProfile("solar-ppa").join(), vm.errorProperty().get());
        RenewableSource solar = vm.renewables().stream().filter(r -> r.id().equals("solar-ppa")).findFirst().orElseThrow();
        assertEquals(8760, solar.hourlyCapacityFactors().length());
        assertEquals(0.25, solar.hourlyCapacityFactors().at(5000));
        assertTrue(vm.useSyntheticProfile("solar-ppa"));
        assertNull(vm.renewables().stream().filter(r -> r.id().equals("solar-ppa")).findFirst().orElseThrow().hourlyCapacityFactors());
        document.undo();
        document.undo();
        assertEquals(original, document.projectProperty().get());
    }

    @Test
    void capacityFactorsAboveOneAreRefusedByTheSource() throws Exception {
        Path csv = dir.resolve("mw.csv");
        Files.write(csv, Collections.nCopies(8760, "120"));
        files.choices.add(csv);
        assertFalse(vm.importRenewableProfile("solar-ppa").join());
        assertEquals("solar-ppa: hourly capacity factors must be within 0..1", vm.errorProperty().get());
    }
}
