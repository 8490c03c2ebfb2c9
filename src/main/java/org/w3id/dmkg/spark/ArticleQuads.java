package org.w3id.dmkg.spark;

import java.util.List;
import org.w3id.dmkg.rdf.ArticleGraph;
import org.w3id.dmkg.rdf.QuadText;

/**
 * Writes one article graph as N-Quads, in the graph its article IRI names and the entity graph
 * ({@link ArticleGraph#forEachQuad}), lines sorted so that the same article always gives the same
 * text. Blank nodes keep their JVM-wide unique labels, so the blocks of several articles can share a
 * shard. Stateless and thread-safe.
 */
final class ArticleQuads {
    private ArticleQuads() {
    }

    /** The article's quads, one per line, without a final line break. */
    static String of(ArticleGraph article) {
        List<String> lines = QuadText.lines(article, true);
        lines.sort(null);
        return String.join("\n", lines);
    }
}
