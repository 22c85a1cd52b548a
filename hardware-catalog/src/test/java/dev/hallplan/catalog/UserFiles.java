package dev.hallplan.catalog;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Test user catalogs in src/test/resources/dev/hallplan/catalog/user. */
final class UserFiles {
    private UserFiles() {
    }

    static Path path(String name) {
        try {
            return Path.of(UserFiles.class.getResource("user/" + name).toURI());
        } catch (URISyntaxException | NullPointerException ex) {
            throw new IllegalStateException("test resource missing: user/" + name, ex);
        }
    }
}
