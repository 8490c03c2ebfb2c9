package org.w3id.dmkg.cli;

import java.util.concurrent.Callable;
import org.w3id.dmkg.Dmkg;
import org.w3id.dmkg.bench.HeapMeter;
import org.w3id.dmkg.link.ReferenceData;
import org.w3id.dmkg.store.DmkgStore;
import org.w3id.dmkg.store.Stats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dmkg load}: extract articles and store them, one named graph each and their entities in the
 * entity graph: through TDB2's bulk loader into a store that holds no article yet, else in transactions of whole articles (see
 * {@link DmkgStore#openForLoad} and {@link org.w3id.dmkg.store.ArticleLoader}).
 */
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

    @Option(names = "--no-bulk", description = "Write a first load into an empty store in transactions too, "
            + "instead of TDB2's faster bulk loader.")
    boolean noBulk;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        try (HeapMeter.LiveWatch heap = new HeapMeter.LiveWatch();
             DmkgStore s = DmkgStore.openForLoad(store.loc, w -> err.println("dmkg: warning: " + w))) {
            Result r = load(s, articles, Math.max(1, batch), !noBulk, err);
            var out = spec.commandLine().getOut();
            out.println(r.describe());
            out.println(r.run(HeapMeter.peakMb(), heap.liveMb(), HeapMeter.maxMb(), s.bytesOnDisk()));
            err.println(r.summary().describe("loaded"));
            return r.summary().exitCode();
        }
    }

    /** What a load did: the run's summary and the articles added, and the store's counts after it. */
    record Result(ArticleRun.Summary summary, int added, int unchanged, long triplesAdded, long millis, Stats stats) {
        String describe() {
            return String.format("articles: %d read, %d added or changed, %d unchanged%n"
                            + "store: %d articles, %d meetings, %d people, %d office holdings, %d anniversaries, "
                            + "%d statements, %d triples", summary.articles(), added, unchanged, stats.articles(),
                    stats.meetings(), stats.persons(), stats.officeHoldings(), stats.anniversaries(),
                    stats.statements(), stats.triples());
        }

        /**
         * The run's figures in one line: articles, triples added, time and rate of the load (reading,
         * extraction and storing, a bulk load's indexing and any compaction included; the counts after it
         * not), the heap (the sum of the pools' peaks, and the most in use after a full collection,
         * against the limit) and the store's size on disk after it.
         */
        String run(long peakHeapMb, long liveHeapMb, long maxHeapMb, long storeBytes) {
            double seconds = millis / 1000.0;
            return String.format("run: %d articles, %d triples added in %.1f s (%.1f articles/s); peak heap %d MB "
                            + "(at most %d MB live after collections; heap limit %d MB); store %.1f MB on disk",
                    summary.articles(), triplesAdded, seconds, summary.articles() / Math.max(seconds, 0.001),
                    peakHeapMb, liveHeapMb, maxHeapMb, storeBytes / (1024.0 * 1024.0));
        }
    }

    static Result load(DmkgStore s, ArticleOptions articles, int batchSize, boolean bulk, java.io.PrintWriter err) {
        s.loadReference(Dmkg.shared().reference().model(), ReferenceData.GRAPH);
        long start = System.nanoTime();
        ArticleRun.Summary summary;
        org.w3id.dmkg.store.LoadResult r;
        try (var loader = s.loader(batchSize, bulk, note -> err.println("dmkg: " + note + "..."))) {
            summary = articles.run(err, loader::add);
            loader.close();
            r = loader.result();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Result(summary, r.added(), r.unchanged(), r.triplesAdded(), millis, Stats.of(s));
    }
}
