package org.w3id.dmkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3id.dmkg.DmkgException;
import org.w3id.dmkg.rdf.Fixture;

/** Each shipped query over the fixture; the federated one is only parsed, in {@link NamedQueriesTest}. */
class QueryRunnerTest {
    private static final String PERSON = Fixture.ID + "person/";
    private final NamedQueries queries = new NamedQueries();
    private DmkgStore store;
    private QueryRunner runner;

    @BeforeEach
    void load() {
        store = FixtureStore.loaded();
        runner = new QueryRunner(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<Map<String, String>> rows(String name, Map<String, String> params) {
        return runner.select(queries.load(name), params);
    }

    private static List<String> column(List<Map<String, String>> rows, String var) {
        return rows.stream().map(r -> r.get(var)).toList();
    }

    @Test
    void meetings() {
        List<Map<String, String>> rows = rows("meetings", Map.of());
        assertEquals(List.of(Fixture.CALL, Fixture.MEETING, Fixture.VISIT), column(rows, "meeting"));
        Map<String, String> m = rows.get(1);
        assertEquals("2025-02-28", m.get("date"));
        assertEquals("Great Hall of the People", m.get("place"));
        assertEquals("China", m.get("placeCountry"));
        assertEquals("Sergei Shoigu, Xi Jinping", m.get("participants"));
        assertEquals("in person", m.get("type"));
        assertEquals("occurred", m.get("status"));
        assertEquals("2", m.get("sources"));
        assertEquals(List.of("phone", "in person", "in person"), column(rows, "type"));
        assertEquals(List.of("occurred", "occurred", "planned"), column(rows, "status"));
    }

    @Test
    void meetingsBetweenDates() {
        List<Map<String, String>> rows = rows("meetings", Map.of("from", "2025-02-25", "to", "2025-03-31"));
        assertEquals(List.of(Fixture.MEETING), column(rows, "meeting"));
        assertEquals(List.of(Fixture.MEETING, Fixture.VISIT), column(rows("meetings", Map.of("from", "2025-02-25")), "meeting"));
        DmkgException e = assertThrows(DmkgException.class, () -> rows("meetings", Map.of("from", "2025-02-30")));
        assertEquals(DmkgException.USAGE, e.exitCode());
    }

    @Test
    void aMeetingOfUnknownDateIsListedOnlyWithoutDates() {
        Model undated = Fixture.article2();
        undated.removeAll(undated.getResource(Fixture.VISIT), org.w3id.dmkg.rdf.SCHEMA.startDate, null);
        store.load(List.of(new org.w3id.dmkg.rdf.ArticleGraph(Fixture.A2, undated)));
        assertTrue(column(rows("meetings", Map.of()), "meeting").contains(Fixture.VISIT));
        assertEquals(List.of(Fixture.MEETING), column(rows("meetings", Map.of("from", "2025-02-25")), "meeting"));
        assertEquals(List.of(Fixture.CALL, Fixture.MEETING), column(rows("meetings", Map.of("to", "2025-12-31")), "meeting"));
    }

    @Test
    void meetingsOfAPersonMatchCaseInsensitively() {
        List<Map<String, String>> rows = rows("meetings-of", Map.of("person", "SHOIGU"));
        assertEquals(1, rows.size());
        assertEquals(Map.of("meeting", Fixture.MEETING, "date", "2025-02-28", "name", "Sergei Shoigu",
                "counterparts", "Xi Jinping", "place", "Great Hall of the People"), rows.get(0));
        assertEquals(List.of(Fixture.CALL, Fixture.MEETING, Fixture.VISIT),
                column(rows("meetings-of", Map.of("person", "xi")), "meeting"));
        assertEquals(6, rows("meetings-of", Map.of()).size(), "unbound: every participant of every meeting");
    }

    @Test
    void metWith() {
        List<Map<String, String>> rows = rows("met-with", Map.of());
        assertEquals(2, rows.size());
        assertEquals(Map.of("personA", PERSON + "vladimir-putin", "nameA", "Vladimir Putin",
                "personB", PERSON + "xi-jinping", "nameB", "Xi Jinping", "meetings", "2"), rows.get(0));
        assertEquals(List.of("Sergei Shoigu", "Vladimir Putin"), List.of(rows.get(1).get("nameA"), rows.get(0).get("nameA")));
        assertEquals("1", rows.get(1).get("meetings"));
        assertEquals(1, rows("met-with", Map.of("person", "shoigu")).size());
    }

    @Test
    void officeHolders() {
        List<Map<String, String>> all = rows("office-holders", Map.of());
        assertEquals(List.of("Xi Jinping", "Sergei Shoigu", "Vladimir Putin"), column(all, "name"));
        Map<String, String> shoigu = all.get(1);
        assertEquals("Secretary", shoigu.get("role"));
        assertEquals("Russia", shoigu.get("countryName"));
        assertEquals("Security Council of Russia", shoigu.get("organization"));
        assertEquals("2025-02-28", shoigu.get("asOf"));
        assertEquals("1", shoigu.get("articles"));
        for (String key : List.of("russia", "RU", "rus")) {
            assertEquals(List.of("Sergei Shoigu", "Vladimir Putin"),
                    column(rows("office-holders", Map.of("country", key)), "name"), key);
        }
        assertEquals(List.of("Xi Jinping"), column(rows("office-holders", Map.of("country", "CHN")), "name"));
        assertEquals(List.of(), rows("office-holders", Map.of("country", "France")));
    }

    @Test
    void anniversaries() {
        assertEquals(List.of(Map.of("anniversary", Fixture.ID + "anniversary/80/victory-in-world-war-ii",
                "ordinal", "80", "year", "2025", "event", "victory in the Second World War", "eventYear", "1945",
                "articles", "1")), rows("anniversaries", Map.of()));
    }

    @Test
    void sources() {
        List<Map<String, String>> rows = rows("sources", Map.of("meeting", "sergei-shoigu--xi-jinping"));
        assertEquals(List.of(Fixture.A1, Fixture.A2), column(rows, "article"));
        assertEquals(List.of("Xi meets Shoigu in Beijing", "Xi and Putin speak by phone"), column(rows, "headline"));
        assertEquals(List.of("2025-03-01", "2025-03-02"), column(rows, "published"));
        assertEquals("https://news.example.org/2025/03/01/xi-meets-shoigu", rows.get(0).get("url"));
        assertEquals(4, rows("sources", Map.of()).size());
        assertEquals(1, rows("sources", Map.of("meeting", Fixture.VISIT)).size());
    }

    @Test
    void people() {
        List<Map<String, String>> rows = rows("people", Map.of());
        assertEquals(List.of("Sergei Shoigu", "Xi Jinping", "Vladimir Putin"), column(rows, "name"));
        assertEquals(List.of("2", "2", "1"), column(rows, "mentions"));
        assertEquals(List.of("1", "3", "2"), column(rows, "meetings"));
    }

    @Test
    void busiestPeople() {
        List<Map<String, String>> rows = rows("busiest-people", Map.of());
        assertEquals(List.of(PERSON + "xi-jinping", PERSON + "vladimir-putin", PERSON + "sergei-shoigu"),
                column(rows, "person"));
        assertEquals(List.of("3", "2", "1"), column(rows, "meetings"));
        assertEquals(List.of(PERSON + "xi-jinping", PERSON + "vladimir-putin"),
                column(rows("busiest-people", Map.of("minMeetings", "2")), "person"));
    }

    @Test
    void countriesWithIsoCodes() {
        List<Map<String, String>> rows = rows("countries-iso", Map.of());
        assertEquals(List.of("China", "Russia"), column(rows, "name"));
        assertEquals(List.of("CHN", "RUS"), column(rows, "iso3"));
        assertEquals(List.of("3", "3"), column(rows, "meetings"));
    }

    @Test
    void injectedParameterIsJustData() {
        String evil = "\" } ; DROP ALL ; #";
        long before = DmkgStoreTest.quads(store);
        assertEquals(List.of(), rows("meetings-of", Map.of("person", evil)));
        assertEquals(List.of(), rows("office-holders", Map.of("country", evil)));
        assertEquals(List.of(), rows("sources", Map.of("meeting", evil)));
        assertEquals(List.of(), rows("met-with", Map.of("person", evil)));
        assertEquals(List.of(), rows("meetings-of", Map.of("person", "x\") || true || (\"")));
        assertEquals(before, DmkgStoreTest.quads(store), "nothing was dropped");
        assertThrows(DmkgException.class, () -> rows("people", Map.of("a b", "x")));
    }

    @Test
    void selectFormats() {
        Query q = queries.load("met-with");
        String csv = run(q, Format.CSV);
        assertTrue(csv.startsWith("personA,nameA,personB,nameB,meetings"), csv);
        assertTrue(csv.contains("Vladimir Putin,https://w3id.org/dmkg/id/person/xi-jinping,Xi Jinping,2"), csv);
        assertTrue(run(q, Format.TSV).startsWith("?personA\t?nameA"));
        String json = run(q, Format.JSON);
        assertTrue(json.contains("\"vars\"") && json.contains("\"bindings\""), json);
        String table = run(q, Format.TABLE);
        assertTrue(table.contains("| Vladimir Putin "), table);
        assertThrows(DmkgException.class, () -> run(q, Format.TTL));
        assertEquals("yes", run(NamedQueries.parse("ask", "ASK { ?s ?p ?o }"), Format.TABLE).strip().toLowerCase());
        assertTrue(run(NamedQueries.parse("ask", "ASK { ?s ?p ?o }"), Format.JSON).contains("\"boolean\" : true"));
    }

    @Test
    void tableShowsNamesAndPlainDates() {
        String table = run(queries.load("meetings"), Format.TABLE);
        assertTrue(table.contains("| 2025-02-28 "), table);
        assertTrue(!table.contains("^^") && !table.contains("\"Great Hall"), table);
        String pairs = run(queries.load("met-with"), Format.TABLE);
        assertTrue(pairs.contains("| Xi Jinping "), pairs);
        assertTrue(!pairs.contains("person/xi-jinping"), pairs);
        String csv = run(queries.load("met-with"), Format.CSV);
        assertTrue(csv.contains(PERSON + "xi-jinping"), csv);
        assertTrue(run(queries.load("meetings"), Format.JSON).contains("XMLSchema#date"));
        String lines = run(queries.load("meetings"), Format.TABLE);
        assertEquals(1, lines.lines().map(String::length).distinct().count(), "aligned:\n" + lines);
    }

    @Test
    void constructInTurtle() {
        Query q = NamedQueries.parse("c", "PREFIX schema: <https://schema.org/> CONSTRUCT { ?m schema:attendee ?p } "
                + "WHERE { ?m schema:attendee ?p }");
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(run(q, Format.TTL), Lang.TURTLE).parse(m);
        assertEquals(6, m.size());
        assertThrows(DmkgException.class, () -> run(q, Format.CSV));
    }

    @Test
    void describeInNTriples() {
        Query q = NamedQueries.parse("d", "DESCRIBE <" + Fixture.VISIT + ">");
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(run(q, Format.NT), Lang.NTRIPLES).parse(m);
        assertTrue(m.contains(m.getResource(Fixture.VISIT), null, (org.apache.jena.rdf.model.RDFNode) null));
        assertTrue(m.size() >= 10, m.toString());
    }

    private String run(Query q, Format f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        runner.run(q, Map.of(), f, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
