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

    public KeyLengths(Collection<String> keys) {
        this.keys = keys.toArray(new String[0]);
        Arrays.sort(this.keys);
    }

    /**
     * The lengths of the keys starting with {@code prefix}, as a bit set: bit {@code n} for a key of
     * {@code n} characters, bit 63 for any of 63 or more. Zero when no key starts so.
     */
    public long startingWith(String prefix) {
        int i = Arrays.binarySearch(keys, prefix);
        long bits = 0;
        for (int k = i >= 0 ? i : -i - 1; k < keys.length && keys[k].startsWith(prefix); k++) {
            bits |= bit(keys[k].length());
        }
        return bits;
    }

    /** Whether a set from {@link #startingWith} may hold a key of this length. */
    public static boolean has(long lengths, int length) {
        return (lengths & bit(length)) != 0;
    }

    private static long bit(int length) {
        return 1L << Math.min(length, LONG);
    }
}
