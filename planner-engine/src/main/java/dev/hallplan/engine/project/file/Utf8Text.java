package dev.hallplan.engine.project.file;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Decodes a project file's bytes as strict UTF-8: a byte that is not valid UTF-8 is a load problem
 * naming its byte offset and line, never a silent replacement character or a bare
 * "Input length = 1". A leading byte order mark is skipped.
 */
final class Utf8Text {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Utf8Text() {
    }

    static String decode(byte[] bytes, String source) throws ProjectLoadException {
        int start = startsWithBom(bytes) ? BOM.length : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            throw new ProjectLoadException(source, List.of(new ProjectProblem(JsonPaths.ROOT, String.format(
                    "not UTF-8 text: byte 0x%02X at byte offset %d (line %d) is not valid UTF-8; "
                            + "project files are UTF-8, save the file with that encoding",
                    bytes[offset] & 0xFF, offset, lineOf(bytes, offset)))));
        }
        return out.flip().toString();
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
