package org.w3id.dmkg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Consumer;
import org.w3id.dmkg.Dmkg;
import org.w3id.dmkg.DmkgException;
import org.w3id.dmkg.rdf.ArticleGraph;
import org.w3id.dmkg.text.ArticleSource;

/**
 * Reads the inputs, extracts each article and hands its graph on, reporting problems on stderr (one
 * line each) and progress when stderr is a terminal. Shared by {@code extract}, {@code load} and {@code demo}.
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

    static Summary run(List<String> inputs, double minConfidence, PrintWriter err, Consumer<ArticleGraph> sink) {
        Dmkg.Session session = Dmkg.shared().session(minConfidence);
        Progress progress = new Progress(err);
        int[] problems = new int[2];
        long start = System.nanoTime();
        int articles = new ArticleSource().read(inputs, doc -> {
            ArticleGraph graph;
            try {
                graph = session.extract(doc);
            } catch (RuntimeException e) {
                // one article the extractor cannot handle must not cost the others
                problems[0]++;
                progress.clear();
                err.println("dmkg: " + doc.origin() + ": extraction failed: " + e);
                return;
            }
            sink.accept(graph);
            progress.tick();
        }, problem -> {
            problems[problem.fatal() ? 0 : 1]++;
            progress.clear();
            err.println("dmkg: " + (problem.fatal() ? "" : "warning: ") + problem);
        });
        progress.clear();
        if (articles == 0 && problems[0] == 0) {
            throw new DmkgException(DmkgException.INPUT_UNREADABLE, "no article found in " + String.join(" ", inputs));
        }
        return new Summary(articles, problems[0], problems[1], (System.nanoTime() - start) / 1_000_000);
    }
}
