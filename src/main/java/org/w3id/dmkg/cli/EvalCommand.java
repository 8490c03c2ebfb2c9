package org.w3id.dmkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.w3id.dmkg.DmkgException;
import org.w3id.dmkg.Dmkg;
import org.w3id.dmkg.eval.Calibration;
import org.w3id.dmkg.eval.GoldArticle;
import org.w3id.dmkg.eval.GoldReader;
import org.w3id.dmkg.eval.GraphFacts;
import org.w3id.dmkg.eval.Misses;
import org.w3id.dmkg.eval.Score;
import org.w3id.dmkg.eval.ScoreJson;
import org.w3id.dmkg.eval.Scorer;
import org.w3id.dmkg.eval.VerdictCheck;
import org.w3id.dmkg.extract.meeting.MeetingJudge;
import org.w3id.dmkg.learn.Learning;
import org.w3id.dmkg.learn.MeetingLabels;
import org.w3id.dmkg.learn.PersonLabels;
import org.w3id.dmkg.rdf.ArticleGraph;
import org.w3id.dmkg.text.SourceDocument;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dmkg eval}: extracts the articles (or reads an RDF file) and scores the graph against gold
 * annotations with the rules of the official scorer, printing its table, its summary line, the calibration
 * of meeting confidences and then, per article, the gold facts missed and the predictions that are wrong.
 * With {@code --folds K} the articles are cross-validated ({@link Learning}).
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score extraction against gold annotations: precision, recall and F1 per kind of fact.")
final class EvalCommand implements Callable<Integer> {
    /** How many of the held-out verdicts the judge contradicts most are listed. */
    private static final int CONTRADICTIONS = 100;

    @Spec
    CommandSpec spec;
    @Mixin
    CommonOptions common;

    @Option(names = "--verdicts", paramLabel = "FILE|DIR",
            description = "Score against verdicts instead of gold: verdicts on proposed meetings in articles without gold "
                    + "(as --meeting-labels; a directory stands for its *.tsv files; repeatable). Extracts the articles of "
                    + "INPUT they speak of, or reads --graph, and reports how many of the meetings and of the non-meetings "
                    + "it keeps.")
    List<Path> verdictFiles = List.of();

    @Option(names = "--person-verdicts", paramLabel = "FILE|DIR",
            description = "Score against verdicts on the persons dmkg reported in articles without gold (URL, name, yes "
                    + "or no; a directory stands for its *.tsv files; repeatable): how many of the names it reports there "
                    + "are persons, and how many of the persons it still reports. With --verdicts, both.")
    List<Path> personVerdictFiles = List.of();

    @Option(names = "--gold", paramLabel = "DIR",
            description = "Directory of gold annotations (*.json); may be repeated.")
    List<Path> gold;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures to FILE as JSON.")
    Path json;

    @Option(names = {"-q", "--quiet"}, description = "Print only the table and the summary, not the misses.")
    boolean quiet;

    @Option(names = "--folds", paramLabel = "K", description = "Cross-validate: split the articles into K folds, "
            + "each outlet in one, and extract each fold with a meeting model trained on the other folds only, so "
            + "the figures are those of articles the learned models never saw.")
    Integer folds;

    @Option(names = "--held-out-verdicts", description = "With --folds and --meeting-labels: split the verdicts' "
            + "articles into the folds too, train each fold without its own, and report how the meeting judge reads the "
            + "proposals it never learned from (its precision on ordinary news, as near as the verdicts tell).")
    boolean heldOutVerdicts;

    @Mixin
    LabelOptions labelOptions = new LabelOptions();

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    /** What to score: articles to extract, or a graph already extracted. */
    static final class Source {
        @Option(names = "--graph", paramLabel = "FILE", description = "Score this RDF file instead of extracting.")
        Path graph;

        @ArgGroup(exclusive = false)
        ArticleOptions articles;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Dataset dataset;
        int exit = 0;
        if (folds != null && (folds < 2 || source.graph != null)) {
            throw new DmkgException(DmkgException.USAGE, source.graph != null
                    ? "--folds needs articles to extract, not --graph" : "--folds must be at least 2: " + folds);
        }
        if (!verdictFiles.isEmpty() || !personVerdictFiles.isEmpty()) {
            return checkVerdicts(out, err);
        }
        if (gold == null) {
            throw new DmkgException(DmkgException.USAGE, "eval needs --gold DIR (or --verdicts)");
        }
        MeetingLabels labels = labelOptions.labels();
        PersonLabels personLabels = labelOptions.personLabels();
        if ((!labels.isEmpty() || !personLabels.isEmpty()) && folds == null) {
            throw new DmkgException(DmkgException.USAGE, (labels.isEmpty() ? "--person-labels" : "--meeting-labels")
                    + " is for training: use it with --folds");
        }
        if (heldOutVerdicts && labels.isEmpty()) {
            throw new DmkgException(DmkgException.USAGE, "--held-out-verdicts needs --folds and --meeting-labels");
        }
        List<Calibration.Judged> verdicts = null;
        List<Learning.Contradiction> contradicted = List.of();
        Map<String, GoldArticle> golds = readGold(gold);
        if (source.graph != null) {
            dataset = ValidateCommand.read(source.graph);
        } else if (folds != null) {
            Confidence.check(source.articles.minConfidence);
            long start = System.nanoTime();
            var docs = ArticleRun.readAll(source.articles.inputs, err);
            Learning learning = labelOptions.learning(docs, golds, labels, personLabels, err);
            dataset = learning.crossValidate(folds, source.articles.minConfidence, heldOutVerdicts);
            verdicts = heldOutVerdicts ? learning.heldOutVerdicts() : null;
            contradicted = learning.mostContradicted(CONTRADICTIONS);
            err.printf("cross-validated %d articles in %d folds (each outlet in one fold) in %.1f s%n", docs.size(),
                    folds, (System.nanoTime() - start) / 1e9);
        } else {
            dataset = DatasetFactory.create();
            ArticleRun.Summary summary = source.articles.run(err, g -> dataset.addNamedModel(g.articleIri(), g.model()));
            err.println(summary.describe("extracted"));
            exit = summary.exitCode();
        }
        GraphFacts facts = GraphFacts.of(dataset);
        Score score = Scorer.standard().score(golds, facts);
        if (folds != null) {
            out.println("cross-validated, " + folds + " folds by outlet:");
        }
        score.table().forEach(out::println);
        out.println(score.summary());
        out.println();
        Calibration.of(golds, facts).table().forEach(out::println);
        if (verdicts != null) {
            out.println();
            out.println(verdictLine(verdicts, Math.max(source.articles.minConfidence, MeetingJudge.THRESHOLD)));
            out.println("held-out verdicts by confidence (share correct = share the verdicts call meetings):");
            Calibration.of(verdicts).table().forEach(out::println);
        }
        if (!quiet) {
            List<String> misses = Misses.lines(score);
            if (!misses.isEmpty()) {
                out.println();
                out.println("misses and false positives per article:");
                misses.forEach(out::println);
            }
            if (!contradicted.isEmpty()) {
                out.println();
                out.println("held-out verdicts the judge contradicts most (probability, verdict, participants, URL):");
                contradicted.forEach(c -> out.printf(java.util.Locale.ROOT, "%.2f\t%s\t%s\t%s%n", c.probability(),
                        c.label().meeting() ? "yes" : "no", String.join(" + ", c.label().participants()), c.url()));
            }
        }
        out.flush();
        if (json != null) {
            try (OutputStream o = Files.newOutputStream(json)) {
                ScoreJson.write(score, o);
            }
        }
        return exit;
    }

    /** {@code --verdicts}, {@code --person-verdicts}: how the extraction (or the graph) reads what verdicts judged. */
    private int checkVerdicts(PrintWriter out, PrintWriter err) {
        if (gold != null || folds != null || !labelOptions.files.isEmpty() || !labelOptions.personFiles.isEmpty()) {
            throw new DmkgException(DmkgException.USAGE, "--verdicts scores the shipped models: not with --gold, --folds, "
                    + "--meeting-labels or --person-labels");
        }
        MeetingLabels verdicts;
        PersonLabels persons;
        try {
            verdicts = verdictFiles.isEmpty() ? MeetingLabels.none() : MeetingLabels.read(verdictFiles);
            persons = personVerdictFiles.isEmpty() ? PersonLabels.none() : PersonLabels.read(personVerdictFiles);
        } catch (IOException e) { // a missing file too: the reader names it
            throw new DmkgException(DmkgException.INPUT_UNREADABLE, e.getMessage());
        }
        Dataset dataset = DatasetFactory.create();
        double minConfidence = 0;
        if (source.graph != null) {
            dataset = ValidateCommand.read(source.graph);
        } else {
            minConfidence = source.articles.minConfidence;
            Confidence.check(minConfidence);
            long start = System.nanoTime();
            List<SourceDocument> docs = ArticleRun.readAll(source.articles.inputs, err,
                    d -> !verdicts.of(d.url()).isEmpty() || !persons.of(d.url()).isEmpty());
            Dmkg.Session session = Dmkg.shared().session(minConfidence);
            for (SourceDocument d : docs) {
                try {
                    ArticleGraph g = session.extract(d);
                    dataset.addNamedModel(g.articleIri(), g.model());
                } catch (RuntimeException e) { // one article the extractor cannot handle must not cost the others
                    err.println("dmkg: " + d.origin() + ": extraction failed: " + e);
                }
            }
            err.printf("extracted the %d articles the verdicts speak of in %.1f s%n", docs.size(),
                    (System.nanoTime() - start) / 1e9);
            err.flush();
        }
        GraphFacts facts = GraphFacts.of(dataset);
        List<Calibration.Judged> judged = VerdictCheck.judge(verdicts, facts);
        List<PersonLabels.Judged> named = VerdictCheck.persons(persons, facts);
        if (judged.isEmpty() && named.isEmpty()) {
            throw new DmkgException(DmkgException.INPUT_UNREADABLE, "no article of the verdicts in the input");
        }
        if (!judged.isEmpty()) {
            out.println(verdictLine("verdicts", judged, Math.max(minConfidence, MeetingJudge.THRESHOLD)));
            out.println("verdicts by confidence (share correct = share the verdicts call meetings; dropped ones at 0):");
            Calibration.of(judged).table().forEach(out::println);
        }
        if (!named.isEmpty()) {
            out.println(PersonLabels.summary(named));
            if (!quiet) {
                named.stream().filter(j -> j.reported() != j.label().person()).forEach(j -> out.printf(
                        "  %s %s\t%s%n", j.reported() ? "reported, no person:" : "dropped person:", j.label().name(),
                        j.url()));
            }
        }
        out.flush();
        return 0;
    }

    /** The line that tells how the meeting judge read proposals whose verdicts it did not learn from. */
    static String verdictLine(List<Calibration.Judged> verdicts, double threshold) {
        return verdictLine("held-out verdicts", verdicts, threshold);
    }

    /** The line that tells how many of the judged proposals were kept and how many of those are meetings. */
    static String verdictLine(String what, List<Calibration.Judged> verdicts, double threshold) {
        int[] t = new int[4]; // kept and a meeting, kept and none, dropped and a meeting, dropped and none
        for (Calibration.Judged j : verdicts) {
            t[(j.confidence() >= threshold ? 0 : 2) + (j.correct() ? 0 : 1)]++;
        }
        int kept = t[0] + t[1];
        int yes = t[0] + t[2];
        return String.format(java.util.Locale.ROOT, "%s: %d proposals, %d kept of which %d meetings "
                + "(precision %.3f); %d of %d meetings kept (recall %.3f); %d of %d non-meetings dropped",
                what, verdicts.size(), kept, t[0], kept == 0 ? 0.0 : (double) t[0] / kept, t[0], yes,
                yes == 0 ? 0.0 : (double) t[0] / yes, t[3], t[1] + t[3]);
    }

    static Map<String, GoldArticle> readGold(List<Path> gold) {
        for (Path d : gold) {
            if (!Files.isDirectory(d)) {
                throw new DmkgException(DmkgException.INPUT_UNREADABLE, d + ": no such directory");
            }
        }
        Map<String, GoldArticle> golds;
        try {
            golds = GoldReader.read(gold);
        } catch (IOException e) {
            throw new DmkgException(DmkgException.INPUT_UNREADABLE, "cannot read gold annotations: " + e.getMessage(), e);
        }
        if (golds.isEmpty()) {
            throw new DmkgException(DmkgException.INPUT_UNREADABLE, "no gold annotation (*.json) in " + gold);
        }
        return golds;
    }
}
