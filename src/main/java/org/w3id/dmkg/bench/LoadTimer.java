package org.w3id.dmkg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.dmkg.Dmkg;
import org.w3id.dmkg.link.ReferenceData;
import org.w3id.dmkg.store.ArticleCollector;
import org.w3id.dmkg.store.ArticleLoader;
import org.w3id.dmkg.store.DmkgStore;

/**
 * Times stages (3) and (4) of a benchmark on the same N-Quads file (one article graph after another, as
 * the extraction wrote it): the path {@code dmkg load} takes into a store without articles (article
 * graphs through {@link ArticleLoader} into TDB2's bulk loader, under the first-load marker), and Jena's
 * default TDB2 bulk loader into another fresh store. Both times include parsing the file; both loads are
 * warmed up first on the file's head.
 */
final class LoadTimer {
    /** A timed load: quads stored, wall time, peak heap and what did it. */
    record Load(long quads, long nanos, long peakMb, String how) {
        double quadsPerSecond() {
            return quads * 1e9 / Math.max(nanos, 1);
        }
    }

    /** Quads of the untimed warm-up of both loads. */
    static final int WARM_UP_QUADS = 100_000;

    private LoadTimer() {
    }

    /**
     * Runs both loads untimed on the file's first {@value #WARM_UP_QUADS} quads, into scratch stores under
     * {@code tmp}: they share the parser and TDB2's code, so otherwise the load timed first would pay
     * alone for the JIT compiling it.
     */
    static void warmUp(Path tmp, Path nq) {
        Path head = tmp.resolve("warm-up.nq");
        try (Stream<String> lines = Files.lines(nq, StandardCharsets.UTF_8)) {
            Files.write(head, (Iterable<String>) lines.limit(WARM_UP_QUADS)::iterator, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (DmkgStore store = DmkgStore.open(tmp.resolve("warm-up-dmkg"))) {
            dmkg(store, head, DmkgStore.DEFAULT_BATCH);
        }
        jena(tmp.resolve("warm-up-jena"), head);
    }

    /** Loads the file's article graphs into {@code store}, which holds none yet, as {@code dmkg load} does. */
    static Load dmkg(DmkgStore store, Path nq, int batch) {
        store.loadReference(Dmkg.shared().reference().model(), ReferenceData.GRAPH);
        HeapMeter.reset();
        long start = System.nanoTime();
        ArticleCollector collector;
        try (ArticleLoader loader = store.loader(batch, true, note -> { })) {
            collector = new ArticleCollector(loader::add);
            RDFParser.source(nq).parse(collector);
        }
        return new Load(collector.quads(), System.nanoTime() - start, HeapMeter.peakMb(), "dmkg load, first load (bulk)");
    }

    /** Loads the file into a fresh TDB2 database at {@code dir} with Jena's default bulk loader. */
    static Load jena(Path dir, Path nq) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir));
        try {
            HeapMeter.reset();
            long start = System.nanoTime();
            DataLoader loader = LoaderFactory.createLoader(dsg, (fmt, args) -> { });
            loader.startBulk();
            try {
                loader.load(nq.toString());
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            return new Load(loader.countQuads(), System.nanoTime() - start, HeapMeter.peakMb(),
                    "Jena LoaderFactory.createLoader (" + loader.getClass().getSimpleName() + ")");
        } finally {
            TDBInternal.expel(dsg);
        }
    }
}
