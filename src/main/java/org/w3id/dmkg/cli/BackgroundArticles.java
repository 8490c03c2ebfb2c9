package org.w3id.dmkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.w3id.dmkg.text.SourceDocument;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The articles without gold that the mining commands learn from (a picocli mixin: the inputs and
 * {@code --exclude-gold}): read leaving out those a gold directory annotates, so that cross-validation on
 * that gold does not see them through what is mined, with unreadable inputs reported as problem lines.
 */
final class BackgroundArticles {
    @Option(names = "--exclude-gold", paramLabel = "DIR", description = "Leave out the articles this gold annotates.")
    List<Path> exclude = List.of();

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Articles (files or directories, any input format).")
    List<String> inputs;

    /**
     * What reading left out.
     *
     * @param excluded articles left out because the gold annotates them
     * @param fatal    inputs that could not be read at all
     */
    record Skipped(int excluded, int fatal) {
    }

    /** The inputs as one string, for messages. */
    String describe() {
        return String.join(" ", inputs);
    }

    Skipped read(PrintWriter err, Consumer<SourceDocument> each) {
        Set<String> excluded = exclude.isEmpty() ? Set.of() : EvalCommand.readGold(exclude).keySet();
        int[] excludedCount = new int[1];
        int fatal = ArticleRun.read(inputs, err, doc -> {
            if (doc.url() != null && excluded.contains(doc.url().strip())) {
                excludedCount[0]++;
            } else {
                each.accept(doc);
            }
        });
        return new Skipped(excludedCount[0], fatal);
    }
}
