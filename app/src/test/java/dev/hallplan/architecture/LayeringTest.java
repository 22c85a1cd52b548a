package dev.hallplan.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering rules of docs/architecture.md: who may use JavaFX, AWT/Swing and the console, and no package cycles. */
class LayeringTest {
    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.hallplan");
    }

    @Test
    void javaFxAppearsOnlyInTheApp() {
        noClasses().that().resideOutsideOfPackage("dev.hallplan.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(production);
    }

    @Test
    void awtAndSwingAppearOnlyInReportsAndTheApp() {
        noClasses().that().resideOutsideOfPackages("dev.hallplan.reports..", "dev.hallplan.app..")
                .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..")
                .check(production);
    }

    @Test
    void onlyTheCommandLinePrintsToTheConsole() {
        noClasses().that().resideOutsideOfPackage("dev.hallplan.app.cli..")
                .and().doNotHaveFullyQualifiedName("dev.hallplan.app.Main")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(production);
    }

    @Test
    void catalogAndEngineNeverReachUpTheLayers() {
        noClasses().that().resideInAnyPackage("dev.hallplan.catalog..", "dev.hallplan.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.hallplan.reports..", "dev.hallplan.app..",
                        "dev.hallplan.samples..")
                .check(production);
        noClasses().that().resideInAPackage("dev.hallplan.catalog..")
                .should().dependOnClassesThat().resideInAPackage("dev.hallplan.engine..")
                .check(production);
    }

    @Test
    void theAppTalksToTheSolverServiceNotToOptaPlanner() {
        noClasses().that().resideInAnyPackage("dev.hallplan.app..", "dev.hallplan.reports..")
                .should().dependOnClassesThat().resideInAnyPackage("org.optaplanner..")
                .check(production);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("dev.hallplan.(**)").should().beFreeOfCycles().check(production);
    }

    @Test
    void viewModelsUseJavaFxBeansAndCollectionsButNoScene() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(production);
    }
}
