package dev.hallplan.app.services;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The platform's file choosers, filtered to the kinds of file HallPlan reads and writes. */
public interface FileDialogs {
    /** What a chooser looks for, with its file name patterns. */
    enum Kind {
        PROJECT("HallPlan project", List.of("*.hallplan.json")),
        WORKBOOK("Excel workbook", List.of("*.xlsx")),
        PDF("PDF report", List.of("*.pdf")),
        COMPARISON("Comparison workbook or PDF", List.of("*.xlsx", "*.pdf")),
        HOURLY_CSV("Hourly values (CSV, one column, 8760 rows)", List.of("*.csv"));

        private final String description;
        private final List<String> patterns;

        Kind(String description, List<String> patterns) {
            this.description = description;
            this.patterns = patterns;
        }

        public String description() {
            return description;
        }

        public List<String> patterns() {
            return patterns;
        }
    }

    /**
     * Lets the user pick an existing project file.
     *
     * @param directory where the chooser starts; nullable (the platform's default)
     */
    Optional<Path> chooseProjectToOpen(Path directory);

    /**
     * Lets the user pick an existing file of {@code kind} to read (e.g. an hourly profile).
     *
     * @param directory where the chooser starts; nullable
     */
    Optional<Path> chooseFileToOpen(Kind kind, Path directory);

    /**
     * Lets the user pick where to write a file of {@code kind}.
     *
     * @param directory     where the chooser starts; nullable
     * @param suggestedName the file name proposed
     */
    Optional<Path> chooseSaveTarget(Kind kind, Path directory, String suggestedName);
}
