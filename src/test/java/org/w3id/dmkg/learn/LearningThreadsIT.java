package org.w3id.dmkg.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dmkg.Dmkg;
import org.w3id.dmkg.eval.GoldArticle;
import org.w3id.dmkg.eval.GoldReader;
import org.w3id.dmkg.extract.Judges;
import org.w3id.dmkg.nlp.Classifier;
import org.w3id.dmkg.text.ArticleSource;
import org.w3id.dmkg.text.SourceDocument;

/**
 * Training extracts its candidates on several threads: the models must be those of one thread, byte for byte; and
 * verdicts on persons in articles without gold teach the person judge.
 * Learns from the first 40 articles of the shared development corpus ({@code ../shared/corpus/dev} or
 * {@code $DMKG_SHARED/corpus/dev}); skipped without it, except in CI.
 */
class LearningThreadsIT {
    @Test
    void theModelsAreTheSameOnOneThreadAndOnSeveral() throws IOException {
        Path dev = corpus();
        Map<String, GoldArticle> golds = GoldReader.read(List.of(dev));
        List<SourceDocument> docs = first(dev, 40);
        assertEquals(40, docs.size());
        Judges one = new Learning(Dmkg.shared(), docs, golds).threads(1).train();
        Judges three = new Learning(Dmkg.shared(), docs, golds).threads(3).train();
        assertArrayEquals(bytes(one.person()), bytes(three.person()), "person judge");
        assertArrayEquals(bytes(one.meeting()), bytes(three.meeting()), "meeting judge");
        assertArrayEquals(bytes(one.office()), bytes(three.office()), "office-country judge");
        assertArrayEquals(bytes(one.setting()), bytes(three.setting()), "setting judge");
    }

    @Test
    void personVerdictsTeachThePersonJudge(@TempDir Path dir) throws IOException {
        Path dev = corpus();
        Map<String, GoldArticle> golds = GoldReader.read(List.of(dev));
        List<SourceDocument> docs = first(dev, 20);
        Path news = dir.resolve("news.jsonl");
        Files.writeString(news, "{\"url\": \"http://example.org/p\", \"title\": \"Iowa visit\", \"date\": \"2024-05-16\", "
                + "\"text\": \"Partners of Bain Capital met Senator Joni Ernst in Des Moines on Monday. Bain Capital said the "
                + "talks went well, and Ernst said she would visit again.\"}\n");
        List<SourceDocument> labelled = new ArrayList<>();
        new ArticleSource().read(List.of(news.toString()), labelled::add, p -> fail(p.toString()));
        PersonLabels verdicts = PersonLabels.read(new java.io.ByteArrayInputStream(
                "http://example.org/p\tBain Capital\tno\nhttp://example.org/p\tJoni Ernst\tyes\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        Learning with = new Learning(Dmkg.shared(), docs, golds, List.of(), MeetingLabels.none(), labelled, verdicts);
        Judges taught = with.train();
        Learning.Counts n = with.counts();
        assertEquals(List.of(4, 2), List.of(n.personVerdictRuns(), n.personVerdictRunsYes()), "runs the verdicts name (two of each), and the persons among them");
        Judges alone = new Learning(Dmkg.shared(), docs, golds).train();
        assertFalse(java.util.Arrays.equals(bytes(taught.person()), bytes(alone.person())), "person judge");
    }

    /** The first {@code n} articles of the corpus. */
    private static List<SourceDocument> first(Path dev, int n) throws IOException {
        List<SourceDocument> docs = new ArrayList<>();
        new ArticleSource().read(List.of(dev.toString()), d -> {
            if (docs.size() < n) {
                docs.add(d);
            }
        }, p -> fail(p.toString()));
        return docs;
    }

    private static Path corpus() {
        String shared = System.getenv("DMKG_SHARED");
        Path dev = (shared != null && !shared.isBlank() ? Path.of(shared) : Path.of("..", "shared"))
                .resolve("corpus").resolve("dev");
        if (!Files.isDirectory(dev)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("corpus " + dev.toAbsolutePath() + " not found");
            }
            Assumptions.abort("corpus " + dev.toAbsolutePath() + " not found (set DMKG_SHARED)");
        }
        return dev;
    }

    private static byte[] bytes(Classifier c) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        c.write(out);
        return out.toByteArray();
    }
}
