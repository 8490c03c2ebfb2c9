package org.w3id.dmkg.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3id.dmkg.extract.NameContexts;
import org.w3id.dmkg.extract.WordCases;

class WordCaseMiningTest {
    private static Map<String, WordCaseMining.Entry> mine(String... texts) {
        WordCaseMining m = new WordCaseMining();
        for (String t : texts) {
            m.add(t);
        }
        return m.table(1, 0).stream().collect(Collectors.toMap(WordCaseMining.Entry::word, e -> e));
    }

    @Test
    void countsOnlyWordsInsideSentences() {
        Map<String, WordCaseMining.Entry> t = mine("So the senators met. See the report: Freedom matters and freedom "
                + "is costly, said Bush.\n\"So what,\" he asked.");
        assertEquals(null, t.get("so"), "after a full stop or a quote the capital says nothing");
        assertEquals(null, t.get("see"));
        assertEquals(new WordCaseMining.Entry("freedom", 1, 1), t.get("freedom"), "after a colon neither");
        assertEquals(new WordCaseMining.Entry("bush", 0, 1), t.get("bush"));
        assertEquals(new WordCaseMining.Entry("senators", 1, 1), t.get("senators"));
    }

    @Test
    void leavesOutTitleCaseLines() {
        Map<String, WordCaseMining.Entry> t = mine("Trump Meets With Kim In Singapore\nThe leaders met in Singapore.");
        assertEquals(null, t.get("meets"));
        assertEquals(new WordCaseMining.Entry("singapore", 0, 1), t.get("singapore"));
    }

    @Test
    void theTableKeepsWordsByCountAndShareAndIsOrderFree() {
        String a = "He said so. It was so. It is so, said Mark. We mark the day.";
        String b = "The charities and the Charities Commission.";
        WordCaseMining one = new WordCaseMining();
        one.add(a);
        one.add(b);
        WordCaseMining two = new WordCaseMining();
        two.add(b);
        two.add(a);
        assertEquals(one.table(1, 0), two.table(1, 0));
        List<String> kept = one.table(2, 0.5).stream().map(WordCaseMining.Entry::word).toList();
        assertTrue(kept.contains("so") && kept.contains("mark") && kept.contains("charities"), kept::toString);
        assertTrue(one.table(2, 0.6).stream().noneMatch(e -> e.word().equals("mark")), "mark is lower case half the time");
    }

    @Test
    void theShippedReaderGivesSharesAndBands() throws IOException {
        WordCases w = WordCases.read(new ByteArrayInputStream("# comment\nso\t99\t100\nmay\t70\t100\n"
                .getBytes(StandardCharsets.UTF_8)));
        assertEquals(0.99, w.lowerShare("So"), 1e-9);
        assertEquals("lower", w.band("So"));
        assertEquals("mixed", w.band("May"));
        assertEquals("name", w.band("Obamacare"));
        assertTrue(w.common("so"));
    }

    private static Map<String, WordCaseMining.Context> byWord(WordCaseMining m) {
        return m.contexts(1).stream().collect(Collectors.toMap(WordCaseMining.Context::word, c -> c));
    }

    @Test
    void countsWhereCapitalizedWordsStand() {
        WordCaseMining m = new WordCaseMining();
        m.add("Crowds gathered in Orlando on Monday. Mr. Putin flew to Orlando, and Putin said so.\n"
                + "Protests in Putin's Russia grew. The Olympic team met in Orlando; the Olympic flame is lit.");
        Map<String, WordCaseMining.Context> t = byWord(m);
        assertEquals(new WordCaseMining.Context("orlando", 3, 2, 0, 0), t.get("orlando"), "after \"in\" twice of three");
        assertEquals(new WordCaseMining.Context("putin", 3, 0, 2, 0), t.get("putin"),
                "after Mr. and before said; \"in Putin's\" is no place");
        assertEquals(new WordCaseMining.Context("olympic", 2, 0, 0, 0), t.get("olympic"));
        assertEquals(null, t.get("crowds"), "a line's first word says nothing");
        WordCaseMining d = new WordCaseMining();
        d.add("The talks recalled Annan, who led the United Nations, and the late Kofi Annan's widow spoke. "
                + "Shares of Amazon, which fell, and Amazon's profit rose.");
        Map<String, WordCaseMining.Context> u = byWord(d);
        assertEquals(new WordCaseMining.Context("annan", 2, 0, 0, 2), u.get("annan"), "before who, before widow");
        assertEquals(new WordCaseMining.Context("kofi", 1, 0, 0, 1), u.get("kofi"), "after late");
        assertEquals(new WordCaseMining.Context("amazon", 2, 0, 0, 0), u.get("amazon"), "which and profit: no one");
        assertEquals(List.of("olympic", "orlando", "putin"), m.contexts(2).stream().map(WordCaseMining.Context::word).toList());
    }

    @Test
    void theContextReaderTellsPlaces() throws IOException {
        NameContexts c = NameContexts.read(new ByteArrayInputStream(("# comment\norlando\t100\t40\t1\n"
                + "putin\t100\t0\t20\nolympic\t100\t2\t0\njordan\t100\t20\t10\nsydney\t9\t5\t0\n")
                .getBytes(StandardCharsets.UTF_8)));
        assertTrue(c.place("Orlando"));
        assertFalse(c.place("Putin"));
        assertFalse(c.place("Olympic"));
        assertFalse(c.place("Jordan"), "a place, and a name beside a title as often");
        assertFalse(c.place("Sydney"), "seen too seldom to say");
        assertFalse(c.place("Stuxnet"), "not in the table");
    }
}
