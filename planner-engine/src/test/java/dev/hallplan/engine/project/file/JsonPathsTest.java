package dev.hallplan.engine.project.file;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonPathsTest {
    @Test
    void identifiersUseDotsAndOtherKeysAreQuoted() {
        assertEquals("$.halls", JsonPaths.field("$", "halls"));
        assertEquals("$._x9", JsonPaths.field("$", "_x9"));
        assertEquals("$['9lives']", JsonPaths.field("$", "9lives"), "a leading digit is no identifier");
        assertEquals("$['eu-west']", JsonPaths.field("$", "eu-west"));
        assertEquals("$['']", JsonPaths.field("$", ""));
        assertEquals("$['it\\'s']", JsonPaths.field("$", "it's"));
        assertEquals("$['é']", JsonPaths.field("$", "é"), "only ASCII letters, as the old regex");
    }
}
