package dev.hallplan.engine.project.file;

/** Builds JSON paths in the {@code $.a.b[2].c} notation used by {@link ProjectProblem}. */
final class JsonPaths {
    static final String ROOT = "$";

    private JsonPaths() {
    }

    private static final java.util.regex.Pattern PLAIN = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    static String field(String parent, String name) {
        return PLAIN.matcher(name).matches() ? parent + "." + name : parent + "['" + name.replace("'", "\\'") + "']";
    }

    static String index(String parent, int i) {
        return parent + "[" + i + "]";
    }
}
