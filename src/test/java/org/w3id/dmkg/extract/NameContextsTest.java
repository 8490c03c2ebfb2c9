package org.w3id.dmkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Where news at large writes a capitalized word: a place's name, a person's, or neither. */
class NameContextsTest {
    private static NameContexts table(String rows) throws IOException {
        return NameContexts.read(new ByteArrayInputStream(rows.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void bandsTellHowOftenAWordStandsWhereAPersonStands() throws IOException {
        NameContexts t = table("# word\tuses\tplace\tperson\tbearer\n"
                + "putin\t200\t0\t40\t2\n"
                + "annan\t38\t0\t0\t4\n"
                + "roosevelt\t231\t0\t2\t7\n"
                + "amazon\t422\t8\t5\t0\n"
                + "mets\t15\t0\t0\t0\n"
                + "kofi\t9\t0\t0\t0\n");
        assertEquals("often", t.personBand("Putin"));
        assertEquals("often", t.personBand("Annan"), "before who, after late: a person though never titled");
        assertEquals("some", t.personBand("Roosevelt"));
        assertEquals("rare", t.personBand("Amazon"));
        assertEquals("never", t.personBand("Mets"));
        assertEquals("unknown", t.personBand("Kofi"), "seen too seldom");
        assertEquals("unknown", t.personBand("Zzyzx"));
    }

    @Test
    void readsTablesOfThreeCountsAsBefore() throws IOException {
        NameContexts t = table("orlando\t44\t20\t0\nputin\t200\t0\t40\n");
        assertTrue(t.place("Orlando"));
        assertFalse(t.place("Putin"));
        assertEquals("often", t.personBand("putin"));
        assertThrows(IOException.class, () -> table("orlando\t44\tmany\t0\n"));
    }
}
