package org.w3id.dmkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Reads the shared development corpus, when present, and compares publication dates with its gold files. */
class DevCorpusTest {
    private static final Path DEV = Path.of("../shared/corpus/dev");
    private static final Pattern GOLD_DATE = Pattern.compile("\"publication_date\"\\s*:\\s*\"(\\d{4}-\\d{2}-\\d{2})\"");
    /**
     * Share of gold publication dates the reader must find: pages print their date in many forms, some
     * only in another language (b05: "23 декабря 2014") or not at all. A ratchet: raise it, never lower it.
     */
    private static final double MIN_AGREEMENT = 0.95;

    @Test
    void everyDevArticleParsesAndMostDatesAgreeWithGold() throws IOException {
        if (!Files.isDirectory(DEV)) {
            System.out.println("DevCorpusTest skipped: " + DEV + " not found");
            Assumptions.abort(DEV + " not found");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(DEV)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<SourceDocument> docs = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        new ArticleSource().read(List.of(DEV.toString()), docs::add, problems::add);
        assertEquals(List.of(), problems);
        assertEquals(files.size(), docs.size(), "the .json gold files are skipped");

        int withGold = 0;
        int agree = 0;
        for (SourceDocument doc : docs) {
            assertNotNull(doc.url(), doc.origin() + ": url line");
            assertFalse(doc.text().startsWith("url:"), doc.origin());
            LocalDate gold = gold(Path.of(doc.origin().replaceFirst("\\.txt$", ".json")));
            if (gold == null) {
                continue;
            }
            withGold++;
            if (gold.equals(doc.published())) {
                agree++;
            } else {
                System.out.println("DevCorpusTest: " + doc.origin() + " published " + doc.published()
                        + ", gold " + gold);
            }
        }
        System.out.println("DevCorpusTest: publication date agrees with gold for " + agree + " of " + withGold);
        assertTrue(agree >= MIN_AGREEMENT * withGold, agree + " of " + withGold);
    }

    private static LocalDate gold(Path json) throws IOException {
        if (!Files.exists(json)) {
            return null;
        }
        Matcher m = GOLD_DATE.matcher(Files.readString(json));
        return m.find() ? LocalDate.parse(m.group(1)) : null;
    }
}
