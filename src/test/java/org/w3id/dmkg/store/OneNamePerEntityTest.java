package org.w3id.dmkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3id.dmkg.rdf.ArticleGraph;
import org.w3id.dmkg.rdf.DMKG;
import org.w3id.dmkg.rdf.Fixture;
import org.w3id.dmkg.rdf.PROV;
import org.w3id.dmkg.rdf.SCHEMA;

/**
 * A store where articles wrote names two ways: each named query shows each person, country, organization,
 * place and event once, under one name (its preferred label, else the greatest of its labels), and nobody
 * meets themself.
 */
class OneNamePerEntityTest {
    private static final String ID = Fixture.ID;
    private static final String A3 = ID + "article/erdogan-putin";
    private static final String A4 = ID + "article/erdogan-putin-again";
    private static final String ERDOGAN = ID + "person/erdogan-recep-tayyip";
    private static final String PUTIN = ID + "person/vladimir-putin";
    private static final String TALKS = ID + "meeting/2025-03-03/erdogan-putin";
    private static final String ANNIVERSARY = ID + "anniversary/2025-80-victory";

    private final NamedQueries queries = new NamedQueries();
    private DmkgStore store;
    private QueryRunner runner;

    @BeforeEach
    void load() {
        store = FixtureStore.loaded();
        store.load(List.of(new ArticleGraph(A3, article(A3, "Recep Tayyip Erdogan", "Vladimir Putin", "Moskva",
                        "Russian Federation", "Acme Defence Inc", "Victory in the Second World War")),
                new ArticleGraph(A4, article(A4, "Recep Tayyip Erdoğan", "VLADIMIR PUTIN", "Moscow", "Russia",
                        "Acme Defence Inc.", "victory in the Second World War"))));
        runner = new QueryRunner(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** An article reporting the talks of Erdoğan and Putin in Moscow, writing their names its own way. */
    private static Model article(String iri, String erdogan, String putin, String moscow, String russia,
                                 String company, String event) {
        Model m = ModelFactory.createDefaultModel();
        Resource a = m.createResource(iri).addProperty(RDF.type, SCHEMA.NewsArticle);
        Resource e = m.createResource(ERDOGAN).addProperty(RDF.type, SCHEMA.Person).addProperty(RDFS.label, erdogan);
        Resource p = m.createResource(PUTIN).addProperty(RDF.type, SCHEMA.Person).addProperty(RDFS.label, putin);
        Resource ru = m.createResource(ID + "country/russia").addProperty(RDF.type, SCHEMA.Country)
                .addProperty(RDFS.label, russia);
        Resource place = m.createResource(ID + "place/moscow").addProperty(RDFS.label, moscow);
        Resource acme = m.createResource(ID + "org/acme-defence-inc").addProperty(RDF.type, ORG.Organization)
                .addProperty(RDFS.label, company);
        a.addProperty(SCHEMA.mentions, e).addProperty(SCHEMA.mentions, p).addProperty(SCHEMA.mentions, ru)
                .addProperty(SCHEMA.mentions, acme);
        confident(m.createResource(TALKS).addProperty(RDF.type, DMKG.Meeting).addProperty(RDF.type, DMKG.Talks)
                .addProperty(SCHEMA.attendee, e).addProperty(SCHEMA.attendee, p).addProperty(SCHEMA.location, place)
                .addProperty(SCHEMA.startDate, m.createTypedLiteral("2025-03-03", XSDDatatype.XSDdate))
                .addProperty(DMKG.status, DMKG.Occurred).addProperty(PROV.wasDerivedFrom, a));
        Resource role = m.createResource(ID + "role/president").addProperty(RDF.type, ORG.Role)
                .addProperty(RDFS.label, "President");
        confident(m.createResource(ID + "membership/" + iri.hashCode()).addProperty(RDF.type, ORG.Membership)
                .addProperty(ORG.member, p).addProperty(ORG.role, role).addProperty(DMKG.country, ru)
                .addProperty(ORG.organization, acme).addProperty(PROV.wasDerivedFrom, a));
        Resource victory = m.createResource(ID + "event/victory-in-the-second-world-war")
                .addProperty(RDF.type, DMKG.HistoricalEvent).addProperty(RDFS.label, event);
        confident(m.createResource(ANNIVERSARY).addProperty(RDF.type, DMKG.Anniversary)
                .addLiteral(DMKG.ordinal, m.createTypedLiteral("80", XSDDatatype.XSDinteger))
                .addLiteral(DMKG.year, m.createTypedLiteral("2025", XSDDatatype.XSDinteger))
                .addProperty(DMKG.commemorates, victory).addProperty(PROV.wasDerivedFrom, a));
        return m;
    }

    private static void confident(Resource r) {
        r.addLiteral(DMKG.confidence, r.getModel().createTypedLiteral(new BigDecimal("0.9")));
    }

    private List<Map<String, String>> rows(String name, Map<String, String> params) {
        return runner.select(queries.load(name), params);
    }

    private static void assertOncePer(List<Map<String, String>> rows, String... vars) {
        Set<List<String>> seen = new HashSet<>();
        for (Map<String, String> r : rows) {
            List<String> key = Arrays.stream(vars).map(r::get).toList();
            assertTrue(seen.add(key), key + " twice in " + rows);
        }
    }

    private static Map<String, String> row(List<Map<String, String>> rows, String var, String value) {
        List<Map<String, String>> found = rows.stream().filter(r -> value.equals(r.get(var))).toList();
        assertEquals(1, found.size(), var + " = " + value + " in " + rows);
        return found.get(0);
    }

    @Test
    void people() {
        List<Map<String, String>> rows = rows("people", Map.of());
        assertOncePer(rows, "person");
        assertEquals("Recep Tayyip Erdoğan", row(rows, "person", ERDOGAN).get("name"));
        assertEquals("Vladimir Putin", row(rows, "person", PUTIN).get("name"));
        assertEquals(Set.of("Sergei Shoigu", "Xi Jinping", "Vladimir Putin", "Recep Tayyip Erdoğan"),
                Set.copyOf(rows.stream().map(r -> r.get("name")).toList()));
        assertEquals(4, rows.size());
    }

    @Test
    void nobodyMeetsThemself() {
        List<Map<String, String>> rows = rows("met-with", Map.of());
        assertOncePer(rows, "personA", "personB");
        rows.forEach(r -> assertNotEquals(r.get("personA"), r.get("personB"), r.toString()));
        Map<String, String> talks = row(rows, "personA", ERDOGAN);
        assertEquals(Map.of("personA", ERDOGAN, "nameA", "Recep Tayyip Erdoğan", "personB", PUTIN,
                "nameB", "Vladimir Putin", "meetings", "1"), talks);
        assertEquals(List.of("Vladimir Putin", "Xi Jinping", "2"), List.of(rows.get(0).get("nameA"),
                rows.get(0).get("nameB"), rows.get(0).get("meetings")));
        List<Map<String, String>> erdogan = rows("met-with", Map.of("person", "erdogan"));
        assertEquals(List.of(talks), erdogan);
        assertEquals(erdogan, rows("met-with", Map.of("person", "ERDOĞAN")), "either name finds him");
    }

    @Test
    void meetings() {
        List<Map<String, String>> rows = rows("meetings", Map.of());
        assertOncePer(rows, "meeting");
        Map<String, String> talks = row(rows, "meeting", TALKS);
        assertEquals("Recep Tayyip Erdoğan, Vladimir Putin", talks.get("participants"));
        assertEquals("Moscow", talks.get("place"), "the place's preferred label");
        assertEquals("Russia", talks.get("placeCountry"));
        assertEquals("2", talks.get("sources"));
        assertEquals("in person", talks.get("type"));
        assertEquals("occurred", talks.get("status"));
        assertEquals("2025-03-03", talks.get("date"));
        assertEquals(List.of(TALKS), rows("meetings", Map.of("from", "2025-03-01", "to", "2025-03-31")).stream()
                .map(r -> r.get("meeting")).toList());
    }

    @Test
    void meetingsOf() {
        List<Map<String, String>> erdogan = rows("meetings-of", Map.of("person", "erdogan"));
        assertEquals(List.of(Map.of("meeting", TALKS, "date", "2025-03-03", "name", "Recep Tayyip Erdoğan",
                "counterparts", "Vladimir Putin", "place", "Moscow")), erdogan);
        List<Map<String, String>> putin = rows("meetings-of", Map.of("person", "putin"));
        assertOncePer(putin, "meeting");
        assertEquals("Recep Tayyip Erdoğan", row(putin, "meeting", TALKS).get("counterparts"));
        assertEquals("Vladimir Putin", row(putin, "meeting", TALKS).get("name"));
        assertOncePer(rows("meetings-of", Map.of()), "meeting", "name");
    }

    @Test
    void officeHolders() {
        List<Map<String, String>> rows = rows("office-holders", Map.of());
        assertEquals(List.of("Xi Jinping", "Sergei Shoigu", "Vladimir Putin", "Vladimir Putin"),
                rows.stream().map(r -> r.get("name")).toList());
        Map<String, String> acme = row(rows, "organization", "Acme Defence Inc.");
        assertEquals("Russia", acme.get("countryName"));
        assertEquals("2", acme.get("articles"));
        assertEquals("Security Council of Russia", row(rows, "name", "Sergei Shoigu").get("organization"));
        assertEquals(3, rows("office-holders", Map.of("country", "Russian Federation")).size(), "any name finds it");
    }

    @Test
    void attendanceCountriesAndAnniversaries() {
        List<Map<String, String>> attendance = rows("network-attendance", Map.of());
        assertOncePer(attendance, "meeting", "person");
        assertEquals("Recep Tayyip Erdoğan", row(attendance, "person", ERDOGAN).get("name"));
        List<Map<String, String>> countries = rows("countries-iso", Map.of());
        assertOncePer(countries, "country");
        assertEquals(List.of("Russia", "China"), countries.stream().map(r -> r.get("name")).toList());
        assertEquals("RUS", countries.get(0).get("iso3"));
        assertEquals("4", countries.get(0).get("meetings"));
        List<Map<String, String>> anniversaries = rows("anniversaries", Map.of());
        assertOncePer(anniversaries, "anniversary");
        Map<String, String> victory = row(anniversaries, "anniversary", ANNIVERSARY);
        assertEquals("victory in the Second World War", victory.get("event"));
        assertEquals("2", victory.get("articles"));
    }
}
