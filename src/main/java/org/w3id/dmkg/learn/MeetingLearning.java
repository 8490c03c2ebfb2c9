package org.w3id.dmkg.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.w3id.dmkg.Dmkg;
import org.w3id.dmkg.eval.GoldArticle;
import org.w3id.dmkg.extract.Extractor;
import org.w3id.dmkg.extract.MeetingJudge;
import org.w3id.dmkg.nlp.Classifier;
import org.w3id.dmkg.rdf.ArticleGraph;
import org.w3id.dmkg.text.SourceDocument;

/**
 * Trains the meeting judge on articles with gold annotations, and cross-validates it: each fold's articles
 * are extracted with a model trained on the other folds only, so their scores are those of articles the
 * model never saw. The articles are held in memory (a corpus with gold is small). Not thread-safe.
 */
public final class MeetingLearning {
    private final Dmkg dmkg;
    private final List<SourceDocument> docs;
    private final List<List<Classifier.Example>> examples = new ArrayList<>();

    /**
     * Gathers the candidates of every article; articles without gold (keyed by URL) give no examples
     * but are still extracted in cross-validation.
     */
    public MeetingLearning(Dmkg dmkg, List<SourceDocument> docs, Map<String, GoldArticle> golds) {
        this.dmkg = dmkg;
        this.docs = List.copyOf(docs);
        Extractor gather = dmkg.session(0, MeetingJudge.keepAll()).extractor();
        for (SourceDocument d : docs) {
            GoldArticle gold = d.url() == null ? null : golds.get(d.url().strip());
            examples.add(gold == null ? List.of() : MeetingExamples.label(gather.meetingCandidates(d), gold));
        }
    }

    /** The model learned from every article. */
    public Classifier train() {
        return Classifier.train(examples.stream().flatMap(List::stream).toList());
    }

    /** How many examples, and how many of them are meetings. */
    public int[] counts() {
        List<Classifier.Example> all = examples.stream().flatMap(List::stream).toList();
        return new int[] {all.size(), (int) all.stream().filter(Classifier.Example::yes).count()};
    }

    /** Every article's graph, each extracted with the model of the folds it is not in. */
    public Dataset crossValidate(int k, double minConfidence) {
        List<Integer> fold = Folds.assign(docs.stream().map(SourceDocument::url).toList(), k);
        Dataset out = DatasetFactory.create();
        for (int f = 0; f < k; f++) {
            List<Classifier.Example> training = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                if (fold.get(i) != f) {
                    training.addAll(examples.get(i));
                }
            }
            Dmkg.Session session = dmkg.session(minConfidence, MeetingJudge.of(Classifier.train(training)));
            for (int i = 0; i < docs.size(); i++) {
                if (fold.get(i) == f) {
                    ArticleGraph g = session.extract(docs.get(i));
                    out.addNamedModel(g.articleIri(), g.model());
                }
            }
        }
        return out;
    }
}
