package org.w3id.dmkg.store;

import java.util.function.Predicate;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.w3id.dmkg.rdf.ArticleGraph;

/**
 * Writes the new articles of a first load through TDB2's phased bulk loader, the one Jena's
 * {@code LoaderFactory.createLoader} gives. One run of the loader takes every article until the load
 * ends or a transaction must be written in between (an article that appears twice); a run commits and
 * syncs its data when it finishes. One run, not several: a later run would insert into the indexes an
 * earlier one built, one random place at a time, instead of building them in order. The
 * {@link LoadUpkeep} hears before the first run starts and after the last one ends, and whether all of
 * them committed. Memory: the bulk loader's own, bounded, buffers. Not thread-safe.
 */
final class BulkWriter {
    private final DatasetGraph dsg;
    private final LoadUpkeep upkeep;
    private DataLoader run;
    private StreamRDF stream;
    private boolean started;
    private boolean failed;

    BulkWriter(DatasetGraph dsg, LoadUpkeep upkeep) {
        this.dsg = dsg;
        this.upkeep = upkeep;
    }

    /**
     * Streams the quads of one article that {@code keep} accepts (see {@link ArticleGraph#forEachQuad});
     * the caller knows the store lacks the article.
     *
     * @return the quads streamed
     */
    long write(ArticleGraph ag, Predicate<Quad> keep) {
        if (run == null) {
            if (!started) {
                upkeep.bulkStarting();
                started = true;
            }
            run = LoaderFactory.phasedLoader(dsg, (fmt, args) -> { });
            run.startBulk();
            stream = run.stream();
        }
        long[] sent = new long[1];
        try {
            ag.forEachQuad(q -> {
                if (keep.test(q)) {
                    stream.quad(q);
                    sent[0]++;
                }
            });
        } catch (RuntimeException e) {
            failed = true;
            DataLoader broken = run;
            run = null;
            broken.finishException(e);
            throw e;
        }
        return sent[0];
    }

    /** Ends the current run, if any, committing its data; a later article starts another. */
    void finishRun() {
        if (run == null) {
            return;
        }
        DataLoader ending = run;
        run = null;
        try {
            ending.finishBulk();
        } catch (RuntimeException | Error e) {
            failed = true;
            throw e;
        }
    }

    /** Ends the current run and the bulk loading; nothing is written after. */
    void finish() {
        try {
            finishRun();
        } finally {
            if (started) {
                upkeep.bulkFinished(!failed);
                started = false;
            }
        }
    }
}
