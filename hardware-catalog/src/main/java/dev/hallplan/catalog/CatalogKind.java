package dev.hallplan.catalog;

/** The kinds of entry a catalog holds; {@link #key()} is the JSON array name and the CLI's {@code --kind}. */
public enum CatalogKind {
    ACCELERATOR("accelerator", "accelerators"),
    SERVER("server", "servers"),
    NETWORK("network", "network"),
    STORAGE("storage", "storage"),
    RACK("rack", "racks"),
    COOLING("cooling", "cooling"),
    POWER("power", "power"),
    ENGINE("engine", "engines");

    private final String key;
    private final String jsonArray;

    CatalogKind(String key, String jsonArray) {
        this.key = key;
        this.jsonArray = jsonArray;
    }

    public String key() {
        return key;
    }

    /** Name of the top-level JSON array holding entries of this kind. */
    public String jsonArray() {
        return jsonArray;
    }
}
