package org.w3id.dmkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.dmkg.Dmkg;
import org.w3id.dmkg.text.SourceDocument;
import org.w3id.dmkg.text.TextArticleParser;

/** Training and cross-validation prepare an article once and judge it under many models. */
class PreparedArticleTest {
    @Test
    void anArticlePreparedOnceIsJudgedAsIfFreshUnderEachModel() throws IOException {
        SourceDocument seed = TextArticleParser.parse("seed.txt",
                Files.readString(Path.of("data/articles/2025-03-01-xi-meets-shoigu.txt")));
        SourceDocument colon = new SourceDocument("colon.txt", "https://example.org/colon", "Talks in Delhi",
                LocalDate.of(2024, 5, 2), null, null,
                "NEW DELHI: Prime Minister Narendra Modi met visiting Australian Prime Minister Anthony Albanese"
                        + " on Thursday. The two leaders held talks on trade and defence.");
        for (SourceDocument doc : List.of(seed, colon)) {
            Extractor rules = Dmkg.shared().session(0, Judges.none()).extractor();
            Extractor models = Dmkg.shared().session(0).extractor();
            ArticleFacts fresh = models.extract(doc);
            ArticleFacts freshByRules = rules.extract(doc);
            Extractor.Prepared once = rules.prepare(doc);
            // judged by the rules first, then by the models, then by the rules again
            same(freshByRules, rules.extract(once));
            same(fresh, models.extract(once));
            same(freshByRules, rules.extract(once));
            assertEquals(models.decisionCandidates(doc), models.decisionCandidates(once));
            assertEquals(models.personCandidates(doc), models.personCandidates(once));
            assertFalse(fresh.meetings().isEmpty(), doc.origin());
        }
    }

    private static void same(ArticleFacts expected, ArticleFacts actual) {
        assertEquals(expected.persons(), actual.persons());
        assertEquals(expected.entities(), actual.entities());
        assertEquals(expected.sources(), actual.sources());
        assertEquals(expected.meetings(), actual.meetings());
        assertEquals(expected.offices(), actual.offices());
        assertEquals(expected.anniversaries(), actual.anniversaries());
        assertEquals(expected.statements(), actual.statements());
        assertEquals(expected.folded().text(), actual.folded().text());
    }
}
