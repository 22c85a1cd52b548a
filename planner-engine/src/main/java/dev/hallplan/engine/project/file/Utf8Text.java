package dev.hallplan.engine.project.file;

import dev.hallplan.catalog.io.StrictUtf8;
import java.util.List;

/** A project file's bytes as strict UTF-8 ({@link StrictUtf8}); bytes that are not are a load problem at {@code $}. */
final class Utf8Text {
    private Utf8Text() {
    }

    static String decode(byte[] bytes, String source) throws ProjectLoadException {
        try {
            return StrictUtf8.decode(bytes);
        } catch (StrictUtf8.NotUtf8Exception ex) {
            throw new ProjectLoadException(source, List.of(new ProjectProblem(JsonPaths.ROOT,
                    ex.getMessage() + "; project files are UTF-8, save the file with that encoding")));
        }
    }
}
