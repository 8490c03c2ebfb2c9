package org.w3id.dmkg.spark;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.w3id.dmkg.Dmkg;
import org.w3id.dmkg.rdf.ArticleGraph;
import org.w3id.dmkg.text.ArticleBytes;
import org.w3id.dmkg.text.ArticleSource;
import org.w3id.dmkg.text.InputFormat;
import org.w3id.dmkg.text.InputProblem;
import org.w3id.dmkg.text.SourceDocument;

/**
 * Extracts the records of one partition with one pipeline: a single {@link Dmkg.Session} per
 * partition (OpenNLP taggers are not thread-safe), sharing the models and reference data that
 * {@link Dmkg#shared()} loads once per executor JVM. Records are read and extracted one at a time as
 * Spark pulls them. A record that cannot be read or extracted becomes a rejected {@link Outcome}; it
 * never fails the task.
 */
final class PartitionExtractor implements FlatMapFunction<Iterator<RawArticle>, Outcome> {
    private static final long serialVersionUID = 1L;

    private final double minConfidence;

    PartitionExtractor(double minConfidence) {
        this.minConfidence = minConfidence;
    }

    @Override
    public Iterator<Outcome> call(Iterator<RawArticle> records) {
        Dmkg.Session session = Dmkg.shared().session(minConfidence);
        return new Refilling<>() {
            @Override
            protected boolean refill(Deque<Outcome> ready) {
                if (!records.hasNext()) {
                    return false;
                }
                ready.addAll(extract(session, records.next()));
                return true;
            }
        };
    }

    /** The outcomes of one record: none for a blank JSON line, else one. */
    static List<Outcome> extract(Dmkg.Session session, RawArticle raw) {
        if (raw.problem() != null) {
            return List.of(Outcome.rejected(raw.origin(), raw.problem()));
        }
        List<SourceDocument> docs = new ArrayList<>(1);
        List<InputProblem> problems = new ArrayList<>(1);
        if (raw.format() != InputFormat.JSONL) {
            ArticleBytes.file(raw.origin(), raw.content(), raw.format(), docs::add, problems::add);
        } else if (raw.content().length > ArticleSource.MAX_ARTICLE_BYTES) {
            problems.add(InputProblem.skipped(raw.origin(),
                    "line longer than " + ArticleSource.MAX_ARTICLE_BYTES + " bytes, skipped"));
        } else {
            ArticleBytes.jsonLine(raw.origin(), new String(raw.content(), StandardCharsets.UTF_8),
                    docs::add, problems::add);
        }
        return outcomes(session, docs, problems);
    }

    /** The outcomes of what reading one record gave: its articles, extracted, and its problems. */
    static List<Outcome> outcomes(Dmkg.Session session, List<SourceDocument> docs, List<InputProblem> problems) {
        List<Outcome> out = new ArrayList<>(1);
        int warnings = 0;
        for (InputProblem p : problems) {
            if (p.fatal()) {
                out.add(Outcome.rejected(p.origin(), p.message()));
            } else {
                warnings++;
            }
        }
        for (SourceDocument doc : docs) {
            try {
                ArticleGraph g = session.extract(doc);
                out.add(Outcome.article(doc.origin(), ArticleQuads.of(g), g.model().size(), warnings));
            } catch (RuntimeException | StackOverflowError e) {
                // one article the extractor cannot handle must not cost the others, nor the job
                out.add(Outcome.rejected(doc.origin(), "extraction failed: " + e));
            }
        }
        return out;
    }
}
