package dev.hallplan.engine.energy;

import java.util.List;

/**
 * An hourly profile could not be imported. {@link #problems()} lists every problem found, each
 * naming its line; the message shows the first ones.
 */
public final class ProfileImportException extends Exception {
    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 10;
    private final transient List<String> problems;

    public ProfileImportException(String source, List<String> problems) {
        super(message(source, problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in file order, e.g. "line 12: 'abc' is not a number". */
    public List<String> problems() {
        return problems;
    }

    private static String message(String source, List<String> problems) {
        StringBuilder b = new StringBuilder(source).append(": ").append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems");
        problems.stream().limit(SHOWN).forEach(p -> b.append("\n  ").append(p));
        if (problems.size() > SHOWN) {
            b.append("\n  ... and ").append(problems.size() - SHOWN).append(" more");
        }
        return b.toString();
    }
}
