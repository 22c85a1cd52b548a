package dev.hallplan.engine.project.file;

/** Builds JSON paths in the {@code $.a.b[2].c} notation used by {@link ProjectProblem}. */
final class JsonPaths {
    static final String ROOT = "$";

    private JsonPaths() {
    }

    static String field(String parent, String name) {
        return name.matches("[A-Za-z_][A-Za-z0-9_]*") ? parent + "." + name : parent + "['" + name.replace("'", "\\'") + "']";
    }

    static String index(String parent, int i) {
        return parent + "[" + i + "]";
    }
}
