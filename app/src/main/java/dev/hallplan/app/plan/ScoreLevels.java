package dev.hallplan.app.plan;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The three levels of a solver score as the engine writes it ("0hard/-12000medium/-3400000soft";
 * an initialising score starts with "-3init/"). The app may not use the solver library's score
 * types (layering rule), so the chart reads the levels from this text.
 */
public record ScoreLevels(long hard, long medium, long soft) {
    private static final Pattern SCORE = Pattern.compile("(?:-?\\d+init/)?(-?\\d+)hard/(-?\\d+)medium/(-?\\d+)soft");

    /** The levels of {@code text}; empty when it is not a hard/medium/soft score. */
    public static Optional<ScoreLevels> parse(String text) {
        Matcher m = text == null ? null : SCORE.matcher(text.strip());
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ScoreLevels(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3))));
    }
}
