package dev.hallplan.engine.perf;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Edit distance between ids, for "did you mean" lists in error messages. */
public final class IdDistance {
    private IdDistance() {
    }

    /** Up to {@code n} of {@code known} nearest to {@code id}, nearest first. */
    public static List<String> closest(String id, Collection<String> known, int n) {
        String key = id == null ? "" : id.toLowerCase(Locale.ROOT);
        return known.stream()
                .sorted(Comparator.comparingInt((String k) -> of(key, k)).thenComparing(k -> k))
                .limit(n)
                .toList();
    }

    /** Levenshtein distance, with a containment shortcut so "70b" ranks "llama-3.1-70b" close. */
    static int of(String a, String b) {
        if (b.contains(a) || a.contains(b)) {
            return Math.abs(a.length() - b.length()) / 4;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
