package org.w3id.dmkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.dmkg.DmkgException;
import org.w3id.dmkg.link.ReferenceData;
import org.w3id.dmkg.store.DmkgStore;
import org.w3id.dmkg.store.LoadResult;
import org.w3id.dmkg.store.ShardLoader;
import org.w3id.dmkg.store.Stats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dmkg load-shards}: builds a store from the N-Quads shards of the Spark job
 * ({@code org.w3id.dmkg.spark.ExtractJob}), with the same graphs a {@code dmkg load} of the same
 * articles gives: the reference data graph, one named graph per article replacing what it held, and the
 * shared entity graph.
 */
@Command(name = "load-shards", mixinStandardHelpOptions = true,
        description = "Load the N-Quads shards written by the Spark job (its output directory, or the shards in it).")
final class LoadShardsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    CommonOptions common;
    @Mixin
    StoreOption store;

    @Parameters(index = "0", paramLabel = "SHARDS_DIR", description = "The job's output directory; its .nq files are read.")
    Path dir;

    @Option(names = "--batch", defaultValue = "100", paramLabel = "N",
            description = "Articles per transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    @Override
    public Integer call() {
        if (!Files.isDirectory(dir)) {
            throw new DmkgException(DmkgException.INPUT_UNREADABLE, dir + ": not a directory");
        }
        List<Path> shards = ShardLoader.shards(dir);
        if (shards.isEmpty()) {
            throw new DmkgException(DmkgException.INPUT_UNREADABLE, dir + ": no .nq shard found");
        }
        long start = System.nanoTime();
        var err = spec.commandLine().getErr();
        try (DmkgStore s = DmkgStore.openForLoad(store.loc, w -> err.println("dmkg: warning: " + w))) {
            s.loadReference(ReferenceData.load().model(), ReferenceData.GRAPH);
            ShardLoader loader = new ShardLoader(s, Math.max(1, batch));
            Progress progress = new Progress(spec.commandLine().getErr(), shards.size()).counting("shards");
            for (Path shard : shards) {
                loader.load(shard);
                progress.tick();
            }
            progress.clear();
            LoadResult r = loader.finish();
            Stats st = Stats.of(s);
            spec.commandLine().getOut().printf("articles: %d read, %d added or changed, %d unchanged%n"
                            + "store: %d articles, %d meetings, %d people, %d office holdings, %d anniversaries, "
                            + "%d statements, %d triples%n", r.articles(), r.added(), r.unchanged(), st.articles(),
                    st.meetings(), st.persons(), st.officeHoldings(), st.anniversaries(), st.statements(), st.triples());
            long millis = Math.max((System.nanoTime() - start) / 1_000_000, 1);
            spec.commandLine().getErr().printf("loaded %d articles from %d shards in %.1f s%n",
                    r.articles(), shards.size(), millis / 1000.0);
        }
        return 0;
    }
}
