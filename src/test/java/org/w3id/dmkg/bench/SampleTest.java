package org.w3id.dmkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.dmkg.text.SourceDocument;

class SampleTest {
    private static List<SourceDocument> articles(int n) {
        List<SourceDocument> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new SourceDocument("in.jsonl:" + (i + 1), "https://example.org/" + i, null, null, null, null, "Text " + i));
        }
        return out;
    }

    private static List<String> draw(List<SourceDocument> stream, int size, long seed) {
        Sample s = new Sample(size, seed);
        stream.forEach(s::offer);
        assertEquals(stream.size(), s.seen());
        return s.articles().stream().map(SourceDocument::origin).toList();
    }

    @Test
    void theSameSeedDrawsTheSameArticlesInInputOrder() {
        List<SourceDocument> in = articles(1000);
        List<String> a = draw(in, 50, 2026);
        assertEquals(a, draw(in, 50, 2026));
        assertEquals(50, a.size());
        assertEquals(50, new HashSet<>(a).size(), "no article twice");
        List<Integer> lines = a.stream().map(o -> Integer.parseInt(o.substring(o.indexOf(':') + 1))).toList();
        assertEquals(lines.stream().sorted().toList(), lines, "in input order");
        assertNotEquals(a, draw(in, 50, 2027));
    }

    @Test
    void aSampleAsLargeAsTheInputIsTheInput() {
        List<SourceDocument> in = articles(30);
        List<String> all = in.stream().map(SourceDocument::origin).toList();
        assertEquals(all, draw(in, 30, 1));
        assertEquals(all, draw(in, 1000, 1));
    }

    @Test
    void everyArticleIsAsLikelyToBeDrawn() {
        List<SourceDocument> in = articles(20);
        int[] drawn = new int[20];
        int seeds = 4000;
        for (long seed = 0; seed < seeds; seed++) {
            for (String origin : draw(in, 5, seed)) {
                drawn[Integer.parseInt(origin.substring(origin.indexOf(':') + 1)) - 1]++;
            }
        }
        // expected 4000 * 5 / 20 = 1000 draws each, standard deviation about 27
        for (int i = 0; i < drawn.length; i++) {
            assertTrue(drawn[i] > 880 && drawn[i] < 1120, "article " + (i + 1) + " drawn " + drawn[i] + " times");
        }
    }
}
