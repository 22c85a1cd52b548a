package dev.hallplan.catalog.snapshot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The collections of code written by {@link RecordSource}: unmodifiable, in the order given, nulls
 * allowed (unlike {@code List.of}), so a snapshot rebuilds exactly what was written.
 */
public final class SnapshotValues {
    private SnapshotValues() {
    }

    /** The items, in order. */
    @SuppressWarnings("unchecked")
    public static <T> List<T> list(Object... items) {
        return (List<T>) Collections.unmodifiableList(new ArrayList<>(Arrays.asList(items)));
    }

    /** The items, in order. */
    @SuppressWarnings("unchecked")
    public static <T> Set<T> set(Object... items) {
        return (Set<T>) Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(items)));
    }

    /** Keys and values alternating ({@code k1, v1, k2, v2, ...}), in order. */
    @SuppressWarnings("unchecked")
    public static <K, V> Map<K, V> map(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must alternate; got an odd count " + keysAndValues.length);
        }
        Map<Object, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return (Map<K, V>) Collections.unmodifiableMap(m);
    }
}
