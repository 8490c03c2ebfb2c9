package org.w3id.dmkg.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.w3id.dmkg.rdf.ArticleGraph;

/**
 * Writes one article graph as N-Quads in the graph its article IRI names, lines sorted so that the
 * same article always gives the same text. Blank nodes keep their JVM-wide unique labels, so the
 * blocks of several articles can share a shard. Stateless and thread-safe.
 */
final class ArticleQuads {
    private ArticleQuads() {
    }

    /** The article's quads, one per line, without a final line break. */
    static String of(ArticleGraph article) {
        Node graph = NodeFactory.createURI(article.articleIri());
        String g = NodeFmtLib.strNT(graph);
        List<String> lines = new ArrayList<>();
        article.model().getGraph().find().forEachRemaining((Triple t) -> lines.add(
                NodeFmtLib.strNT(t.getSubject()) + " " + NodeFmtLib.strNT(t.getPredicate()) + " "
                        + NodeFmtLib.strNT(t.getObject()) + " " + g + " ."));
        lines.sort(null);
        return String.join("\n", lines);
    }
}
