package org.w3id.dmkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.w3id.dmkg.rdf.ArticleGraph;
import org.w3id.dmkg.rdf.Fixture;

class ArticleCollectorTest {
    private static List<Quad> quads(ArticleGraph g) {
        List<Quad> out = new ArrayList<>();
        g.forEachQuad(out::add);
        return out;
    }

    @Test
    void eachArticleComesBackWithItsEntityDescriptions() {
        List<ArticleGraph> back = new ArrayList<>();
        ArticleCollector c = new ArticleCollector(back::add);
        List<Quad> first = quads(Fixture.articles().get(0));
        List<Quad> second = quads(Fixture.articles().get(1));
        Collections.reverse(first); // descriptions ahead of the first article
        first.forEach(c::quad);
        second.forEach(c::quad);
        c.finish();
        c.finish();
        assertEquals(2, back.size());
        assertEquals(Fixture.A1, back.get(0).articleIri());
        assertTrue(back.get(0).model().isIsomorphicWith(Fixture.article1()));
        assertTrue(back.get(1).model().isIsomorphicWith(Fixture.article2()));
        assertEquals(first.size() + second.size(), c.quads());
    }

    @Test
    void descriptionsWithoutAnArticleAreAnError() {
        ArticleCollector c = new ArticleCollector(g -> { });
        quads(Fixture.articles().get(0)).stream().filter(q -> q.getGraph().equals(ArticleGraph.ENTITIES_NODE))
                .forEach(c::quad);
        assertThrows(RiotException.class, c::finish);
    }

    @Test
    void aTripleOutsideANamedGraphIsAnError() {
        ArticleCollector c = new ArticleCollector(g -> { });
        Quad q = quads(Fixture.articles().get(0)).get(0);
        assertThrows(RiotException.class, () -> c.triple(q.asTriple()));
        assertThrows(RiotException.class, () -> c.quad(Quad.create(Quad.defaultGraphIRI, q.asTriple())));
    }
}
