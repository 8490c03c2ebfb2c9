package org.w3id.dmkg.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.w3id.dmkg.Dmkg;
import org.w3id.dmkg.eval.GoldArticle;
import org.w3id.dmkg.eval.GoldReader;
import org.w3id.dmkg.extract.Judges;
import org.w3id.dmkg.nlp.Classifier;
import org.w3id.dmkg.text.ArticleSource;
import org.w3id.dmkg.text.SourceDocument;

/**
 * Training extracts its candidates on several threads: the models must be those of one thread, byte for byte.
 * Learns from the first 40 articles of the shared development corpus ({@code ../shared/corpus/dev} or
 * {@code $DMKG_SHARED/corpus/dev}); skipped without it, except in CI.
 */
class LearningThreadsIT {
    @Test
    void theModelsAreTheSameOnOneThreadAndOnSeveral() throws IOException {
        String shared = System.getenv("DMKG_SHARED");
        Path dev = (shared != null && !shared.isBlank() ? Path.of(shared) : Path.of("..", "shared"))
                .resolve("corpus").resolve("dev");
        if (!Files.isDirectory(dev)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("corpus " + dev.toAbsolutePath() + " not found");
            }
            Assumptions.abort("corpus " + dev.toAbsolutePath() + " not found (set DMKG_SHARED)");
        }
        Map<String, GoldArticle> golds = GoldReader.read(List.of(dev));
        List<SourceDocument> docs = new ArrayList<>();
        new ArticleSource().read(List.of(dev.toString()), d -> {
            if (docs.size() < 40) {
                docs.add(d);
            }
        }, p -> fail(p.toString()));
        assertEquals(40, docs.size());
        Judges one = new Learning(Dmkg.shared(), docs, golds).threads(1).train();
        Judges three = new Learning(Dmkg.shared(), docs, golds).threads(3).train();
        assertArrayEquals(bytes(one.person()), bytes(three.person()), "person judge");
        assertArrayEquals(bytes(one.meeting()), bytes(three.meeting()), "meeting judge");
        assertArrayEquals(bytes(one.office()), bytes(three.office()), "office-country judge");
        assertArrayEquals(bytes(one.setting()), bytes(three.setting()), "setting judge");
    }

    private static byte[] bytes(Classifier c) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        c.write(out);
        return out.toByteArray();
    }
}
