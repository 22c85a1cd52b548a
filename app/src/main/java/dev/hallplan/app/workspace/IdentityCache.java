package dev.hallplan.app.workspace;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small least-recently-used map whose keys match by identity, not by {@code equals}: records of
 * a large project compare and hash deeply, and an edited record is a new object anyway.
 */
final class IdentityCache<K, V> {
    private record Identity(Object ref) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity i && i.ref == ref;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(ref);
        }
    }

    private final Map<Identity, V> entries;

    IdentityCache(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Identity, V> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized V get(K key) {
        return entries.get(new Identity(key));
    }

    synchronized void put(K key, V value) {
        entries.put(new Identity(key), value);
    }
}
