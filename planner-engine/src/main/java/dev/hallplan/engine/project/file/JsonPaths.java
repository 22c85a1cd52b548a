package dev.hallplan.engine.project.file;

/** Builds JSON paths in the {@code $.a.b[2].c} notation used by {@link ProjectProblem}. */
final class JsonPaths {
    static final String ROOT = "$";

    private JsonPaths() {
    }

    private static final java.util.regex.Pattern PLAIN = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    static String field(String parent, String name) {
        return isIdentifier(name) ? parent + "." + name : parent + "['" + name.replace("'", "\\'") + "']";
    }

    /** {@code [A-Za-z_][A-Za-z0-9_]*}, by hand: this runs for every field of a project file (no regex per call). */
    static boolean isIdentifier(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
            if (!letter && (i == 0 || c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    static String index(String parent, int i) {
        return parent + "[" + i + "]";
    }
}
