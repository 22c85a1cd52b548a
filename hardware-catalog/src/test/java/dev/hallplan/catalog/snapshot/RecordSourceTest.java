package dev.hallplan.catalog.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class RecordSourceTest {
    public enum Kind { LIQUID, AIR }

    public record Inner(String label, Kind kind) {
    }

    public record Sample(String text, double x, Double boxed, float f, long big, int small, boolean flag,
                         List<String> items, Map<String, Inner> byName, Set<Kind> kinds, LocalDate day, List<Inner> empty) {
    }

    @Test
    void writtenSourceCompilesAndRebuildsAnEqualRecordWithOrderNullsAndOddValues(@TempDir Path dir) throws Exception {
        Map<String, Inner> byName = new LinkedHashMap<>();
        byName.put("zeta \"quoted\"", new Inner("line\nbreak\ttab\\", Kind.AIR));
        byName.put("alpha", null);
        byName.put("Ω µ €", new Inner(null, Kind.LIQUID));
        List<String> items = new ArrayList<>(Arrays.asList("b", null, "a", "\u0001\u007f\u2028"));
        Sample value = new Sample("*/ \"end\" \\u000a", -0.0, null, 1.5e-7f, Long.MIN_VALUE, Integer.MIN_VALUE, true,
                items, byName, new LinkedHashSet<>(List.of(Kind.LIQUID, Kind.AIR)), LocalDate.of(2026, 2, 28), List.of());
        Sample again = (Sample) evaluate(dir, RecordSource.expression(value));
        assertEquals(value, again);
        assertEquals(List.copyOf(byName.keySet()), List.copyOf(again.byName().keySet()), "map order kept");
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(again.x()), "negative zero kept");
    }

    @Test
    void doublesAreExactIncludingNonFiniteOnes(@TempDir Path dir) throws Exception {
        List<Double> values = Arrays.asList(0.1 + 0.2, Double.MIN_VALUE, Double.MAX_VALUE, 1e308 * 10, -1e308 * 10, Double.NaN, 3.0e-9);
        @SuppressWarnings("unchecked")
        List<Double> again = (List<Double>) evaluate(dir, RecordSource.expression(values));
        assertEquals(values, again);
    }

    @Test
    void unknownTypesAreRefusedWithTheirName() {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> RecordSource.expression(List.of(new StringBuilder("x"))));
        assertTrue(ex.getMessage().contains("java.lang.StringBuilder"), ex.getMessage());
    }

    @Test
    void stringLiteralsNeverUseUnicodeEscapesForLineBreaksOrQuotes() {
        assertEquals("\"a\\nb\\\"c\\\\d\\001\\u00e9\"", RecordSource.stringLiteral("a\nb\"c\\d\u0001é"));
    }

    /** Compiles {@code expression} as the body of a static method and returns its value. */
    private static Object evaluate(Path dir, String expression) throws Exception {
        Path source = dir.resolve("gen/Snapshot.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "package gen;\npublic final class Snapshot {\n    public static Object value() {\n        return "
                + expression + ";\n    }\n}\n");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, null, "-classpath", System.getProperty("java.class.path"), "-d", dir.toString(),
                source.toString());
        assertEquals(0, status, "generated source compiles: " + Files.readString(source));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, RecordSourceTest.class.getClassLoader())) {
            return loader.loadClass("gen.Snapshot").getMethod("value").invoke(null);
        }
    }
}
