package dev.hallplan.engine.project.file;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps an exception thrown by a record's compact constructor back to the field it is about, so a
 * message such as "feedCapacityWatts must be positive, was -5.0" becomes the problem
 * {@code ...feeds.feedCapacityWatts: must be positive, was -5.0}. When the field cannot be told
 * (the message names none or several), the problem stays on the record with the whole message.
 */
final class ConstructorComplaint {
    private ConstructorComplaint() {
    }

    static ProjectProblem locate(String recordPath, RecordComponent[] comps, Object[] args, Throwable cause) {
        String message = cause.getMessage() == null ? "invalid value" : cause.getMessage();
        for (RecordComponent rc : comps) {
            if (cause instanceof NullPointerException && message.equals(rc.getName())) {
                return new ProjectProblem(JsonPaths.field(recordPath, rc.getName()), "missing required field");
            }
        }
        if (message.contains("characters")) {
            List<String> holding = new ArrayList<>();
            for (int i = 0; i < comps.length; i++) {
                if (breaksSingleLine(args[i])) {
                    holding.add(comps[i].getName());
                }
            }
            if (holding.size() == 1) {
                return new ProjectProblem(JsonPaths.field(recordPath, holding.get(0)), message.substring(Math.max(0, message.indexOf("must "))));
            }
        }
        if (message.contains("blank") || message.contains("required")) {
            List<String> empty = new ArrayList<>();
            for (int i = 0; i < comps.length; i++) {
                if (args[i] == null || args[i] instanceof String s && s.isBlank()) {
                    empty.add(comps[i].getName());
                }
            }
            if (empty.size() == 1) {
                return new ProjectProblem(JsonPaths.field(recordPath, empty.get(0)),
                        args[indexOf(comps, empty.get(0))] == null ? "missing required field" : "must not be blank");
            }
        }
        String named = null;
        int at = -1;
        for (RecordComponent rc : comps) {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(rc.getName()) + "\\b").matcher(message);
            if (m.find()) {
                if (named != null) {
                    return new ProjectProblem(recordPath, message);
                }
                named = rc.getName();
                at = m.end();
            }
        }
        if (named == null) {
            return new ProjectProblem(recordPath, message);
        }
        String rest = message.substring(at).replaceFirst("^[\\s:,]+", "");
        return new ProjectProblem(JsonPaths.field(recordPath, named), rest.isEmpty() ? message : rest);
    }

    /** A text breaking the records' single-line rule: a control character, or longer than 256 characters. */
    private static boolean breaksSingleLine(Object arg) {
        if (arg instanceof String s) {
            return s.length() > 256 || s.chars().anyMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029');
        }
        if (arg instanceof java.util.Collection<?> c) {
            return c.stream().anyMatch(ConstructorComplaint::breaksSingleLine);
        }
        if (arg instanceof java.util.Map<?, ?> m) {
            return m.keySet().stream().anyMatch(ConstructorComplaint::breaksSingleLine);
        }
        return false;
    }

    private static int indexOf(RecordComponent[] comps, String name) {
        for (int i = 0; i < comps.length; i++) {
            if (comps[i].getName().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException(name);
    }
}
