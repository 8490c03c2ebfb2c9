package org.w3id.dmkg.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.dmkg.rdf.ArticleGraph;
import org.w3id.dmkg.rdf.DMKG;

/**
 * Streams article graphs into a store, each as the named graph of its article IRI, with the descriptions
 * of the entities it names in the shared entity graph ({@link ArticleGraph#forEachQuad}).
 *
 * <p>When the store held no article graph at the first article (only dmkg's reference and link graphs)
 * and {@code bulk} is on, new articles are streamed into TDB2's bulk loader ({@link BulkWriter}), which
 * is not crash-safe by itself; on disk the first-load marker covers it (see
 * {@link DmkgStore#openForLoad}). Every article the store already
 * holds, or that appears twice, and every article when {@code bulk} is off or the store held articles,
 * is written in ordinary write transactions of {@code batchSize} whole articles, each graph replaced,
 * or left alone when the stored graph is isomorphic to it; an article is never half-stored. Reloading
 * changes nothing. Memory: the names of the store's graphs and of the articles loaded, one batch, and at
 * most {@value #DESCRIPTIONS_REMEMBERED} entity descriptions.
 *
 * <p>A failure to write ends the load: on disk, a full file system, say, gives a {@link
 * org.w3id.dmkg.DmkgException} saying what the failure left ({@link WriteFailures}); every later
 * {@link #add} fails too, and {@link #close} only releases the bulk loader (the store is left to be loaded
 * again). Not thread-safe; {@link #close} writes what is pending.
 */
public final class ArticleLoader implements AutoCloseable {
    /**
     * Entity descriptions a bulk load remembers so as to send each once: a few hundred bytes of heap each,
     * about 25 MB at most.
     */
    static final int DESCRIPTIONS_REMEMBERED = 100_000;

    private final DatasetGraph dsg;
    private final Path loc;
    private final int batchSize;
    private final boolean bulkWanted;
    private final LoadUpkeep upkeep;
    private final BulkWriter bulk;
    private final List<ArticleGraph> batch = new ArrayList<>();
    private final Set<Triple> described = new HashSet<>();
    private Set<String> known;
    private boolean bulkAllowed;
    private boolean closed;
    private RuntimeException failure;
    private int articles;
    private int added;
    private int unchanged;
    private long triples;

    /** @param loc the store's directory, for error messages; null in memory */
    ArticleLoader(DatasetGraph dsg, Path loc, int batchSize, boolean bulk, LoadUpkeep upkeep) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive: " + batchSize);
        }
        this.dsg = dsg;
        this.loc = loc;
        this.batchSize = batchSize;
        this.bulkWanted = bulk;
        this.upkeep = upkeep;
        this.bulk = new BulkWriter(dsg, loc, upkeep);
    }

    /** Adds one article graph; it is written with its batch or bulk run. */
    public void add(ArticleGraph graph) {
        if (failure != null) {
            throw WriteFailures.again(failure);
        }
        try {
            write(graph);
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        }
    }

    private void write(ArticleGraph graph) {
        if (known == null) {
            known = Txn.calculateRead(dsg, () -> {
                Set<String> names = new HashSet<>();
                dsg.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
                return names;
            });
            // only reference data and links (dmkg's own graphs) so far: a first load
            bulkAllowed = bulkWanted && known.stream().allMatch(n -> n.startsWith(DMKG.ID + "graph/"));
        }
        if (!known.add(graph.articleIri()) || !bulkAllowed) {
            batch.add(graph);
            if (batch.size() >= batchSize) {
                flushBatch();
            }
            return;
        }
        articles++;
        added++;
        triples += bulk.write(graph, this::firstDescription);
    }

    /**
     * Whether a quad of the bulk run is an article's own or an entity description not yet sent in this
     * load; up to {@value #DESCRIPTIONS_REMEMBERED} descriptions are remembered, beyond that the bulk
     * loader's indexes drop the repeats.
     */
    private boolean firstDescription(Quad q) {
        if (!q.getGraph().equals(ArticleGraph.ENTITIES_NODE)) {
            return true;
        }
        Triple t = q.asTriple();
        return described.size() < DESCRIPTIONS_REMEMBERED ? described.add(t) : !described.contains(t);
    }

    /** What was written so far (everything, after {@link #close}). */
    public LoadResult result() {
        return new LoadResult(articles, added, unchanged, triples);
    }

    /**
     * Writes the pending articles; then the store may be compacted. Closing again, or after a failure,
     * writes nothing.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            try {
                if (failure == null) {
                    flushBatch();
                }
            } finally {
                // every article is sent: the remembered descriptions would only crowd the loader's index phase
                described.clear();
                bulk.finish();
            }
            if (failure == null) {
                upkeep.loadFinished();
            }
        } catch (RuntimeException e) {
            failure = failure == null ? e : failure;
            throw e;
        }
    }

    private void flushBatch() {
        if (batch.isEmpty()) {
            return;
        }
        bulk.finishRun(); // an article loaded twice: the later version wins
        int before = added;
        try {
            Txn.executeWrite(dsg, () -> batch.forEach(this::replace));
        } catch (RuntimeException | InternalError e) {
            throw WriteFailures.of(loc, e, WriteFailures.BATCH);
        }
        batch.clear();
        upkeep.batchWritten(added - before);
    }

    /**
     * Replaces the article's own graph, or leaves it when it already holds the same statements, and adds
     * the entity descriptions the entity graph lacks.
     */
    private void replace(ArticleGraph ag) {
        Node name = NodeFactory.createURI(ag.articleIri());
        Graph content = GraphFactory.createDefaultGraph();
        long[] newDescriptions = new long[1];
        ag.forEachQuad(q -> {
            if (q.getGraph().equals(name)) {
                content.add(q.asTriple());
            } else if (!dsg.contains(q)) {
                dsg.add(q);
                newDescriptions[0]++;
            }
        });
        Graph old = dsg.getGraph(name);
        articles++;
        triples += newDescriptions[0];
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
