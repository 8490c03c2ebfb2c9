package org.w3id.dmkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FoldedTextTest {

    @Test
    void plainTextIsLeftAsItIs() {
        String s = "Xi Jinping met Sergei Shoigu \u2014 \u201cfriends\u201d \u2013 Putin\u2019s envoy.\u001b\f";
        FoldedText f = FoldedText.of(s);
        assertSame(s, f.text());
        assertTrue(f.unchanged());
        for (int i = 0; i <= s.length(); i++) {
            assertEquals(i, f.originalStart(i));
            assertEquals(i, f.originalEnd(i));
            assertEquals(i, f.foldedOffset(i));
        }
    }

    @Test
    void eachLookalikeFolds() {
        assertFolds("Pedro S\u00e1nchez", "Pedro Sa\u0301nchez");
        assertFolds("Vladimir Putin", "Vladimir\u00a0Putin");
        assertFolds("Vladimir Putin", "Vladimir\u202fPutin");
        assertFolds("12 000 and 3 4", "12\u2007000 and 3\u20094");
        assertFolds("Kassym-Jomart Tokayev", "Kassym\u2011Jomart Tokayev");
        assertFolds("Kassym-Jomart Tokayev", "Kassym\u2010Jomart Tokayev");
        assertFolds("-5 -6 -7", "\u22125 \uff0d6 \ufe637");
        assertFolds("Recep Tayyip Erdo\u011fan", "Recep Tayyip Erdo\u200f\u011fan");
        assertFolds("Erdo\u011fan", "\u202bErdo\u200e\u011fan\u202c\u2066\u2069");
        assertFolds("Erdo\u011fan", "Er\u00addo\u200b\u011f\u200c\u200da\u2060n\ufeff");
        assertFolds("Putin\u2019s", "Putin\u02bcs");
        assertFolds("one\ntwo\nthree", "one\u2028two\u2029three");
    }

    @Test
    void composesAsNormalizationFormC() {
        for (String s : List.of("Sa\u0301nchez", "a\u0315\u0301b", "x\u0301\u0323y", "\u1100\u1161\u11a8 \u1100\u1161",
                "\u0958 \u2126 \u212b", "n\u0303\u0303\u0303o", "\u0301 leading mark", "e\u0301\u200f\u0301",
                "\ud835\udc00 A\u030a \ud83d\udc68\u200d\ud83d\udc69", "\u0915\u093c \u0d46\u0d3e")) {
            String expected = Normalizer.normalize(s.replaceAll("[\u200f\u200d]", ""), Normalizer.Form.NFC);
            FoldedText f = FoldedText.of(s);
            assertEquals(expected, f.text(), s);
            assertMonotonic(f);
        }
    }

    @Test
    void spansMapBackToTheStretchTheyCameFrom() {
        String original = "Sa\u0301nchez met\u00a0Erdo\u200f\u011fan and Kassym\u2011Jomart\u00ad Tokayev.";
        FoldedText f = FoldedText.of(original);
        assertEquals("S\u00e1nchez met Erdo\u011fan and Kassym-Jomart Tokayev.", f.text());
        for (String[] name : new String[][] {{"S\u00e1nchez", "Sa\u0301nchez"}, {"Erdo\u011fan", "Erdo\u200f\u011fan"},
                {"Kassym-Jomart", "Kassym\u2011Jomart"}, {"Tokayev", "Tokayev"}, {"met Erdo\u011fan", "met\u00a0Erdo\u200f\u011fan"}}) {
            int start = f.text().indexOf(name[0]);
            int end = start + name[0].length();
            String written = original.substring(f.originalStart(start), f.originalEnd(end));
            assertEquals(name[1], written, name[0]);
            assertEquals(start, f.foldedOffset(f.originalStart(start)), name[0]);
            assertEquals(end, f.foldedOffset(f.originalEnd(end)), name[0]);
        }
        assertEquals(original.length(), f.originalEnd(f.text().length()));
        assertEquals("S\u00e1nchez", f.text().substring(f.foldedOffset(0), f.foldedOffset(original.indexOf(' '))));
        assertThrows(IndexOutOfBoundsException.class, () -> f.originalStart(f.text().length() + 1));
        assertThrows(IndexOutOfBoundsException.class, () -> f.foldedOffset(-1));
    }

    @Test
    void removedCharactersAtTheEdges() {
        FoldedText f = FoldedText.of("\ufeff\u200eAbe\u200e");
        assertEquals("Abe", f.text());
        assertEquals(2, f.originalStart(0));
        assertEquals(5, f.originalEnd(3));
        assertEquals(0, f.foldedOffset(0));
        assertEquals(0, f.foldedOffset(2));
        assertEquals(3, f.foldedOffset(5));
        assertEquals(3, f.foldedOffset(6));
        FoldedText empty = FoldedText.of("\u200b\u200b");
        assertEquals("", empty.text());
        assertEquals(0, empty.originalStart(0));
        assertEquals(0, empty.originalEnd(0));
        assertEquals(0, empty.foldedOffset(2));
    }

    @Test
    void documentIsFoldedWithItsDatelineMoved() {
        String text = "\u200fBEIJING, Feb.\u00a028 (Xinhua)\u00a0-- Xi Jinping met Sergei Shoigu.";
        Dateline d = new Dateline("BEIJING", LocalDate.of(2025, 2, 28), "Xinhua", 1, 29);
        SourceDocument src = new SourceDocument("t", null, "Xi\u00a0meets Shoigu", null, d, "Xin\u200bhua", text);
        FoldedText f = FoldedText.of(text);
        SourceDocument folded = f.document(src);
        assertEquals("BEIJING, Feb. 28 (Xinhua) -- Xi Jinping met Sergei Shoigu.", folded.text());
        assertEquals("Xi meets Shoigu", folded.headline());
        assertEquals("Xinhua", folded.publisher());
        assertEquals(new Dateline("BEIJING", LocalDate.of(2025, 2, 28), "Xinhua", 0, 28), folded.dateline());
        assertEquals("BEIJING, Feb. 28 (Xinhua) --", folded.text().substring(0, 28));
        assertEquals(d, f.toOriginal(folded.dateline()));
        assertThrows(IllegalArgumentException.class, () -> f.document(new SourceDocument("u", null, null, null, null,
                null, "another text")));
    }

    @Test
    void datelineWithNoBreakSpacesIsFoundAndPointsIntoTheTextAsRead() {
        SourceDocument doc = TextArticleParser.parse("n", "MOSCOW,\u00a0March\u00a03 (Xinhua)\u00a0--\u00a0Russian President "
                + "Vladimir Putin met Kazakh President Kassym-Jomart Tokayev.");
        Dateline d = doc.dateline();
        assertNotNull(d, "dateline found");
        assertEquals("MOSCOW", d.place());
        assertEquals("Xinhua", d.agency());
        assertEquals("MOSCOW,\u00a0March\u00a03 (Xinhua)\u00a0--", doc.text().substring(d.start(), d.end()));
    }

    private static void assertFolds(String expected, String original) {
        FoldedText f = FoldedText.of(original);
        assertEquals(expected, f.text(), original);
        assertFalse(f.unchanged(), original);
        assertEquals(expected, FoldedText.fold(original));
        assertEquals(expected.length(), f.foldedOffset(original.length()), original);
        assertEquals(original.length() - trailingRemoved(original), f.originalEnd(expected.length()), original);
        assertMonotonic(f);
        assertEquals(expected, FoldedText.of(expected).text(), "folding is idempotent");
    }

    private static int trailingRemoved(String s) {
        int n = 0;
        while (n < s.length() && Character.getType(s.charAt(s.length() - 1 - n)) == Character.FORMAT) {
            n++;
        }
        return n;
    }

    private static void assertMonotonic(FoldedText f) {
        int last = 0;
        for (int i = 0; i < f.text().length(); i++) {
            int start = f.originalStart(i);
            assertTrue(start >= last, "start " + i);
            assertTrue(f.originalEnd(i + 1) > start, "end " + i);
            last = start;
        }
    }
}
