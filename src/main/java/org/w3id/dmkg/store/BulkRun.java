package org.w3id.dmkg.store;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * One run of TDB2's phased bulk loader ({@code LoaderFactory.phasedLoader}), watched so that a failure
 * ends it promptly with a {@link BulkLoadFailure} rather than a hang.
 *
 * <p>Jena's loader works on threads of its own: one turns nodes into ids, one builds each index. When
 * such a thread meets an exception it logs it, rolls back its part (the node table, or its index) and
 * stops; an error kills it (a full file system gives an {@link InternalError} on a memory-mapped
 * index). Either way nothing tells the caller, who would wait for the thread forever. So every call into
 * the loader is made on a driver thread whose group, with the loader's threads, {@link LoaderThreads}
 * watches: a thread that dies, stops early, or a stall fails the run. A run that ends without such a
 * failure is checked: each of the loader's threads commits or rolls back its part whole, so a quad the
 * run wrote must be found in the node table and in every quad index.
 *
 * <p>The caller hands over the quads of one article at a time ({@link #send}); at most {@value #QUEUED}
 * articles wait for the driver. Not thread-safe: one caller.
 */
final class BulkRun {
    static final int QUEUED = 64;
    private static final long POLL_MILLIS = LoaderThreads.POLL_MILLIS;

    private final DatasetGraph dsg;
    private final BlockingQueue<List<Quad>> queue = new ArrayBlockingQueue<>(QUEUED);
    private final LoaderThreads threads;
    private final Thread driver;
    private volatile boolean finished;
    private long lastWatch = System.nanoTime();

    /** Starts the loader on a new driver thread. */
    BulkRun(DatasetGraph dsg) {
        this.dsg = dsg;
        this.threads = new LoaderThreads();
        this.driver = threads.start(this::drive);
    }

    /**
     * Hands the quads of one article to the loader; waits while {@value #QUEUED} articles are queued.
     *
     * @throws BulkLoadFailure when the run failed; the loader's threads have ended or were given up on
     */
    void send(List<Quad> quads) {
        throwIfFailed();
        if (quads.isEmpty()) {
            return; // the empty list ends the run
        }
        offer(quads);
        if (System.nanoTime() - lastWatch > TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS)) {
            watch();
        }
        throwIfFailed();
    }

    /**
     * Ends the run: the loader builds the other indexes and commits.
     *
     * @param sample a quad of this run with a node the store did not hold before it (null: nothing to check)
     * @throws BulkLoadFailure when the run failed, or {@code sample} is missing from the node table or an index
     */
    void finish(Quad sample) {
        throwIfFailed();
        offer(List.of());
        try {
            while (driver.isAlive() && threads.failure() == null) {
                driver.join(POLL_MILLIS);
                watch();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            threads.fail("interrupted", e);
        }
        throwIfFailed();
        threads.end();
        if (!finished) {
            throw new BulkLoadFailure("the loader ended without finishing", null);
        }
        if (sample != null && !stored(sample)) {
            throw new BulkLoadFailure("a thread of the loader rolled back its part", null);
        }
    }

    /** Stops a run the caller cannot complete, waiting for the loader's threads to end. */
    void abandon(Throwable cause) {
        threads.fail("abandoned: " + describe(cause), cause);
        threads.end();
    }

    private void offer(List<Quad> quads) {
        try {
            while (!queue.offer(quads, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                watch();
                throwIfFailed();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            threads.fail("interrupted", e);
            throwIfFailed();
        }
    }

    private void watch() {
        lastWatch = System.nanoTime();
        threads.watch();
    }

    private void throwIfFailed() {
        BulkLoadFailure f = threads.failure();
        if (f != null) {
            threads.end();
            throw f;
        }
    }

    private void drive() {
        DataLoader loader = null;
        try {
            loader = LoaderFactory.phasedLoader(dsg, (fmt, args) -> { });
            loader.startBulk();
            threads.dataPhaseStarted();
            StreamRDF stream = loader.stream();
            for (List<Quad> quads = take(); !quads.isEmpty(); quads = take()) {
                quads.forEach(stream::quad);
            }
            threads.dataPhaseEnded();
            loader.finishBulk();
            finished = true;
        } catch (Throwable e) {
            threads.fail(describe(e), e);
            if (loader != null) {
                try {
                    loader.finishException(e instanceof Exception ex ? ex : new RuntimeException(e));
                } catch (RuntimeException ignored) {
                    // the loader's own clean-up failed too: the failure already reported is the one that counts
                }
            }
        }
    }

    private List<Quad> take() throws InterruptedException {
        threads.idle(true);
        try {
            return queue.take();
        } finally {
            threads.idle(false);
        }
    }

    /** Whether {@code q} is in the node table and in every quad index, as committed. */
    private boolean stored(Quad q) {
        NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
        return Txn.calculateRead(dsg, () -> {
            NodeTable nodes = quads.getNodeTable().baseNodeTable(); // past the cache, which may hold what was rolled back
            Node[] terms = {q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()};
            NodeId[] ids = new NodeId[terms.length];
            for (int i = 0; i < terms.length; i++) {
                ids[i] = nodes.getNodeIdForNode(terms[i]);
                if (NodeId.isDoesNotExist(ids[i])) {
                    return false;
                }
            }
            for (TupleIndex index : quads.getTupleTable().getIndexes()) {
                if (!index.find(TupleFactory.create4(ids[0], ids[1], ids[2], ids[3])).hasNext()) {
                    return false;
                }
            }
            return true;
        });
    }

    static String describe(Throwable e) {
        String msg = e.getMessage();
        return msg == null ? e.getClass().getSimpleName() : StoreLocations.firstLine(msg);
    }
}
