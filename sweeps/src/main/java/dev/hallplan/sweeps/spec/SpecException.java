package dev.hallplan.sweeps.spec;

import java.util.List;

/** A sweep spec that cannot be used: every problem found, each with the JSON path it concerns. */
public final class SpecException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> problems;

    public SpecException(String source, List<String> problems) {
        super(source + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + " in the sweep spec:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem as "path: reason". */
    public List<String> problems() {
        return problems;
    }
}
