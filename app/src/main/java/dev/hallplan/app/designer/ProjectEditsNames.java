package dev.hallplan.app.designer;

/** Checks of the ids a user types for rows and racks. */
final class ProjectEditsNames {
    private ProjectEditsNames() {
    }

    /** {@code id} stripped; refuses a blank one or one with spaces (ids appear in messages and files). */
    static String requireId(String id, String what) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a " + what + " id must not be blank");
        }
        String s = id.strip();
        if (s.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("a " + what + " id must not contain spaces, was '" + s + "'");
        }
        return s;
    }
}
