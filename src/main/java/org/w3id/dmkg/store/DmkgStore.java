package org.w3id.dmkg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.dmkg.DmkgException;
import org.w3id.dmkg.rdf.ArticleGraph;

/**
 * The dmkg store: a TDB2 dataset holding one named graph per article (named by the article's
 * IRI), the entity graph ({@link org.w3id.dmkg.rdf.ArticleGraph#ENTITIES}) plus named graphs of
 * reference data. Queries see the union of the named graphs as their
 * default graph. Every read and write runs in a transaction, so the store may be shared by
 * threads; loading is idempotent. TDB2 keeps one database per location and JVM: open a location
 * once, and close it when done (closing releases the database for every user in the JVM).
 */
public final class DmkgStore implements AutoCloseable {
    /** Article graphs written per transaction by {@link #load(Iterable)}. */
    public static final int DEFAULT_BATCH = 100;

    private final Dataset dataset;
    private final Path loc; // null in memory

    private DmkgStore(Dataset dataset, Path loc) {
        this.dataset = dataset;
        this.loc = loc;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /**
     * Opens the TDB2 database at {@code loc}, creating it if absent.
     *
     * @throws DmkgException {@link DmkgException#STORE_UNAVAILABLE} when {@code loc} is a file, a
     *                       non-empty directory that is not a TDB2 database, not writable, locked by
     *                       another process, or left incomplete by an interrupted first load (see
     *                       {@link #openForLoad})
     */
    public static DmkgStore open(Path loc) {
        StoreLocations.check(loc);
        InterruptedLoad.refuse(loc);
        return connect(loc);
    }

    /**
     * Opens the existing TDB2 database at {@code loc}, for commands that only read it: a location that
     * does not exist is refused rather than created (an empty store would answer every query with
     * nothing, and leave a stray directory behind).
     *
     * @throws DmkgException {@link DmkgException#STORE_UNAVAILABLE} when {@code loc} does not exist, or
     *                       as {@link #open}
     */
    public static DmkgStore openExisting(Path loc) {
        if (!Files.exists(loc)) {
            throw StoreLocations.error(loc, "no such store (the directory does not exist; dmkg load creates it)");
        }
        return open(loc);
    }

    /**
     * Opens the TDB2 database at {@code loc} to load articles into it. A first load into a store without
     * articles goes through TDB2's bulk loader, which is not crash-safe, so it runs under a marker file
     * in the directory, synced before the bulk loader starts and deleted once its data is synced. A store
     * with the marker is refused by {@link #open}; here it is emptied first (before that load it held
     * only reference data, which a load writes again) and {@code warnings} is told so.
     *
     * @throws DmkgException {@link DmkgException#STORE_UNAVAILABLE} as {@link #open}, or when another
     *                       process is loading the store for the first time
     */
    public static DmkgStore openForLoad(Path loc, Consumer<String> warnings) {
        StoreLocations.check(loc);
        if (InterruptedLoad.reset(loc)) {
            warnings.accept("store " + loc + ": an interrupted first load is being redone");
        }
        return connect(loc);
    }

    private static DmkgStore connect(Path loc) {
        try {
            var dsg = DatabaseMgr.connectDatasetGraph(Location.create(loc),
                    NodeCaches.forHeap(Runtime.getRuntime().maxMemory()));
            return new DmkgStore(org.apache.jena.query.DatasetFactory.wrap(dsg), loc);
        } catch (RuntimeException e) {
            throw StoreLocations.unavailable(loc, e);
        }
    }

    /** A new, empty store in memory, for tests and one-off runs. */
    public static DmkgStore inMemory() {
        return new DmkgStore(TDB2Factory.createDataset(), null);
    }

    /**
     * Compacts a store on disk. TDB2 keeps every block a write transaction replaced until it is
     * compacted, so a load of many batches grows the directory far beyond its data (about 2.6 GB for
     * 10,000 articles in batches of 100). Compaction writes the live data into a new generation and
     * deletes the old one; the store stays usable. Nothing to do in memory. A compaction that fails (a
     * full file system) leaves the store as it was.
     */
    public void compact() {
        if (loc != null) {
            try {
                DatabaseMgr.compact(dataset.asDatasetGraph(), true);
            } catch (RuntimeException | InternalError e) {
                throw WriteFailures.of(loc, e, WriteFailures.COMPACTION);
            }
        }
    }

    /**
     * Why a write to this store failed with {@code failure}, when it was a failure to write its files
     * ("no space left on device", "disk quota exceeded", "cannot write (...)"); null for any other
     * failure, and in memory. For writers outside this class, such as the endpoint's updates, which
     * abort their transaction and report this.
     */
    public String writeFailure(Throwable failure) {
        return loc == null ? null : WriteFailures.reason(loc, failure);
    }

    /** Whether {@link #writeFailure} means the file system is full (or the user's quota used up). */
    public static boolean outOfSpace(String writeFailure) {
        return WriteFailures.OUT_OF_SPACE.contains(writeFailure);
    }

    /** The store's directory; null in memory. */
    public Path location() {
        return loc;
    }

    /** Bytes in the files of the store's directory (their apparent sizes); 0 in memory. */
    public long bytesOnDisk() {
        return loc == null ? 0 : DiskUpkeep.size(loc);
    }

    /** The underlying dataset; callers must use transactions ({@link Txn}). */
    public Dataset dataset() {
        return dataset;
    }

    /** Loads article graphs in batches of {@value #DEFAULT_BATCH}; see {@link #load(Iterable, int)}. */
    public LoadResult load(Iterable<ArticleGraph> graphs) {
        return load(graphs, DEFAULT_BATCH);
    }

    /**
     * Stores each article graph as the named graph of its article IRI, replacing what that graph
     * held, through an {@link ArticleLoader}: articles are written in transactions of {@code batchSize}
     * whole articles; an article is never half-stored, and when a batch fails, or the process is
     * killed, the batches before it stay stored.
     */
    public LoadResult load(Iterable<ArticleGraph> graphs, int batchSize) {
        try (ArticleLoader loader = loader(batchSize)) {
            graphs.forEach(loader::add);
            loader.close();
            return loader.result();
        }
    }

    /** A streaming loader that writes transactions only; close it to write what it holds. */
    public ArticleLoader loader(int batchSize) {
        return loader(batchSize, false, note -> { });
    }

    /**
     * A streaming loader (see {@link ArticleLoader}); with {@code bulk}, a first load into a store
     * without articles goes through TDB2's bulk loader (see {@link #openForLoad}). On disk, the store is
     * compacted as transactions grow it, and at the end of a load of many batches; {@code notes} hears
     * of each compaction. Close the loader to write what it holds.
     */
    public ArticleLoader loader(int batchSize, boolean bulk, Consumer<String> notes) {
        LoadUpkeep upkeep = loc != null ? new DiskUpkeep(loc, this::compact, notes, batchSize) : LoadUpkeep.NONE;
        return new ArticleLoader(dataset.asDatasetGraph(), loc, batchSize, bulk, upkeep);
    }

    /**
     * Replaces the named graph {@code graphName} by the statements of {@code m}, in one transaction; a
     * graph that already holds them is left alone, so that every load does not rewrite the reference
     * data (a rewrite leaves its old blocks behind until the store is compacted).
     *
     * @throws DmkgException {@link DmkgException#STORE_UNAVAILABLE} when the store on disk cannot be
     *                       written (a full file system); nothing was written
     */
    public void loadReference(Model m, String graphName) {
        Node name = NodeFactory.createURI(graphName);
        if (Txn.calculateRead(dataset, () -> holds(name, m.getGraph()))) {
            return;
        }
        try {
            Txn.executeWrite(dataset, () -> replace(name, m.getGraph()));
        } catch (RuntimeException | InternalError e) {
            throw WriteFailures.of(loc, e, WriteFailures.NOTHING);
        }
    }

    private boolean holds(Node name, Graph content) {
        Graph stored = dataset.asDatasetGraph().getGraph(name);
        return stored.size() == content.size() && content.stream().allMatch(stored::contains);
    }

    private void replace(Node name, Graph content) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        if (holds(name, content)) {
            return; // written meanwhile
        }
        dsg.removeGraph(name);
        content.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /** Releases the store; a persistent database is expelled from the JVM cache so it can be reopened. */
    @Override
    public void close() {
        if (loc != null) {
            TDBInternal.expel(dataset.asDatasetGraph());
        } else {
            dataset.close();
        }
    }
}
