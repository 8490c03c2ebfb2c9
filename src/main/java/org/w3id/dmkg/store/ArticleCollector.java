package org.w3id.dmkg.store;

import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.w3id.dmkg.rdf.ArticleGraph;

/**
 * Turns a stream of quads written article after article ({@link ArticleGraph#forEachQuad}) back into
 * article graphs: one per run of quads in the same article graph, with the entity descriptions
 * ({@link ArticleGraph#ENTITIES}) that follow it (for the first article, also those ahead of it). A
 * description that lands with another article is stored all the same: the store routes every one to the
 * entity graph. Memory: one article. Not thread-safe; one instance per stream.
 */
public final class ArticleCollector extends StreamRDFBase {
    private final Consumer<ArticleGraph> sink;
    private Node graph;
    private Model model;
    private long quads;

    public ArticleCollector(Consumer<ArticleGraph> sink) {
        this.sink = sink;
    }

    /**
     * Takes one quad.
     *
     * @throws RiotException for a triple outside a named graph
     */
    @Override
    public void quad(Quad quad) {
        if (quad.isDefaultGraph() || quad.isTriple()) {
            throw new RiotException("a triple outside a named graph: " + quad.asTriple());
        }
        Node g = quad.getGraph();
        if (g.equals(ArticleGraph.ENTITIES_NODE)) {
            if (model == null) {
                model = ModelFactory.createDefaultModel(); // descriptions ahead of their article
            }
        } else if (!g.equals(graph)) {
            if (graph != null) {
                emit();
            }
            graph = g;
            if (model == null) {
                model = ModelFactory.createDefaultModel();
            }
        }
        model.getGraph().add(quad.asTriple());
        quads++;
    }

    @Override
    public void triple(Triple triple) {
        throw new RiotException("a triple outside a named graph: " + triple);
    }

    /**
     * Hands over the last article; called by the parser at the end of the stream, and harmless twice.
     *
     * @throws RiotException when the stream ends with entity descriptions and no article
     */
    @Override
    public void finish() {
        if (graph != null) {
            emit();
        } else if (model != null) {
            throw new RiotException("descriptions of entities without an article graph after them");
        }
    }

    /** The quads taken so far. */
    public long quads() {
        return quads;
    }

    private void emit() {
        sink.accept(new ArticleGraph(graph.getURI(), model));
        graph = null;
        model = null;
    }
}
