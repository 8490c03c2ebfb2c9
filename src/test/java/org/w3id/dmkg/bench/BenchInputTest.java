package org.w3id.dmkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.w3id.dmkg.rdf.Iris;
import org.w3id.dmkg.text.SourceDocument;

class BenchInputTest {
    @Test
    void eachRepetitionIsAnotherArticleWithTheSameText() {
        SourceDocument withUrl = new SourceDocument("a.txt", "https://example.org/a", "H", null, null, null, "Text.");
        SourceDocument noUrl = new SourceDocument("b.txt", null, null, null, null, null, "Text.");
        for (SourceDocument d : new SourceDocument[] {withUrl, noUrl}) {
            assertSame(d, BenchInput.copy(d, 0));
            SourceDocument one = BenchInput.copy(d, 1);
            SourceDocument two = BenchInput.copy(d, 2);
            assertEquals(d.text(), two.text());
            assertNotEquals(Iris.article(d), Iris.article(one));
            assertNotEquals(Iris.article(one), Iris.article(two));
        }
        assertEquals("https://example.org/a#copy-1", BenchInput.copy(withUrl, 1).url());
    }
}
