package dev.hallplan.app.cli;

import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.project.file.ProjectLoadException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the export and compare commands get their planned scenarios from: load the project file,
 * solve and simulate the scenarios that have no plan yet, and build their {@link PlanReport}s.
 * The commands only format what this returns.
 */
@FunctionalInterface
public interface PlanReportSource {
    /**
     * The reports of the named scenarios of {@code projectFile}, in the order asked; every
     * scenario in file order when {@code scenarioNames} is empty.
     *
     * @throws IllegalArgumentException when a named scenario does not exist
     * @throws IOException              when the file cannot be read
     * @throws ProjectLoadException      when the file is not a valid project (every problem listed)
     */
    List<PlanReport> load(Path projectFile, List<String> scenarioNames) throws IOException, ProjectLoadException;
}
