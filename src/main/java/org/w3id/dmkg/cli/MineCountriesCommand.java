package org.w3id.dmkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.dmkg.Dmkg;
import org.w3id.dmkg.DmkgException;
import org.w3id.dmkg.OrderedPipeline;
import org.w3id.dmkg.extract.Extractor;
import org.w3id.dmkg.extract.Judges;
import org.w3id.dmkg.extract.KnownCountries;
import org.w3id.dmkg.extract.office.OfficeHolding;
import org.w3id.dmkg.learn.CountryMining;
import org.w3id.dmkg.text.SourceDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code dmkg mine-countries}: reads articles without gold and writes the table of office holders' countries
 * that {@link KnownCountries} ships. Articles whose URL a gold directory annotates are left out, so that
 * cross-validation on that gold does not see them through the table. Persons are found by the rules alone (no
 * learned model), so the table does not depend on the models it feeds; the same articles give the same table.
 */
@Command(name = "mine-countries", mixinStandardHelpOptions = true,
        description = "Learn the country of office holders from articles that state it beside the title (deterministic).")
final class MineCountriesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    BackgroundArticles articles = new BackgroundArticles();

    @Option(names = "--min-articles", paramLabel = "N", defaultValue = "1",
            description = "Articles that must agree on a person's country (default: ${DEFAULT-VALUE}).")
    int minArticles;

    @Option(names = "--min-share", paramLabel = "X", defaultValue = "0.8",
            description = "Share of the articles naming a country for the person that must agree (default: ${DEFAULT-VALUE}).")
    double minShare;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "The table to write (shipped as " + KnownCountries.RESOURCE + ").")
    Path output;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (minArticles < 1 || minShare <= 0 || minShare > 1) {
            throw new DmkgException(DmkgException.USAGE, "--min-articles must be positive and --min-share in (0, 1]");
        }
        Dmkg dmkg = Dmkg.shared();
        CountryMining mining = new CountryMining();
        int[] read = new int[1];
        long start = System.nanoTime();
        int threads = OrderedPipeline.defaultThreads();
        BackgroundArticles.Skipped skipped;
        try (OrderedPipeline<SourceDocument, List<OfficeHolding>> pipeline = new OrderedPipeline<>(threads, 4 * threads,
                () -> {
                    Extractor x = dmkg.session(0, Judges.none()).extractor();
                    return doc -> x.statedOffices(doc);
                }, stated -> {
                    read[0]++;
                    mining.add(stated);
                })) {
            skipped = articles.read(err, pipeline::submit);
        }
        if (read[0] == 0) {
            throw new DmkgException(DmkgException.INPUT_UNREADABLE, "no article to learn from in " + articles.describe());
        }
        List<CountryMining.Entry> table = mining.table(minArticles, minShare);
        OutputOption.writeTable(output, List.of("office holders' countries as " + read[0] + " articles state them "
                        + "beside the title; written by dmkg mine-countries --min-articles " + minArticles
                        + " --min-share " + minShare,
                "name key\tcountry\tarticles agreeing\tarticles naming a country\tname"),
                table.stream().map(e -> List.<Object>of(e.key(), e.country(), e.articles(), e.total(), e.name()))
                        .toList());
        err.printf("%d people's countries from %d articles (%d left out as gold) in %.1f s, written to %s%n",
                table.size(), read[0], skipped.excluded(), (System.nanoTime() - start) / 1e9, output);
        return skipped.fatal() > 0 ? DmkgException.INPUT_UNREADABLE : 0;
    }
}
