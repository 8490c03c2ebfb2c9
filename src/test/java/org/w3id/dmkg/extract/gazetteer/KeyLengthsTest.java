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
