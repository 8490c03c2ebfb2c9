package org.w3id.dmkg.extract.gazetteer;

import java.util.Arrays;
import java.util.Collection;

/**
 * The lengths of a set of lookup keys, by prefix: which lengths the keys starting with a given word have.
 * A matcher trying ever shorter spans from one token asks once, then looks up only spans of a length some
 * key has, instead of building and hashing every span. Immutable; thread-safe.
 */
public final class KeyLengths {
    /** The bit standing for every length from here on. */
    private static final int LONG = 63;

    private final String[] keys;
    /**
     * {@code ors[j][k]}: the length bits of keys {@code k} to {@code k + 2^j - 1} together, so that the keys of
     * one prefix, a run of the sorted keys, are summed with two look-ups however many they are.
     */
    private final long[][] ors;

    public KeyLengths(Collection<String> keys) {
        this.keys = keys.toArray(new String[0]);
        Arrays.sort(this.keys);
        int levels = 1;
        while (1 << levels <= this.keys.length) {
            levels++;
        }
        ors = new long[levels][];
        ors[0] = new long[this.keys.length];
        for (int k = 0; k < this.keys.length; k++) {
            ors[0][k] = bit(this.keys[k].length());
        }
        for (int j = 1; j < levels; j++) {
            int half = 1 << (j - 1);
            ors[j] = new long[Math.max(0, this.keys.length - (1 << j) + 1)];
            for (int k = 0; k < ors[j].length; k++) {
                ors[j][k] = ors[j - 1][k] | ors[j - 1][k + half];
            }
        }
    }

    /**
     * The lengths of the keys starting with {@code prefix}, as a bit set: bit {@code n} for a key of
     * {@code n} characters, bit 63 for any of 63 or more. Zero when no key starts so.
     */
    public long startingWith(String prefix) {
        int from = insertionPoint(prefix);
        int to = insertionPoint(prefix + Character.MAX_VALUE); // keys hold no U+FFFF, a non-character
        if (to <= from) {
            return 0;
        }
        int j = 31 - Integer.numberOfLeadingZeros(to - from);
        return ors[j][from] | ors[j][to - (1 << j)];
    }

    private int insertionPoint(String key) {
        int i = Arrays.binarySearch(keys, key);
        return i >= 0 ? i : -i - 1;
    }

    /** Whether a set from {@link #startingWith} may hold a key of this length. */
    public static boolean has(long lengths, int length) {
        return (lengths & bit(length)) != 0;
    }

    private static long bit(int length) {
        return 1L << Math.min(length, LONG);
    }
}
