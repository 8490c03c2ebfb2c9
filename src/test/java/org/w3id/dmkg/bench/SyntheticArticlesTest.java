package org.w3id.dmkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3id.dmkg.link.ReferenceData;

class SyntheticArticlesTest {
    private static final ReferenceData REFERENCE = ReferenceData.load();

    @Test
    void sameSeedSameArticles() {
        SyntheticArticles a = new SyntheticArticles(REFERENCE.entries(), 7);
        SyntheticArticles b = new SyntheticArticles(REFERENCE.entries(), 7);
        for (int i = 0; i < 50; i++) {
            assertEquals(a.text(i), b.text(i));
        }
        assertEquals(a.article(3), b.article(3));
        assertEquals(a.frequentPerson(), b.frequentPerson());
        assertEquals(a.typicalPerson(), b.typicalPerson());
    }

    @Test
    void otherSeedOtherArticles() {
        assertNotEquals(new SyntheticArticles(REFERENCE.entries(), 1).text(0),
                new SyntheticArticles(REFERENCE.entries(), 2).text(0));
    }

    @Test
    void articlesAreVaried() {
        SyntheticArticles gen = new SyntheticArticles(REFERENCE.entries(), 1);
        Set<String> texts = new HashSet<>();
        Set<String> openings = new HashSet<>();
        Set<String> agencies = new HashSet<>();
        int anniversaries = 0;
        for (int i = 0; i < 200; i++) {
            String t = gen.text(i);
            texts.add(t);
            String body = t.substring(t.indexOf("\n\n") + 2);
            openings.add(body.replaceAll("^.*?(met with|held talks|received|hosted|phone call|video call|will meet).*$",
                    "$1").lines().findFirst().orElse(""));
            agencies.add(body.contains("(Xinhua)") ? "xinhua" : body.contains("/TASS/") ? "tass" : "ani");
            anniversaries += t.contains("anniversary") ? 1 : 0;
        }
        assertEquals(200, texts.size());
        assertTrue(openings.size() >= 6, () -> "meeting verbs: " + openings);
        assertEquals(3, agencies.size());
        assertTrue(anniversaries > 20 && anniversaries < 180, "some articles mark anniversaries");
    }

    @Test
    void articlesParseWithDatelineAndDate() {
        SyntheticArticles gen = new SyntheticArticles(REFERENCE.entries(), 1);
        for (int i = 0; i < 20; i++) {
            var doc = gen.article(i);
            assertTrue(doc.url().startsWith("https://news.example.org/synthetic/1/"), doc.url());
            assertTrue(doc.published() != null && doc.referenceDate() != null, doc.origin());
            assertTrue(doc.headline().contains(" meets "), doc.headline());
        }
    }

    @Test
    void inventedNamesAreWords() {
        var r = new java.util.Random(3);
        for (int i = 0; i < 100; i++) {
            assertTrue(SyllableNames.person(r).matches("[A-Z][a-z]+ [A-Z][a-z]+"));
        }
    }
}
