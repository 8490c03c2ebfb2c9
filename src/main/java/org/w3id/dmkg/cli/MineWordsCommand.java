package org.w3id.dmkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.dmkg.DmkgException;
import org.w3id.dmkg.extract.NameContexts;
import org.w3id.dmkg.extract.WordCases;
import org.w3id.dmkg.learn.WordCaseMining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code dmkg mine-words}: reads articles without gold and writes the table of how often words are written
 * in lower case inside sentences, which {@link WordCases} ships, and with {@code --contexts} the table of where
 * capitalized words stand, which {@link NameContexts} ships. Articles whose URL a gold directory
 * annotates are left out, as {@code mine-countries} leaves them out; the same articles give the same table.
 */
@Command(name = "mine-words", mixinStandardHelpOptions = true,
        description = "Learn which capitalized words are common words from how articles write them (deterministic).")
final class MineWordsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    BackgroundArticles articles = new BackgroundArticles();

    @Option(names = "--min-count", paramLabel = "N", defaultValue = "5",
            description = "Uses inside sentences a word needs to be kept (default: ${DEFAULT-VALUE}).")
    int minCount;

    @Option(names = "--min-share", paramLabel = "X", defaultValue = "0.5",
            description = "Share of those uses in lower case a word needs to be kept (default: ${DEFAULT-VALUE}).")
    double minShare;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "The table to write (shipped as " + WordCases.RESOURCE + ").")
    Path output;

    @Option(names = "--contexts", paramLabel = "FILE",
            description = "Also write where capitalized words stand, after \"in\" or beside a title (shipped as "
                    + NameContexts.RESOURCE + "; words seen " + NameContexts.ENOUGH + " times or more).")
    Path contexts;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (minCount < 1 || minShare < 0 || minShare > 1) {
            throw new DmkgException(DmkgException.USAGE, "--min-count must be positive and --min-share in [0, 1]");
        }
        WordCaseMining mining = new WordCaseMining();
        int[] read = new int[1];
        long start = System.nanoTime();
        BackgroundArticles.Skipped skipped = articles.read(err, doc -> {
            read[0]++;
            mining.add(doc.text());
        });
        if (read[0] == 0) {
            throw new DmkgException(DmkgException.INPUT_UNREADABLE, "no article to learn from in " + articles.describe());
        }
        List<WordCaseMining.Entry> table = mining.table(minCount, minShare);
        OutputOption.writeTable(output, List.of("how often " + read[0] + " articles write each word in lower case inside "
                        + "a sentence; written by dmkg mine-words --min-count " + minCount + " --min-share " + minShare,
                "word\tlower-case uses\tuses inside sentences"),
                table.stream().map(e -> List.<Object>of(e.word(), e.lower(), e.total())).toList());
        if (contexts != null) {
            List<WordCaseMining.Context> rows = mining.contexts(NameContexts.ENOUGH);
            OutputOption.writeTable(contexts, List.of("where " + read[0] + " articles write each capitalized word; "
                            + "written by dmkg mine-words --contexts",
                    "word\tuses\tafter a preposition of place\tafter a title or before a verb of speech"
                            + "\tbefore who, after late, or before a word of family or death"),
                    rows.stream().map(c -> List.<Object>of(c.word(), c.uses(), c.place(), c.person(), c.bearer()))
                            .toList());
            err.printf("%d capitalized words written to %s%n", rows.size(), contexts);
        }
        err.printf("%d words from %d articles (%d left out as gold) in %.1f s, written to %s%n",
                table.size(), read[0], skipped.excluded(), (System.nanoTime() - start) / 1e9, output);
        return skipped.fatal() > 0 ? DmkgException.INPUT_UNREADABLE : 0;
    }
}
