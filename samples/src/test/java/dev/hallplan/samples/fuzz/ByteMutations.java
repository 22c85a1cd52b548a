package dev.hallplan.samples.fuzz;

import java.io.ByteArrayOutputStream;
import java.util.SplittableRandom;

/**
 * Byte-level damage to a file, as disks, mail clients and careless editors do it: a flipped bit,
 * a byte replaced, deleted or inserted, a span deleted, repeated or swapped, the file cut short, an
 * invalid UTF-8 sequence, or one digit changed for another (which mostly keeps the file valid).
 * One to three per case; deterministic for a seed.
 */
final class ByteMutations {
    private ByteMutations() {
    }

    /** A damaged copy of {@code original} and what was done to it. */
    record Damage(byte[] bytes, String change) {
    }

    static Damage apply(byte[] original, SplittableRandom random) {
        byte[] b = original;
        StringBuilder change = new StringBuilder();
        int n = 1 + (random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0);
        for (int i = 0; i < n; i++) {
            int at = random.nextInt(b.length);
            int op = random.nextInt(11);
            change.append(names(op)).append('@').append(at).append("; ");
            b = switch (op) {
                case 0 -> set(b, at, (byte) (b[at] ^ (1 << random.nextInt(8))));
                case 1 -> set(b, at, (byte) random.nextInt(256));
                case 2 -> splice(b, at, 1, new byte[0]);
                case 3 -> splice(b, at, 0, new byte[] {(byte) random.nextInt(256)});
                case 4 -> splice(b, at, Math.min(b.length - at, 1 + random.nextInt(200)), new byte[0]);
                case 5 -> repeat(b, at, Math.min(b.length - at, 1 + random.nextInt(500)));
                case 6 -> java.util.Arrays.copyOf(b, at);
                case 7 -> splice(b, at, 0, random.nextBoolean() ? new byte[] {(byte) 0xC3, 0x28} : new byte[] {(byte) 0xFF});
                case 8 -> swap(b, at, random.nextInt(b.length), Math.min(64, 1 + random.nextInt(64)));
                default -> digit(b, at, random);
            };
            if (b.length == 0) {
                break;
            }
        }
        return new Damage(b, change.toString());
    }

    private static String names(int op) {
        return new String[] {"flip bit", "random byte", "delete byte", "insert byte", "delete span", "repeat span", "truncate",
            "invalid UTF-8", "swap spans", "change digit", "change digit"}[op];
    }

    private static byte[] set(byte[] b, int at, byte v) {
        byte[] c = b.clone();
        c[at] = v;
        return c;
    }

    private static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + insert.length);
        out.write(b, 0, at);
        out.write(insert, 0, insert.length);
        out.write(b, at + remove, b.length - at - remove);
        return out.toByteArray();
    }

    private static byte[] repeat(byte[] b, int at, int length) {
        byte[] span = java.util.Arrays.copyOfRange(b, at, at + length);
        return splice(b, at, 0, span);
    }

    private static byte[] swap(byte[] b, int first, int second, int length) {
        int a = Math.min(first, second);
        int c = Math.max(first, second);
        if (c + length > b.length || a + length > c) {
            return b;
        }
        byte[] out = b.clone();
        System.arraycopy(b, c, out, a, length);
        System.arraycopy(b, a, out, c, length);
        return out;
    }

    /** The next digit after {@code at} replaced by another digit; the file as it was when there is none. */
    private static byte[] digit(byte[] b, int at, SplittableRandom random) {
        for (int i = at; i < b.length; i++) {
            if (b[i] >= '0' && b[i] <= '9') {
                return set(b, i, (byte) ('0' + random.nextInt(10)));
            }
        }
        return b;
    }
}
