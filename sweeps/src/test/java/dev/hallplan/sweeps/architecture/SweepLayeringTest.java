package dev.hallplan.sweeps.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering rules of the design for the sweeps module (the app's LayeringTest cannot see it):
 * nothing below depends on sweeps, Spark stays in the runner, only the command line prints, and
 * like the app and reports, sweeps use the engine's planning use case rather than OptaPlanner.
 */
class SweepLayeringTest {
    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.hallplan");
    }

    @Test
    void nothingBelowDependsOnSweeps() {
        noClasses().that().resideInAnyPackage("dev.hallplan.catalog..", "dev.hallplan.engine..",
                        "dev.hallplan.reports..", "dev.hallplan.samples..")
                .should().dependOnClassesThat().resideInAPackage("dev.hallplan.sweeps..")
                .check(production);
    }

    @Test
    void sparkAppearsOnlyInTheRunnerAndTheCommandLine() {
        noClasses().that().resideInAPackage("dev.hallplan.sweeps..")
                .and().resideOutsideOfPackages("dev.hallplan.sweeps.run..", "dev.hallplan.sweeps.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "scala..")
                .check(production);
    }

    @Test
    void onlyTheSweepCommandLinePrints() {
        noClasses().that().resideInAPackage("dev.hallplan.sweeps..")
                .and().resideOutsideOfPackage("dev.hallplan.sweeps.cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(production);
    }

    @Test
    void sweepsUseNoJavaFxAwtOrOptaPlanner() {
        noClasses().that().resideInAPackage("dev.hallplan.sweeps..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..", "org.optaplanner..")
                .check(production);
    }

    @Test
    void sweepPackagesAreFreeOfCycles() {
        slices().matching("dev.hallplan.sweeps.(**)").should().beFreeOfCycles().check(production);
    }
}
