package org.w3id.dmkg.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.dmkg.DmkgException;
import org.w3id.dmkg.rdf.ArticleGraph;

/**
 * The dmkg store: a TDB2 dataset holding one named graph per article (named by the article's
 * IRI) plus named graphs of reference data. Queries see the union of the named graphs as their
 * default graph. Every read and write runs in a transaction, so the store may be shared by
 * threads; loading is idempotent. TDB2 keeps one database per location and JVM: open a location
 * once, and close it when done (closing releases the database for every user in the JVM).
 */
public final class DmkgStore implements AutoCloseable {
    /** Article graphs written per transaction by {@link #load(Iterable)}. */
    public static final int DEFAULT_BATCH = 100;

    private final Dataset dataset;
    private final boolean persistent;

    private DmkgStore(Dataset dataset, boolean persistent) {
        this.dataset = dataset;
        this.persistent = persistent;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /**
     * Opens the TDB2 database at {@code loc}, creating it if absent.
     *
     * @throws DmkgException {@link DmkgException#STORE_UNAVAILABLE} when {@code loc} is a file, a
     *                       non-empty directory that is not a TDB2 database, not writable, or
     *                       locked by another process
     */
    public static DmkgStore open(Path loc) {
        StoreLocations.check(loc);
        try {
            return new DmkgStore(TDB2Factory.connectDataset(Location.create(loc)), true);
        } catch (RuntimeException e) {
            throw StoreLocations.unavailable(loc, e);
        }
    }

    /** A new, empty store in memory, for tests and one-off runs. */
    public static DmkgStore inMemory() {
        return new DmkgStore(TDB2Factory.createDataset(), false);
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
     * held. Each batch of {@code batchSize} articles is written in one transaction: an article is
     * never half-stored, and when a batch fails the batches before it stay stored.
     */
    public LoadResult load(Iterable<ArticleGraph> graphs, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive: " + batchSize);
        }
        int[] counts = new int[3];
        long[] triples = new long[1];
        List<ArticleGraph> batch = new ArrayList<>(Math.min(batchSize, 1024));
        Runnable flush = () -> {
            Txn.executeWrite(dataset, () -> {
                for (ArticleGraph ag : batch) {
                    long added = replace(NodeFactory.createURI(ag.articleIri()), ag.model().getGraph());
                    counts[0]++;
                    counts[added < 0 ? 2 : 1]++;
                    triples[0] += Math.max(added, 0);
                }
            });
            batch.clear();
        };
        for (ArticleGraph ag : graphs) {
            batch.add(ag);
            if (batch.size() == batchSize) {
                flush.run();
            }
        }
        if (!batch.isEmpty()) {
            flush.run();
        }
        return new LoadResult(counts[0], counts[1], counts[2], triples[0]);
    }

    /** Replaces the named graph {@code graphName} by the statements of {@code m}, in one transaction. */
    public void loadReference(Model m, String graphName) {
        Txn.executeWrite(dataset, () -> replace(NodeFactory.createURI(graphName), m.getGraph()));
    }

    /** Replaces a named graph; returns the triples new to it, or -1 when it was already isomorphic. */
    private long replace(Node name, Graph content) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        Graph old = dsg.getGraph(name);
        // TDB2 stores some literals by value and gives back their canonical form ("0.70" -> "0.7"), so
        // a stored graph is compared by containment, which matches by value, before term by term
        long added = content.stream().filter(t -> !old.contains(t)).count();
        if (old.size() == content.size() && (added == 0 || old.isIsomorphicWith(content))) {
            return -1;
        }
        dsg.removeGraph(name);
        content.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
        return added;
    }

    /** Releases the store; a persistent database is expelled from the JVM cache so it can be reopened. */
    @Override
    public void close() {
        if (persistent) {
            TDBInternal.expel(dataset.asDatasetGraph());
        } else {
            dataset.close();
        }
    }
}
