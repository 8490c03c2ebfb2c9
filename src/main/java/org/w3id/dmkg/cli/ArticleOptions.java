package org.w3id.dmkg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Consumer;
import org.w3id.dmkg.rdf.ArticleGraph;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs and confidence threshold of the commands that read articles. */
final class ArticleOptions {
    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Files (txt, html, jsonl, and warc or arc web archives; any of them gzipped), "
                    + "directories (read recursively), or - for stdin.")
    List<String> inputs;

    @Option(names = "--min-confidence", defaultValue = "0", paramLabel = "X",
            description = "Leave out facts with confidence below X (0..1; default: ${DEFAULT-VALUE}).")
    double minConfidence;

    @Option(names = "--threads", paramLabel = "T",
            description = "Worker threads for extraction (default: the processors, at most 4); the output is the same for any T.")
    Integer threads;

    int threads() {
        if (threads != null && threads < 1) {
            throw new org.w3id.dmkg.DmkgException(org.w3id.dmkg.DmkgException.USAGE, "--threads must be positive: " + threads);
        }
        return threads == null ? org.w3id.dmkg.OrderedPipeline.defaultThreads() : threads;
    }

    ArticleRun.Summary run(PrintWriter err, Consumer<ArticleGraph> sink) {
        Confidence.check(minConfidence);
        return ArticleRun.run(inputs, minConfidence, threads(), err, sink);
    }
}
