package org.w3id.dmkg.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.function.Supplier;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.w3id.dmkg.Dmkg;
import org.w3id.dmkg.OrderedPipeline;
import org.w3id.dmkg.eval.Calibration;
import org.w3id.dmkg.eval.GoldArticle;
import org.w3id.dmkg.extract.DecisionCandidates;
import org.w3id.dmkg.extract.Extractor;
import org.w3id.dmkg.extract.Judges;
import org.w3id.dmkg.nlp.Classifier;
import org.w3id.dmkg.text.SourceDocument;

/**
 * Trains the extractor's learned decisions on articles with gold annotations, and cross-validates them.
 * The person judge learns from the name-shaped runs; the meeting and office-country judges learn from
 * the candidates the extractor gives once that person judge has decided (they depend on who the persons
 * are), and the setting judge from the meetings those judges keep. In cross-validation
 * each fold's articles are extracted with both models trained on the other folds only, so their scores are
 * those of articles the models never saw. The articles are held in memory, each prepared once (tokens, tags and
 * what no model decides): training on the dev corpus and the 2,000 articles the verdicts speak of fits a 1 GB heap.
 * Not thread-safe.
 */
public final class Learning {
    private final Dmkg dmkg;
    private final List<SourceDocument> docs;
    /** The articles prepared once ({@link Extractor#prepare}): every training and fold judges them as they are. */
    private List<Extractor.Prepared> prepared;
    private List<Extractor.Prepared> preparedLabelled;
    private final List<GoldArticle> golds = new ArrayList<>();
    private final List<List<Classifier.Example>> personExamples = new ArrayList<>();
    /** Articles without gold whose proposed meetings have verdicts: always trained on, never scored. */
    private final List<SourceDocument> labelled;
    private final MeetingLabels labels;
    /** Articles without gold that the person verdicts speak of, and those verdicts. */
    private final List<SourceDocument> personLabelled;
    private final PersonLabels personLabels;
    /** The person judge's examples from verdicts on persons in articles without gold: trained on in every fold. */
    private final List<Classifier.Example> personVerdictExamples = new ArrayList<>();
    private int labelledExamples;
    /**
     * How many times each meeting example from the gold counts against one from the verdicts on articles
     * without gold: the gold annotates whole articles by the corpus's rules, a verdict one proposal of
     * ordinary news, and the verdicts make about seven times as many examples. Counting the gold twice keeps the
     * judge to the gold's conventions where both speak (a visitor's audiences with a country's leaders are separate
     * meetings) while the verdicts teach what the gold shows too rarely: four times gave the same cross-validated
     * figures but kept fewer of the held-back rounds' meetings, once let a non-meeting of the dev corpus through.
     */
    static final int GOLD_WEIGHT = 2;

    /** Worker threads for the extraction of candidates and held-out folds; the models are the same for any number. */
    private int threads = OrderedPipeline.defaultThreads();
    private final List<Calibration.Judged> heldOut = new ArrayList<>();
    private final List<Contradiction> contradicted = new ArrayList<>();
    private int meetingExamples;
    private int meetingPositives;
    private int officeExamples;
    private int officePositives;
    private int settingExamples;
    private int settingPositives;

    /** Articles without gold (keyed by URL) give no examples but are still extracted in cross-validation. */
    public Learning(Dmkg dmkg, List<SourceDocument> docs, Map<String, GoldArticle> goldByUrl) {
        this(dmkg, docs, goldByUrl, List.of(), MeetingLabels.none());
    }

    /**
     * @param labelled articles without gold that the meeting verdicts speak of; they teach the meeting judge in
     *                 every fold and are never extracted for scoring
     */
    public Learning(Dmkg dmkg, List<SourceDocument> docs, Map<String, GoldArticle> goldByUrl,
                    List<SourceDocument> labelled, MeetingLabels labels) {
        this(dmkg, docs, goldByUrl, labelled, labels, List.of(), PersonLabels.none());
    }

    /**
     * @param personLabelled articles without gold that the person verdicts speak of; their runs that a verdict
     *                       names teach the person judge in every fold, and they are never extracted for scoring
     */
    public Learning(Dmkg dmkg, List<SourceDocument> docs, Map<String, GoldArticle> goldByUrl,
                    List<SourceDocument> labelled, MeetingLabels labels,
                    List<SourceDocument> personLabelled, PersonLabels personLabels) {
        this.dmkg = dmkg;
        this.docs = List.copyOf(docs);
        this.labelled = List.copyOf(labelled);
        this.labels = labels;
        this.personLabelled = List.copyOf(personLabelled);
        this.personLabels = personLabels;
        for (SourceDocument d : docs) {
            golds.add(d.url() == null ? null : goldByUrl.get(d.url().strip()));
        }
    }

    /**
     * Prepares every article once, on first use (on the worker threads), and takes the person judge's examples,
     * which no model decides: the name-shaped runs of the gold's articles and of those the person verdicts speak of.
     */
    private void prepare() {
        if (prepared != null) {
            return;
        }
        Supplier<Function<SourceDocument, Extractor.Prepared>> preparer = () -> {
            Extractor e = dmkg.session(0, Judges.none()).extractor();
            return e::prepare;
        };
        List<Extractor.Prepared> all = new ArrayList<>();
        inParallel(docs, preparer, all::add);
        List<Extractor.Prepared> allLabelled = new ArrayList<>();
        inParallel(labelled, preparer, allLabelled::add);
        Extractor rules = dmkg.session(0, Judges.none()).extractor();
        for (int i = 0; i < all.size(); i++) {
            GoldArticle gold = golds.get(i);
            personExamples.add(gold == null ? List.of() : PersonExamples.label(rules.personCandidates(all.get(i)), gold));
        }
        inParallel(personLabelled, () -> {
            Extractor e = dmkg.session(0, Judges.none()).extractor();
            return d -> PersonLabels.examples(e.personCandidates(d), personLabels.of(d.url()));
        }, personVerdictExamples::addAll);
        prepared = all;
        preparedLabelled = allLabelled;
    }

    /** Extracts on this many worker threads (at least one) from now on; returns this. */
    public Learning threads(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("threads must be positive: " + n);
        }
        threads = n;
        return this;
    }

    /** Both models learned from every article. */
    public Judges train() {
        prepare();
        return train(i -> true, j -> true);
    }

    /**
     * How many examples the last training had, and how many of them yes: the person judge's from the gold and from
     * the person verdicts, the meeting judge's (and how many of those the meeting verdicts made), the office-country
     * and the setting judges'.
     */
    public record Counts(int persons, int personsYes, int personVerdictRuns, int personVerdictRunsYes, int meetings,
                         int meetingsYes, int meetingsFromVerdicts, int offices, int officesYes, int settings,
                         int settingsYes) {
    }

    /** How many examples the last training had ({@link Counts}). */
    public Counts counts() {
        prepare();
        List<Classifier.Example> persons = personExamples.stream().flatMap(List::stream).toList();
        return new Counts(persons.size(), yes(persons), personVerdictExamples.size(), yes(personVerdictExamples),
                meetingExamples, meetingPositives, labelledExamples, officeExamples, officePositives, settingExamples,
                settingPositives);
    }

    private static int yes(List<Classifier.Example> examples) {
        return (int) examples.stream().filter(Classifier.Example::yes).count();
    }

    /** Every article's graph, each extracted with the models of the folds it is not in. */
    public Dataset crossValidate(int k, double minConfidence) {
        return crossValidate(k, minConfidence, false);
    }

    /**
     * Every article's graph, each extracted with the models of the folds it is not in. With {@code heldOutVerdicts}
     * the articles the verdicts speak of are split into K folds by outlet as well, each fold's models learn from
     * the verdicts of the other folds only, and {@link #heldOutVerdicts} then tells how the meeting judge read the
     * proposals of verdicts it never learned from: the nearest figure to its precision on ordinary news.
     */
    public Dataset crossValidate(int k, double minConfidence, boolean heldOutVerdicts) {
        prepare();
        List<Integer> fold = Folds.assign(docs.stream().map(SourceDocument::url).toList(), k);
        List<Integer> labelledFold = Folds.assign(labelled.stream().map(SourceDocument::url).toList(), k);
        heldOut.clear();
        contradicted.clear();
        Dataset out = DatasetFactory.create();
        for (int f = 0; f < k; f++) {
            int held = f;
            Judges judges = train(i -> fold.get(i) != held, j -> !heldOutVerdicts || labelledFold.get(j) != held);
            List<Extractor.Prepared> heldDocs = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                if (fold.get(i) == f) {
                    heldDocs.add(prepared.get(i));
                }
            }
            inParallel(heldDocs, () -> {
                Dmkg.Session session = dmkg.session(minConfidence, judges);
                return session::extract;
            }, g -> out.addNamedModel(g.articleIri(), g.model()));
            List<Extractor.Prepared> heldLabelled = new ArrayList<>();
            for (int j = 0; heldOutVerdicts && j < labelled.size(); j++) {
                if (labelledFold.get(j) == f) {
                    heldLabelled.add(preparedLabelled.get(j));
                }
            }
            inParallel(heldLabelled, candidates(dmkg, judges), c -> {
                for (MeetingLabels.Judged v : MeetingLabels.judged(c.of().meetings(), labels.of(c.url()))) {
                    double p = judges.meeting().probability(v.candidate().features());
                    heldOut.add(new Calibration.Judged(p, v.label().meeting()));
                    contradicted.add(new Contradiction(c.url(), v.label(), p));
                }
            });
        }
        return out;
    }

    /**
     * The proposals of the last {@link #crossValidate} with held-out verdicts: each with the probability the meeting
     * judge, trained without its verdict, gave it, and whether the verdict calls it a meeting.
     */
    public List<Calibration.Judged> heldOutVerdicts() {
        return List.copyOf(heldOut);
    }

    /** A held-out verdict and the probability the judge that never learned from it gave its proposal. */
    public record Contradiction(String url, MeetingLabels.Label label, double probability) {
        /** How far the probability is from the verdict: 0 agrees wholly, 1 contradicts wholly. */
        public double distance() {
            return label.meeting() ? 1 - probability : probability;
        }
    }

    /**
     * The held-out verdicts of the last {@link #crossValidate} that the judge contradicts most, at most {@code n},
     * most contradicted first: where a verdict may be wrong, or the judge misses what tells.
     */
    public List<Contradiction> mostContradicted(int n) {
        return mostContradicted(contradicted, n);
    }

    /**
     * Of {@code all}, those the judge contradicts (distance over 0.5), each verdict once (at its strongest: several
     * proposals of an article may match one verdict), at most {@code n}, most contradicted first.
     */
    static List<Contradiction> mostContradicted(List<Contradiction> all, int n) {
        java.util.Map<List<Object>, Contradiction> strongest = new java.util.LinkedHashMap<>();
        for (Contradiction c : all) {
            strongest.merge(List.of(c.url(), c.label()), c, (a, b) -> b.distance() > a.distance() ? b : a);
        }
        return strongest.values().stream().filter(c -> c.distance() > 0.5)
                .sorted(java.util.Comparator.comparingDouble(Contradiction::distance).reversed()
                        .thenComparing(Contradiction::url)).limit(n).toList();
    }

    private Judges train(IntPredicate use, IntPredicate useLabelled) {
        List<Classifier.Example> persons = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            if (use.test(i)) {
                persons.addAll(personExamples.get(i));
            }
        }
        persons.addAll(personVerdictExamples);
        Judges withPersons = new Judges(Classifier.train(persons), null, null, null);
        List<Extractor.Prepared> annotated = new ArrayList<>();
        List<GoldArticle> goldOf = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            if (use.test(i) && golds.get(i) != null) {
                annotated.add(prepared.get(i));
                goldOf.add(golds.get(i));
            }
        }
        List<Classifier.Example> fromGold = new ArrayList<>();
        List<Classifier.Example> offices = new ArrayList<>();
        int[] next = {0};
        inParallel(annotated, candidates(dmkg, withPersons), c -> {
            GoldArticle gold = goldOf.get(next[0]++);
            fromGold.addAll(MeetingExamples.label(c.of().meetings(), gold));
            offices.addAll(OfficeExamples.label(c.of().officeCountries(), gold));
        });
        List<Extractor.Prepared> judged = new ArrayList<>();
        for (int j = 0; j < labelled.size(); j++) {
            if (useLabelled.test(j)) {
                judged.add(preparedLabelled.get(j));
            }
        }
        List<Classifier.Example> fromVerdicts = new ArrayList<>();
        inParallel(judged, candidates(dmkg, withPersons),
                c -> fromVerdicts.addAll(MeetingLabels.examples(c.of().meetings(), labels.of(c.url()))));
        labelledExamples = fromVerdicts.size();
        meetingExamples = fromGold.size() + fromVerdicts.size();
        meetingPositives = (int) java.util.stream.Stream.concat(fromGold.stream(), fromVerdicts.stream())
                .filter(Classifier.Example::yes).count();
        List<Classifier.Example> meetings = new ArrayList<>();
        for (int r = 0; r < GOLD_WEIGHT; r++) {
            meetings.addAll(fromGold);
        }
        meetings.addAll(fromVerdicts);
        officeExamples = offices.size();
        officePositives = (int) offices.stream().filter(Classifier.Example::yes).count();
        Classifier officeModel = Classifier.train(offices);
        Judges decided = withPersons.with(Classifier.train(meetings), officeModel);
        // the setting judge learns from every proposed meeting, not only those this meeting judge keeps: its
        // decision (does the article's date and place hold for it) does not depend on that judge, and a few
        // more or fewer kept meetings should not move it
        Judges withOffices = withPersons.with(null, officeModel);
        List<Classifier.Example> settings = new ArrayList<>();
        int[] at = {0};
        inParallel(annotated, () -> {
            Extractor e = dmkg.session(0, withOffices).extractor();
            return e::settingCandidates;
        }, c -> settings.addAll(SettingExamples.label(c, goldOf.get(at[0]++), dmkg.gazetteer())));
        settingExamples = settings.size();
        settingPositives = (int) settings.stream().filter(Classifier.Example::yes).count();
        return decided.withSetting(Classifier.train(settings));
    }

    /** The candidates of the meeting and office-country judges in an article, with the article's URL. */
    private record Candidates(String url, DecisionCandidates of) {
    }

    /** A worker's function from an article to its candidates under these judges, with its own extractor. */
    private static Supplier<Function<Extractor.Prepared, Candidates>> candidates(Dmkg dmkg, Judges judges) {
        return () -> {
            Extractor e = dmkg.session(0, judges).extractor();
            return d -> new Candidates(d.source().url(), e.decisionCandidates(d));
        };
    }

    /**
     * Applies a worker's function to each article on several threads, each worker with its own extractor, and
     * hands the results to {@code sink} in the articles' order on this thread: the same as one thread would.
     */
    private <T, R> void inParallel(List<T> articles, Supplier<? extends Function<? super T, ? extends R>> worker,
                                   Consumer<? super R> sink) {
        int n = Math.min(threads, Math.max(1, articles.size()));
        try (OrderedPipeline<T, R> pipeline = new OrderedPipeline<>(n, 4 * n, worker, sink)) {
            articles.forEach(pipeline::submit);
        }
    }
}
