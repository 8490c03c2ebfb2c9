package org.w3id.dmkg.rdf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The RDF produced from one article: the article's IRI, which also names its graph, and the
 * statements of that graph.
 *
 * <p>In a dataset (a store, N-Quads, TriG) the statements are split in two ({@link #forEachQuad}): what
 * describes a shared entity (its type, labels, {@code owl:sameAs} links, containing place), the same
 * in every article that names it, goes to the one graph {@link #ENTITIES}; the rest (the article, its
 * mentions, meetings, office holdings, anniversaries, statements and their evidence) to the article's
 * own graph. A name stated by a hundred articles is then stored once, and the union default graph
 * holds one copy of it to match, not a hundred.
 */
public record ArticleGraph(String articleIri, Model model) {
    /** The graph of the descriptions of people, countries, organizations, places, roles and events. */
    public static final String ENTITIES = DMKG.ID + "graph/entities";
    /** {@link #ENTITIES} as a node. */
    public static final Node ENTITIES_NODE = NodeFactory.createURI(ENTITIES);

    /** The kinds of resource one IRI names across all articles (see {@link Iris}). */
    private static final List<String> SHARED_KINDS = List.of("person/", "country/", "org/", "place/", "role/", "event/");

    /**
     * Hands each statement over as a quad in its graph: first those of the article's own graph, then
     * the entity descriptions, in {@link #ENTITIES}.
     */
    public void forEachQuad(Consumer<Quad> sink) {
        Node own = NodeFactory.createURI(articleIri);
        List<Triple> shared = new ArrayList<>();
        model.getGraph().find().forEachRemaining(t -> {
            if (describesEntity(t)) {
                shared.add(t);
            } else {
                sink.accept(Quad.create(own, t));
            }
        });
        shared.forEach(t -> sink.accept(Quad.create(ENTITIES_NODE, t)));
    }

    /**
     * An article back from a dataset laid out by {@link #forEachQuad}: its own graph with the descriptions
     * of the entities it names, and of those they name (a venue's city, the city's country). The caller
     * holds a read transaction when the dataset needs one.
     */
    public static ArticleGraph read(DatasetGraph dsg, String articleIri) {
        Graph own = dsg.getGraph(NodeFactory.createURI(articleIri));
        Graph entities = dsg.getGraph(ENTITIES_NODE);
        Model m = ModelFactory.createDefaultModel();
        Graph whole = m.getGraph();
        Set<Node> seen = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>();
        Consumer<Triple> take = t -> {
            whole.add(t);
            for (Node n : new Node[] {t.getSubject(), t.getObject()}) {
                if (isEntity(n) && seen.add(n)) {
                    todo.add(n);
                }
            }
        };
        own.find().forEachRemaining(take);
        while (!todo.isEmpty()) {
            entities.find(todo.poll(), Node.ANY, Node.ANY).forEachRemaining(take);
        }
        return new ArticleGraph(articleIri, m);
    }

    /** Whether a statement describes a shared entity: its subject is a person, country, organization, ... */
    public static boolean describesEntity(Triple t) {
        return isEntity(t.getSubject());
    }

    /** Whether a node is a shared entity: a person, country, organization, place, role or event of dmkg. */
    public static boolean isEntity(Node s) {
        if (!s.isURI()) {
            return false;
        }
        String iri = s.getURI();
        if (!iri.startsWith(DMKG.ID)) {
            return false;
        }
        for (String kind : SHARED_KINDS) {
            if (iri.startsWith(kind, DMKG.ID.length())) {
                return true;
            }
        }
        return false;
    }
}
