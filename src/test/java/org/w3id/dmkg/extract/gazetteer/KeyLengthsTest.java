package org.w3id.dmkg.extract.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.dmkg.extract.Names;

class KeyLengthsTest {
    private final KeyLengths lengths = new KeyLengths(List.of("china", "china daily", "chinese", "un", "x".repeat(80)));

    @Test
    void lengthsOfTheKeysWithThePrefix() {
        long china = lengths.startingWith("china");
        assertTrue(KeyLengths.has(china, 5));
        assertTrue(KeyLengths.has(china, 11));
        assertFalse(KeyLengths.has(china, 7));
        assertFalse(KeyLengths.has(china, 6));
        assertTrue(KeyLengths.has(lengths.startingWith("chin"), 7));
        assertEquals(0, lengths.startingWith("president"));
        assertEquals(0, lengths.startingWith("chinas"));
    }

    @Test
    void longKeysShareTheLastBit() {
        long x = lengths.startingWith("x");
        assertTrue(KeyLengths.has(x, 80));
        assertTrue(KeyLengths.has(x, 63));
        assertFalse(KeyLengths.has(x, 62));
    }

    @Test
    void everyPrefixOfManyKeysGivesTheLengthsOfExactlyItsKeys() {
        java.util.Random random = new java.util.Random(7);
        List<String> keys = new java.util.ArrayList<>();
        for (int i = 0; i < 700; i++) {
            StringBuilder k = new StringBuilder();
            for (int n = 1 + random.nextInt(70); n > 0; n--) {
                k.append("ab c".charAt(random.nextInt(4)));
            }
            keys.add(k.toString());
        }
        KeyLengths many = new KeyLengths(keys);
        java.util.Set<String> prefixes = new java.util.TreeSet<>(List.of("", "d", "ab c", "zz"));
        keys.forEach(k -> prefixes.add(k.substring(0, Math.min(k.length(), 1 + k.length() / 3))));
        keys.forEach(k -> prefixes.add(k + "a"));
        for (String p : prefixes) {
            long expected = 0;
            for (String k : keys) {
                expected |= k.startsWith(p) ? 1L << Math.min(k.length(), 63) : 0;
            }
            assertEquals(expected, many.startingWith(p), p);
        }
    }

    @Test
    void plainRunsEndAtNonAsciiControlsAndDoubleSpaces() {
        assertEquals(11, Names.plainEnd("China Daily", 0, 11));
        assertEquals(1, Names.plainEnd("Côte d'Ivoire", 0, 13));
        assertEquals(7, Names.plainEnd("Xi met  Li", 0, 10));
        assertEquals(2, Names.plainEnd("Xi\tLi", 0, 5));
        assertEquals(4, Names.plainEnd("Xi Li", 0, 4));
        assertEquals(5, Names.plainEnd("Xi\u2019s \u201cvisit\u201d", 0, 15));
        assertEquals("Xi's", Names.fold("Xi\u2019s"));
        assertEquals("China Daily", Names.fold("China Daily"));
    }
}
