package org.w3id.dmkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3id.dmkg.rdf.ArticleGraph;
import org.w3id.dmkg.rdf.Fixture;

/**
 * A {@code person} parameter matches whole name parts, case and accents folded, in {@code meetings-of},
 * {@code met-with} and the graph's ego networks alike: "Xi" is Xi Jinping, not Ding Xuexiang;
 * "erdogan" is Recep Tayyip Erdoğan, "sanchez" Pedro Sánchez.
 */
class PersonMatchTest {
    private static final String DING = Fixture.ID + "person/ding-xuexiang";
    private static final String ARTICLE = Fixture.ID + "article/ding-meets-putin";
    private static final String ERDOGAN = Fixture.ID + "person/recep-tayyip-erdogan";
    private static final String SANCHEZ = Fixture.ID + "person/pedro-sanchez";
    private static final String MADRID = Fixture.ID + "article/erdogan-meets-sanchez";
    private final NamedQueries queries = new NamedQueries();
    private DmkgStore store;
    private QueryRunner runner;

    @BeforeEach
    void load() {
        store = FixtureStore.loaded();
        Model m = turtle("""
                <%s> a schema:Person ; rdfs:label "Ding Xuexiang" .
                <%s> a dmkg:Meeting ; schema:attendee <%s>, <%s> ; schema:startDate "2025-04-01"^^xsd:date .
                """.formatted(DING, ARTICLE + "#meeting", DING, MeetingNetworkTest.PUTIN));
        // Sánchez's label with its accent decomposed (NFD), as some feeds write it
        Model madrid = turtle("""
                <%s> a schema:Person ; rdfs:label "Recep Tayyip Erdo\u011Fan" .
                <%s> a schema:Person ; rdfs:label "Pedro Sa\u0301nchez" .
                <%s> a dmkg:Meeting ; schema:attendee <%s>, <%s> ; schema:startDate "2025-06-01"^^xsd:date .
                """.formatted(ERDOGAN, SANCHEZ, MADRID + "#meeting", ERDOGAN, SANCHEZ));
        store.load(List.of(new ArticleGraph(ARTICLE, m), new ArticleGraph(MADRID, madrid)));
        runner = new QueryRunner(store);
    }

    private static Model turtle(String statements) {
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader("""
                PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX schema: <https://schema.org/>
                PREFIX dmkg:   <https://w3id.org/dmkg/ontology#>
                PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>
                """ + statements), null, "TTL");
        return m;
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Set<String> names(String query, String column, String person) {
        Set<String> names = new TreeSet<>();
        runner.select(queries.load(query), Map.of("person", person)).forEach(r -> names.add(r.get(column)));
        return names;
    }

    @Test
    void meetingsOfMatchWholeNameParts() {
        assertEquals(Set.of("Xi Jinping"), names("meetings-of", "name", "Xi"));
        assertEquals(Set.of("Xi Jinping"), names("meetings-of", "name", "  xi  JINPING "));
        assertEquals(Set.of("Ding Xuexiang"), names("meetings-of", "name", "xuexiang"));
        assertEquals(Set.of(), names("meetings-of", "name", "Xi Jin"));
        assertEquals(Set.of(), names("meetings-of", "name", "ing"));
        assertEquals(Set.of(), names("meetings-of", "name", "Jinping Xi"));
        assertEquals(Set.of(), names("meetings-of", "name", "!!"));
    }

    @Test
    void metWithMatchesWholeNameParts() {
        assertEquals(Set.of("Sergei Shoigu", "Vladimir Putin"), names("met-with", "nameA", "Xi"));
        assertEquals(Set.of("Xi Jinping"), names("met-with", "nameB", "Xi"));
        assertEquals(Set.of("Ding Xuexiang"), names("met-with", "nameA", "Ding"));
    }

    @Test
    void egoNetworksMatchWholeNameParts() {
        MeetingNetwork n = MeetingNetwork.build(store, "Xi", null, null);
        assertEquals(List.of("Sergei Shoigu", "Vladimir Putin", "Xi Jinping"),
                n.nodes().stream().map(MeetingNetwork.Node::label).toList());
        assertEquals(List.of("Ding Xuexiang", "Vladimir Putin"),
                MeetingNetwork.build(store, "ding", null, null).nodes().stream().map(MeetingNetwork.Node::label).toList());
    }

    @Test
    void accentsAndCaseAreFoldedOnBothSides() {
        String erdogan = "Recep Tayyip Erdo\u011Fan";
        String sanchez = "Pedro Sa\u0301nchez";
        for (String asked : List.of("Erdogan", "erdoğan", "ERDOGAN", "Tayyip Erdogan", "RECEP TAYYİP ERDOĞAN")) {
            assertEquals(Set.of(erdogan), names("meetings-of", "name", asked), asked);
        }
        for (String asked : List.of("sanchez", "S\u00E1nchez", "Sa\u0301nchez", "pedro sánchez")) {
            assertEquals(Set.of(sanchez), names("meetings-of", "name", asked), asked);
        }
        assertEquals(Set.of(erdogan), names("met-with", "nameB", "sanchez"));
        assertEquals(Set.of(sanchez), names("met-with", "nameA", "Erdogan"));
        assertEquals(List.of(sanchez, erdogan), MeetingNetwork.build(store, "erdogan", null, null).nodes().stream()
                .map(MeetingNetwork.Node::label).toList());
        // still whole parts: no part of a word
        assertEquals(Set.of(), names("meetings-of", "name", "erdo"));
        assertEquals(Set.of(), names("meetings-of", "name", "sanc"));
        assertEquals(Set.of(), MeetingNetwork.build(store, "erdo", null, null).nodes().stream()
                .map(MeetingNetwork.Node::label).collect(java.util.stream.Collectors.toSet()));
    }
}
