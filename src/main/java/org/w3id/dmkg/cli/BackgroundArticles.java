package org.w3id.dmkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.w3id.dmkg.text.ArticleSource;
import org.w3id.dmkg.text.SourceDocument;

/**
 * Reads the articles without gold that the mining commands learn from, leaving out those a gold directory
 * annotates (so that cross-validation on that gold does not see them through what is mined), and reports
 * unreadable inputs as problem lines.
 */
final class BackgroundArticles {
    /**
     * What reading left out.
     *
     * @param excluded articles left out because the gold annotates them
     * @param fatal    inputs that could not be read at all
     */
    record Skipped(int excluded, int fatal) {
    }

    private BackgroundArticles() {
    }

    static Skipped read(PrintWriter err, List<Path> exclude, List<String> inputs, Consumer<SourceDocument> each) {
        Set<String> excluded = exclude.isEmpty() ? Set.of() : EvalCommand.readGold(exclude).keySet();
        int[] n = new int[2];
        ProblemLines lines = new ProblemLines(err, () -> { });
        new ArticleSource().read(inputs, doc -> {
            if (doc.url() != null && excluded.contains(doc.url().strip())) {
                n[0]++;
            } else {
                each.accept(doc);
            }
        }, problem -> {
            if (problem.fatal()) {
                n[1]++;
            }
            lines.report(ArticleRun.prefix(problem), problem.origin() + ": ", problem.message());
        });
        lines.finish();
        return new Skipped(n[0], n[1]);
    }
}
