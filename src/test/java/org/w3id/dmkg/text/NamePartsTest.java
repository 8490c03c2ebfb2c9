package org.w3id.dmkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NamePartsTest {
    @Test
    void partsAreFoldedAndSpaced() {
        assertEquals(" recep tayyip erdogan ", NameParts.of("Recep Tayyip Erdoğan"));
        assertEquals(" pedro sanchez ", NameParts.of("Pedro Sa\u0301nchez"));
        assertEquals(" binali yildirim ", NameParts.of("Binali Yıldırım"));
        assertEquals(" istanbul ", NameParts.of("İSTANBUL"));
        assertEquals(" lech walesa ", NameParts.of("Lech Wałęsa"));
        assertEquals(" o grady ", NameParts.of("O'Grady"));
        assertEquals(" ", NameParts.of("!!"));
    }

    @Test
    void wholePartsInOrder() {
        assertTrue(NameParts.contains("Recep Tayyip Erdoğan", "erdogan"));
        assertTrue(NameParts.contains("Xi Jinping", "  xi  JINPING "));
        assertFalse(NameParts.contains("Ding Xuexiang", "Xi"));
        assertFalse(NameParts.contains("Xi Jinping", "Jinping Xi"));
        assertFalse(NameParts.contains("Xi Jinping", "Xi Jin"));
        assertFalse(NameParts.contains("Xi Jinping", "!!"));
        assertFalse(NameParts.contains("Xi Jinping", ""));
    }
}
