package org.w3id.dmkg.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.w3id.dmkg.rdf.ArticleGraph;

/**
 * Streams article graphs into a store, each as the named graph of its article IRI. Articles are
 * collected in batches of whole articles. An article whose graph the store does not hold yet goes to
 * TDB2's sequential bulk loader, which writes in one transaction per run and so is crash-safe, in runs
 * of about {@value #BULK_QUADS} quads; an article the store already holds (or that appears twice) has
 * its graph replaced in an ordinary write transaction per batch, and is left alone when the stored graph
 * is isomorphic to it. Either way an article is never half-stored and reloading changes nothing. Holds
 * at most one batch and one bulk run in memory. Not thread-safe; {@link #close} writes what is pending.
 */
public final class ArticleLoader implements AutoCloseable {
    /** Quads collected before a bulk-loader run. */
    static final int BULK_QUADS = 250_000;

    private final DatasetGraph dsg;
    private final int batchSize;
    private final List<ArticleGraph> batch = new ArrayList<>();
    private final List<Quad> bulk = new ArrayList<>();
    private final Set<String> bulkNames = new HashSet<>();
    private int articles;
    private int added;
    private int unchanged;
    private long triples;

    ArticleLoader(DatasetGraph dsg, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive: " + batchSize);
        }
        this.dsg = dsg;
        this.batchSize = batchSize;
    }

    /** Adds one article graph; it is written with its batch. */
    public void add(ArticleGraph graph) {
        batch.add(graph);
        if (batch.size() >= batchSize) {
            flushBatch();
        }
    }

    /** What was written so far (everything, after {@link #close}). */
    public LoadResult result() {
        return new LoadResult(articles, added, unchanged, triples);
    }

    /** Writes the pending articles. */
    @Override
    public void close() {
        flushBatch();
        flushBulk();
    }

    private void flushBatch() {
        if (batch.isEmpty()) {
            return;
        }
        Set<String> stored = Txn.calculateRead(dsg, () -> {
            Set<String> s = new HashSet<>();
            for (ArticleGraph ag : batch) {
                if (dsg.containsGraph(NodeFactory.createURI(ag.articleIri()))) {
                    s.add(ag.articleIri());
                }
            }
            return s;
        });
        List<ArticleGraph> replace = new ArrayList<>();
        for (ArticleGraph ag : batch) {
            if (stored.contains(ag.articleIri()) || !bulkNames.add(ag.articleIri())) {
                replace.add(ag);
            } else {
                Node name = NodeFactory.createURI(ag.articleIri());
                ag.model().getGraph().find().forEachRemaining(t -> bulk.add(Quad.create(name, t)));
                articles++;
                added++;
                triples += ag.model().size();
            }
        }
        batch.clear();
        if (!replace.isEmpty()) {
            flushBulk(); // an article loaded twice: the later version wins
            Txn.executeWrite(dsg, () -> replace.forEach(this::replace));
        }
        if (bulk.size() >= BULK_QUADS) {
            flushBulk();
        }
    }

    private void flushBulk() {
        if (bulk.isEmpty()) {
            return;
        }
        DataLoader loader = LoaderFactory.sequentialLoader(dsg, (fmt, args) -> { });
        loader.startBulk();
        try {
            StreamRDF dest = loader.stream();
            bulk.forEach(dest::quad);
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        bulk.clear();
        bulkNames.clear();
    }

    /** Replaces one named graph, or leaves it when it already holds the same statements. */
    private void replace(ArticleGraph ag) {
        Node name = NodeFactory.createURI(ag.articleIri());
        Graph content = ag.model().getGraph();
        Graph old = dsg.getGraph(name);
        articles++;
        // TDB2 stores some literals by value and gives back their canonical form ("0.70" -> "0.7"), so
        // a stored graph is compared by containment, which matches by value, before term by term
        long fresh = content.stream().filter(t -> !old.contains(t)).count();
        if (old.size() == content.size() && (fresh == 0 || old.isIsomorphicWith(content))) {
            unchanged++;
            return;
        }
        dsg.removeGraph(name);
        content.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
        added++;
        triples += fresh;
    }
}
