package org.w3id.dmkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

class QuadTextTest {
    @Test
    void nquadsOfTwoArticlesParseBackIntoTheirGraphs() {
        StringBuilder text = new StringBuilder();
        for (ArticleGraph g : Fixture.articles()) {
            QuadText.lines(g, true).forEach(l -> text.append(l).append('\n'));
        }
        Dataset back = DatasetFactory.create();
        RDFParser.fromString(text.toString(), Lang.NQUADS).parse(back);
        assertTrue(back.getNamedModel(Fixture.A1).isIsomorphicWith(Fixture.own(Fixture.article1())));
        assertTrue(back.getNamedModel(Fixture.A2).isIsomorphicWith(Fixture.own(Fixture.article2())));
        assertTrue(back.getNamedModel(ArticleGraph.ENTITIES)
                .isIsomorphicWith(Fixture.entities(Fixture.article1(), Fixture.article2())));
        assertEquals(Fixture.article1().size(), QuadText.lines(Fixture.articles().get(0), true).size());
    }

    @Test
    void ntriplesAreTheArticleAsExtracted() {
        Model back = ModelFactory.createDefaultModel();
        RDFParser.fromString(String.join("\n", QuadText.lines(Fixture.articles().get(1), false)), Lang.NTRIPLES).parse(back);
        assertTrue(back.isIsomorphicWith(Fixture.article2()));
    }
}
