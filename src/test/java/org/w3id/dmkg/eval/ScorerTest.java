package org.w3id.dmkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gold files read with jackson-core, a small graph scored against them, and the scorer's conventions. */
class ScorerTest {
    /** The prefixes of the small graphs the scoring tests read. */
    static final String PREFIXES = """
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix schema: <https://schema.org/> .
            @prefix prov: <http://www.w3.org/ns/prov#> .
            @prefix dmkg: <https://w3id.org/dmkg/ontology#> .
            @prefix : <https://w3id.org/dmkg/id/> .
            """;
    private static final String GRAPH = PREFIXES + """
            :a a schema:NewsArticle ; schema:url <http://example.org/1> ;
               schema:mentions :xi, :putin, :china, :lavrov .
            :xi a schema:Person ; rdfs:label "Xi Jinping" .
            :putin a schema:Person ; rdfs:label "Vladimir Putin" .
            :lavrov a schema:Person ; rdfs:label "Sergei Lavrov" .
            :china a schema:Country ; rdfs:label "PRC" .
            :m a dmkg:Meeting ; prov:wasDerivedFrom :a ; schema:attendee :xi, :putin ;
               schema:startDate "2023-03-21"^^<http://www.w3.org/2001/XMLSchema#date> ; schema:location :kremlin .
            :kremlin rdfs:label "Kremlin" ; schema:containedInPlace :moscow .
            :moscow rdfs:label "Moscow" .
            """;
    private static final String GOLD = """
            {"id": "t1", "url": " http://example.org/1 ", "publication_date": null,
             "meetings": [{"kind": "talks", "main": true, "participants": ["Xi Jinping", "Vladimir Putin"],
                           "date": "2023-03-21", "city": "Moscow", "venue": null, "country": "Russia"},
                          {"kind": "visit", "main": false, "participants": ["Xi Jinping"], "date": null, "city": null}],
             "office_holdings": [{"person": "Xi Jinping", "office": "President", "country": "China", "organization": null}],
             "anniversaries": [{"ordinal": 10, "event": "friendship treaty", "year": 2023}],
             "persons": ["Xi Jinping", "Vladimir Putin"], "countries": ["China", "Russia"], "organizations": []}
            """;

    @Test
    void scoresASmallGraph(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("t1.json"), GOLD);
        Files.writeString(dir.resolve("t2.json"), GOLD.replace("\"t1\"", "\"t2\"").replace("org/1", "org/2"));
        Map<String, GoldArticle> golds = GoldReader.read(List.of(dir));
        assertEquals(List.of("http://example.org/1", "http://example.org/2"), List.copyOf(golds.keySet()));
        assertEquals(new GoldArticle.Anniversary("10", "2023", "friendship treaty"),
                golds.get("http://example.org/1").anniversaries().get(0));
        Model model = ModelFactory.createDefaultModel().read(new StringReader(GRAPH), null, "TTL");
        Score score = Scorer.standard().score(golds, new GraphFacts(model));
        assertEquals(new Tally(1, 1, 1, 2), score.total(Fact.MEETINGS_FULL));
        assertEquals(new Tally(0, 0, 0, 2), score.total(Fact.OFFICES));
        assertEquals(new Tally(2, 3, 2, 4), score.total(Fact.PERSONS));
        assertEquals(new Tally(1, 1, 1, 4), score.total(Fact.COUNTRIES));
        assertEquals(new Tally(0, 0, 0, 0), score.total(Fact.ORGANIZATIONS));
        assertEquals(List.of("t2"), score.missing());
        ArticleResult t1 = score.articles().get(0);
        assertEquals(List.of("russia"), t1.outcomes().get(Fact.COUNTRIES).misses());
        assertEquals(List.of("[Sergei Lavrov]"), t1.outcomes().get(Fact.PERSONS).falsePositives());
        assertEquals("summary: meetings=0.667 meetings_full=0.667 offices=0.0 anniversaries=0.0 persons=0.571"
                + " countries=0.4 organizations=1.0 missing=1/2", score.summary());
    }

    @Test
    void emptySetsFollowTheScorersConventions() {
        assertEquals(1.0, Tally.ZERO.precision());
        assertEquals(1.0, Tally.ZERO.recall());
        assertEquals(1.0, Tally.ZERO.f1());
        assertEquals(0.0, new Tally(0, 0, 0, 3).precision());
        assertEquals(0.0, new Tally(0, 0, 0, 3).f1());
        assertEquals(0.0, new Tally(0, 2, 0, 0).precision());
        assertEquals(1.0, new Tally(0, 2, 0, 0).recall());
        assertEquals("0.062", Tally.round3(0.0625).toPlainString(), "half to even, as Python rounds");
        assertEquals("0.667", Tally.round3(2.0 / 3).toPlainString());
    }
}
