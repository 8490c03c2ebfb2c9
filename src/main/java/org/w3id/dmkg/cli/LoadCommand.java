package org.w3id.dmkg.cli;

import java.util.concurrent.Callable;
import org.w3id.dmkg.Dmkg;
import org.w3id.dmkg.link.ReferenceData;
import org.w3id.dmkg.store.DmkgStore;
import org.w3id.dmkg.store.Stats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dmkg load}: extract articles and store them, one named graph each, in batches of whole articles. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Extract articles and add them to the store; loading an article again changes nothing.")
final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    CommonOptions common;
    @Mixin
    StoreOption store;
    @Mixin
    ArticleOptions articles;

    @Option(names = "--batch", defaultValue = "100", paramLabel = "N",
            description = "Articles per transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--bulk", description = "Load a store that holds no article yet with TDB2's bulk loader: "
            + "about twice as fast, but not crash-safe; a killed bulk load must be redone into an empty directory.")
    boolean bulk;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        try (DmkgStore s = DmkgStore.open(store.loc)) {
            Result r = load(s, articles, Math.max(1, batch), bulk, err);
            spec.commandLine().getOut().println(r.describe());
            err.println(r.summary().describe("loaded"));
            return r.summary().exitCode();
        }
    }

    /** What a load did: the run's summary and the articles added, and the store's counts after it. */
    record Result(ArticleRun.Summary summary, int added, int unchanged, Stats stats) {
        String describe() {
            return String.format("articles: %d read, %d added or changed, %d unchanged%n"
                            + "store: %d articles, %d meetings, %d people, %d office holdings, %d anniversaries, "
                            + "%d statements, %d triples", summary.articles(), added, unchanged, stats.articles(),
                    stats.meetings(), stats.persons(), stats.officeHoldings(), stats.anniversaries(),
                    stats.statements(), stats.triples());
        }
    }

    /** A load that wrote at least this many batches compacts the store: TDB2 keeps every replaced block until then. */
    static final int COMPACT_AFTER_BATCHES = 10;

    static Result load(DmkgStore s, ArticleOptions articles, int batchSize, boolean bulk, java.io.PrintWriter err) {
        s.loadReference(Dmkg.shared().reference().model(), ReferenceData.GRAPH);
        ArticleRun.Summary summary;
        org.w3id.dmkg.store.LoadResult r;
        try (var loader = s.loader(batchSize, bulk)) {
            summary = articles.run(err, loader::add);
            loader.close();
            r = loader.result();
        }
        if (r.added() >= COMPACT_AFTER_BATCHES * batchSize) {
            err.println("dmkg: compacting the store after " + r.added() + " articles...");
            s.compact();
        }
        return new Result(summary, r.added(), r.unchanged(), Stats.of(s));
    }
}
