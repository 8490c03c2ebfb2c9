package org.w3id.dmkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

class ArticleGraphTest {
    @Test
    void quadsSplitTheArticleFromTheEntityDescriptions() {
        Model article = Fixture.article1();
        List<Quad> quads = new ArrayList<>();
        new ArticleGraph(Fixture.A1, article).forEachQuad(quads::add);
        assertEquals(article.size(), quads.size());
        int firstEntity = -1;
        for (int i = 0; i < quads.size(); i++) {
            Quad q = quads.get(i);
            boolean shared = q.getGraph().equals(ArticleGraph.ENTITIES_NODE);
            assertEquals(ArticleGraph.describesEntity(q.asTriple()), shared, q.toString());
            if (shared && firstEntity < 0) {
                firstEntity = i;
            }
            assertTrue(shared || firstEntity < 0, "the article's own quads come first");
            assertTrue(shared || q.getGraph().equals(NodeFactory.createURI(Fixture.A1)), q.toString());
        }
        assertTrue(firstEntity > 0, "both kinds present");
    }

    @Test
    void whatIsSharedIsWhatOneIriNamesAcrossArticles() {
        for (String iri : List.of("person/xi-jinping", "country/CN", "org/un", "place/beijing", "role/president",
                "event/founding-of-the-un")) {
            assertTrue(ArticleGraph.isEntity(NodeFactory.createURI(DMKG.ID + iri)), iri);
        }
        for (String iri : List.of("article/ab12", "meeting/2025-02-28-ab12", "membership/ab12", "evidence/ab12",
                "statement/ab12", "graph/entities")) {
            assertFalse(ArticleGraph.isEntity(NodeFactory.createURI(DMKG.ID + iri)), iri);
        }
        assertFalse(ArticleGraph.isEntity(NodeFactory.createURI("http://www.wikidata.org/entity/Q148")));
        assertFalse(ArticleGraph.isEntity(NodeFactory.createBlankNode()));
    }

    @Test
    void readGivesTheArticleBackWithWhatItsEntitiesAreAndWhereTheyLie() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        for (ArticleGraph g : Fixture.articles()) {
            g.forEachQuad(dsg::add);
        }
        // article 1 names a venue, its city and the city's country: all come back
        assertTrue(ArticleGraph.read(dsg, Fixture.A1).model().isIsomorphicWith(Fixture.article1()));
        assertTrue(ArticleGraph.read(dsg, Fixture.A2).model().isIsomorphicWith(Fixture.article2()));
    }
}
