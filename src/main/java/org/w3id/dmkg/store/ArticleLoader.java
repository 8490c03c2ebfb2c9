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
import org.w3id.dmkg.rdf.DMKG;

/**
 * Streams article graphs into a store, each as the named graph of its article IRI.
 *
 * <p>When asked for ({@code bulk}) and the store held no article graph at the first article (only dmkg's
 * reference and link graphs), new articles are streamed into TDB2's phased bulk loader, in runs of whole articles ending after about
 * {@value #BULK_QUADS} quads. The bulk loader is much faster but, by Jena's documentation, not fully
 * transactional if the process dies mid-run: a crashed first load of a store should be redone into an
 * empty directory. Otherwise, and for every article the store already holds or that appears twice,
 * articles are written in ordinary write transactions of {@code batchSize} whole articles, each graph
 * replaced, or left alone when the stored graph is isomorphic to it; an article is never half-stored.
 * Reloading changes nothing. Memory: the names of the store's graphs and of the articles loaded, and one
 * batch. Not thread-safe; {@link #close} writes what is pending.
 */
public final class ArticleLoader implements AutoCloseable {
    /** Quads streamed into one bulk-loader run. */
    static final int BULK_QUADS = 1_000_000;

    private final DatasetGraph dsg;
    private final int batchSize;
    private final List<ArticleGraph> batch = new ArrayList<>();
    private Set<String> known;
    private boolean bulkAllowed;
    private DataLoader bulk;
    private StreamRDF bulkStream;
    private long bulkQuads;
    private int articles;
    private int added;
    private int unchanged;
    private long triples;

    private final boolean bulkWanted;

    ArticleLoader(DatasetGraph dsg, int batchSize, boolean bulk) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive: " + batchSize);
        }
        this.dsg = dsg;
        this.batchSize = batchSize;
        this.bulkWanted = bulk;
    }

    /** Adds one article graph; it is written with its batch or bulk run. */
    public void add(ArticleGraph graph) {
        if (known == null) {
            known = Txn.calculateRead(dsg, () -> {
                Set<String> names = new HashSet<>();
                dsg.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
                return names;
            });
            // only reference data and links (dmkg's own graphs) so far: a first load
            bulkAllowed = bulkWanted && known.stream().allMatch(n -> n.startsWith(DMKG.ID + "graph/"));
        }
        if (bulkAllowed && known.add(graph.articleIri())) {
            toBulk(graph);
            return;
        }
        known.add(graph.articleIri());
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
        finishBulk();
    }

    private void toBulk(ArticleGraph ag) {
        if (bulk == null) {
            bulk = LoaderFactory.phasedLoader(dsg, (fmt, args) -> { });
            bulk.startBulk();
            bulkStream = bulk.stream();
        }
        Node name = NodeFactory.createURI(ag.articleIri());
        try {
            ag.model().getGraph().find().forEachRemaining(t -> bulkStream.quad(Quad.create(name, t)));
        } catch (RuntimeException e) {
            bulk.finishException(e);
            bulk = null;
            throw e;
        }
        long size = ag.model().size();
        articles++;
        added++;
        triples += size;
        bulkQuads += size;
        if (bulkQuads >= BULK_QUADS) {
            finishBulk();
        }
    }

    private void finishBulk() {
        if (bulk != null) {
            bulkQuads = 0;
            bulk.finishBulk();
            bulk = null;
        }
    }

    private void flushBatch() {
        if (batch.isEmpty()) {
            return;
        }
        finishBulk(); // an article loaded twice: the later version wins
        Txn.executeWrite(dsg, () -> batch.forEach(this::replace));
        batch.clear();
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
