package dev.hallplan.app.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.hallplan.app.workspace.ProjectViewModel;
import dev.hallplan.app.workspace.Projects;
import org.junit.jupiter.api.Test;

class ScenarioSettingsViewModelTest {
    private final ProjectViewModel document = new ProjectViewModel();
    private final ScenarioSettingsViewModel vm = new ScenarioSettingsViewModel(document);

    @Test
    void financialFieldsCommitAsOneEditAndBadTextSaysWhichFieldIsWrong() {
        document.open(Projects.twoScenarios(), null, true);
        assertEquals("5", vm.amortisationYearsProperty().get());
        assertEquals("5", vm.maintenancePercentProperty().get());
        vm.amortisationYearsProperty().set("4");
        vm.maintenancePercentProperty().set("3");
        vm.commitFinancials();
        var f = document.scenarioProperty().get().financials();
        assertEquals(4, f.amortisationYears());
        assertEquals(0.03, f.maintenanceShareOfCapexPerYear(), 1e-12);
        assertEquals("Edit financials of A", document.undoNameProperty().get());

        vm.facilityCapexUsdPerWattProperty().set("eleven");
        vm.commitFinancials();
        assertEquals("Facility capex ($/W): 'eleven' is not a number", vm.errorProperty().get());
        assertEquals(11.0, document.scenarioProperty().get().financials().facilityCapexUsdPerWatt());
    }

    @Test
    void weightsListEveryConstraintAndBlankRestoresTheDefault() {
        document.open(Projects.twoScenarios(), null, true);
        assertFalse(vm.weights().isEmpty());
        vm.setWeight("Energy cost", "2.5");
        assertEquals(2.5, document.scenarioProperty().get().constraintWeights().get("Energy cost"));
        WeightRow row = vm.weights().stream().filter(w -> w.constraint().equals("Energy cost")).findFirst().orElseThrow();
        assertEquals(new WeightRow("Energy cost", 2.5, false), row);
        vm.setWeight("Energy cost", " ");
        assertEquals(0, document.scenarioProperty().get().constraintWeights().size());
    }
}
