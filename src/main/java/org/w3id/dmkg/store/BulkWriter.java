package org.w3id.dmkg.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.w3id.dmkg.rdf.ArticleGraph;

/**
 * Writes the new articles of a first load through TDB2's phased bulk loader, the one Jena's
 * {@code LoaderFactory.createLoader} gives, watched by a {@link BulkRun}. One run of the loader takes
 * every article until the load ends or a transaction must be written in between (an article that
 * appears twice); a run commits and syncs its data when it finishes. One run, not several: a later run
 * would insert into the indexes an earlier one built, one random place at a time, instead of building
 * them in order. The {@link LoadUpkeep} hears before the first run starts and after the last one ends,
 * and whether all of them committed. A failed run fails every later write: the store is left to be loaded
 * again. Memory: one article's quads, at most {@value BulkRun#QUEUED} articles queued for the loader, and
 * the loader's own, bounded, buffers. Not thread-safe.
 */
final class BulkWriter {
    private final DatasetGraph dsg;
    private final Path loc;
    private final LoadUpkeep upkeep;
    private BulkRun run;
    private Quad sample;
    private RuntimeException failure;
    private boolean started;

    /** @param loc the store's directory, for error messages; null in memory */
    BulkWriter(DatasetGraph dsg, Path loc, LoadUpkeep upkeep) {
        this.dsg = dsg;
        this.loc = loc;
        this.upkeep = upkeep;
    }

    /**
     * Sends the quads of one article that {@code keep} accepts (see {@link ArticleGraph#forEachQuad}) to
     * the loader; the caller knows the store lacks the article.
     *
     * @return the quads sent
     */
    long write(ArticleGraph ag, Predicate<Quad> keep) {
        if (failure != null) {
            throw WriteFailures.again(failure);
        }
        List<Quad> quads = new ArrayList<>();
        if (run == null) {
            if (!started) {
                upkeep.bulkStarting();
                started = true;
            }
            run = new BulkRun(dsg);
        }
        try {
            ag.forEachQuad(q -> {
                if (keep.test(q)) {
                    quads.add(q);
                }
            });
        } catch (RuntimeException e) {
            run.abandon(e);
            failed(e);
            throw e;
        }
        if (sample == null) {
            Node article = NodeFactory.createURI(ag.articleIri()); // new to the store, so a rolled-back part lacks it
            sample = quads.stream().filter(q -> q.getGraph().equals(article) && q.getSubject().isURI()
                    && q.getPredicate().isURI() && q.getObject().isURI()).findFirst().orElse(null);
        }
        try {
            run.send(quads);
        } catch (BulkLoadFailure e) {
            throw failed(e);
        }
        return quads.size();
    }

    /** Ends the current run, if any, committing its data; a later article starts another. */
    void finishRun() {
        if (failure != null) {
            throw WriteFailures.again(failure);
        }
        if (run == null) {
            return;
        }
        BulkRun ending = run;
        run = null;
        try {
            ending.finish(sample);
        } catch (BulkLoadFailure e) {
            throw failed(e);
        } finally {
            sample = null;
        }
    }

    /**
     * Ends the current run and the bulk loading; nothing is written after. After a failure, which was
     * thrown when it happened, it only tells the upkeep that the bulk loading is incomplete.
     */
    void finish() {
        try {
            if (failure == null) {
                finishRun();
            }
        } finally {
            if (started) {
                upkeep.bulkFinished(failure == null);
                started = false;
            }
        }
    }

    private RuntimeException failed(RuntimeException e) {
        failure = WriteFailures.of(loc, e, WriteFailures.BULK);
        run = null;
        return failure;
    }
}
