package org.w3id.dmkg.rdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;

/**
 * One article as N-Quads (in its graphs, see {@link ArticleGraph#forEachQuad}) or N-Triples lines, for
 * output that must be sorted or kept apart per article. Blank nodes keep their JVM-wide unique labels,
 * so the text of several articles can be concatenated. A stream of many articles is written faster by
 * one {@code StreamRDFWriter} than as lines made per article. Stateless and thread-safe.
 */
public final class QuadText {
    private QuadText() {
    }

    /** The article's statements, one line each, in the order {@link ArticleGraph#forEachQuad} gives. */
    public static List<String> lines(ArticleGraph article, boolean quads) {
        List<String> lines = new ArrayList<>((int) article.model().size());
        article.forEachQuad(q -> lines.add(line(q, quads)));
        return lines;
    }

    private static String line(Quad q, boolean quads) {
        return NodeFmtLib.strNT(q.getSubject()) + " " + NodeFmtLib.strNT(q.getPredicate()) + " "
                + NodeFmtLib.strNT(q.getObject()) + (quads ? " " + NodeFmtLib.strNT(q.getGraph()) : "") + " .";
    }
}
