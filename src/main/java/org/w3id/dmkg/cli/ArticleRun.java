package org.w3id.dmkg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.w3id.dmkg.Dmkg;
import org.w3id.dmkg.DmkgException;
import org.w3id.dmkg.OrderedPipeline;
import org.w3id.dmkg.rdf.ArticleGraph;
import org.w3id.dmkg.text.ArticleSource;
import org.w3id.dmkg.text.InputProblem;
import org.w3id.dmkg.text.SourceDocument;

/**
 * Reads the inputs, extracts each article and hands its graph on, reporting problems on stderr (one
 * line each, at most a few of each kind: {@link ProblemLines}) and progress when stderr is a terminal.
 * Shared by {@code extract}, {@code load} and {@code demo}.
 */
final class ArticleRun {
    /** What a run did. */
    record Summary(int articles, int skipped, int warnings, long millis) {
        /** Exit code: 0, or {@link DmkgException#INPUT_UNREADABLE} when an input had to be skipped. */
        int exitCode() {
            return skipped > 0 ? DmkgException.INPUT_UNREADABLE : 0;
        }

        /** The one-line summary printed at the end of a run. */
        String describe(String verb) {
            return String.format("%s %d articles in %.1f s (%.1f articles/s)%s%s", verb, articles, millis / 1000.0,
                    articles * 1000.0 / Math.max(millis, 1), skipped > 0 ? ", " + skipped + " inputs skipped" : "",
                    warnings > 0 ? ", " + warnings + " warnings" : "");
        }
    }

    private ArticleRun() {
    }

    /** One article's extraction: its graph, or the error that stopped it. */
    private record Outcome(SourceDocument doc, ArticleGraph graph, RuntimeException error) {
    }

    /**
     * Extracts every article with {@code threads} workers (one {@link Dmkg.Session} each) and hands the
     * graphs to {@code sink} on the calling thread in input order, so the output does not depend on
     * the thread count; at most a few articles per worker are in memory at once.
     */
    static Summary run(List<String> inputs, double minConfidence, int threads, PrintWriter err,
                       Consumer<ArticleGraph> sink) {
        Dmkg dmkg = Dmkg.shared();
        Progress progress = new Progress(err, inputs);
        int[] problems = new int[2];
        ProblemLines lines = new ProblemLines(err, progress::clear);
        long start = System.nanoTime();
        int articles;
        try (OrderedPipeline<SourceDocument, Outcome> pipeline = new OrderedPipeline<>(threads, 4 * threads,
                () -> extractor(dmkg.session(minConfidence)), outcome -> {
                    if (outcome.error() != null) {
                        // one article the extractor cannot handle must not cost the others
                        problems[0]++;
                        lines.report("dmkg: ", outcome.doc().origin() + ": ", "extraction failed: " + outcome.error());
                        return;
                    }
                    sink.accept(outcome.graph());
                    progress.tick();
                })) {
            articles = new ArticleSource().read(inputs, pipeline::submit, problem -> {
                problems[problem.fatal() ? 0 : 1]++;
                lines.report(prefix(problem), problem.origin() + ": ", problem.message());
            });
        }
        lines.finish();
        progress.clear();
        if (articles == 0 && problems[0] == 0) {
            throw new DmkgException(DmkgException.INPUT_UNREADABLE, "no article found in " + String.join(" ", inputs));
        }
        return new Summary(articles, problems[0], problems[1], (System.nanoTime() - start) / 1_000_000);
    }

    /** Reads every article of the inputs into memory (for training and cross-validation), reporting problems. */
    static List<SourceDocument> readAll(List<String> inputs, PrintWriter err) {
        return readAll(inputs, err, d -> true);
    }

    /** The articles of the inputs that {@code keep} accepts, in order; fails as {@link #readAll(List, PrintWriter)}. */
    static List<SourceDocument> readAll(List<String> inputs, PrintWriter err, java.util.function.Predicate<SourceDocument> keep) {
        List<SourceDocument> docs = new java.util.ArrayList<>();
        int fatal = read(inputs, err, d -> {
            if (keep.test(d)) {
                docs.add(d);
            }
        });
        if (docs.isEmpty()) {
            throw new DmkgException(DmkgException.INPUT_UNREADABLE, "no article found in " + String.join(" ", inputs));
        }
        if (fatal > 0) {
            throw new DmkgException(DmkgException.INPUT_UNREADABLE, fatal + " inputs could not be read");
        }
        return docs;
    }

    /**
     * Streams every article of the inputs to {@code each}, reporting each problem as one line; the number of
     * inputs that could not be read at all.
     */
    static int read(List<String> inputs, PrintWriter err, java.util.function.Consumer<SourceDocument> each) {
        int[] fatal = new int[1];
        ProblemLines lines = new ProblemLines(err, () -> { });
        new ArticleSource().read(inputs, each, problem -> {
            fatal[0] += problem.fatal() ? 1 : 0;
            lines.report(prefix(problem), problem.origin() + ": ", problem.message());
        });
        lines.finish();
        return fatal[0];
    }

    /** How a problem's line starts: "dmkg: " for an input skipped, "dmkg: warning: " for one read in part. */
    private static String prefix(InputProblem problem) {
        return problem.fatal() ? "dmkg: " : "dmkg: warning: ";
    }

    private static Function<SourceDocument, Outcome> extractor(Dmkg.Session session) {
        return doc -> {
            try {
                return new Outcome(doc, session.extract(doc), null);
            } catch (RuntimeException e) {
                return new Outcome(doc, null, e);
            }
        };
    }
}
