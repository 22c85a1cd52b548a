package dev.hallplan.catalog.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a file people wrote as strict UTF-8: a byte that is not valid UTF-8 is a
 * {@link NotUtf8Exception} naming its byte offset and line, never a silent replacement character
 * (what {@code new String(bytes, UTF_8)} does) nor the JDK's bare "Input length = 1". A leading
 * byte order mark is skipped. Used for project files, user catalogs and price lists.
 */
public final class StrictUtf8 {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private StrictUtf8() {
    }

    /** The text of {@code bytes}. */
    public static String decode(byte[] bytes) throws NotUtf8Exception {
        int start = bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2] ? BOM.length : 0;
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
            throw new NotUtf8Exception(offset, lineOf(bytes, offset), bytes[offset] & 0xFF);
        }
        return out.flip().toString();
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

    /** Bytes that are not UTF-8, and where. */
    public static final class NotUtf8Exception extends Exception {
        private static final long serialVersionUID = 1L;

        NotUtf8Exception(int byteOffset, int line, int value) {
            super(String.format("not UTF-8 text: byte 0x%02X at byte offset %d (line %d) is not valid UTF-8", value, byteOffset, line));
        }
    }
}
