package org.w3id.dmkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dmkg.rdf.Fixture;
import org.w3id.dmkg.store.DmkgStore;
import org.w3id.dmkg.store.QueryRunner;
import org.xml.sax.InputSource;

/** The embedded server over the fixture, on port 0, spoken to with the JDK's HTTP client. */
class DmkgServerIT {
    static final String PERSONS = "SELECT ?p ?name WHERE { ?p a <https://schema.org/Person> ; "
            + "<http://www.w3.org/2000/01/rdf-schema#label> ?name } ORDER BY ?name";
    static final String CONSTRUCT = "CONSTRUCT { ?p <http://www.w3.org/2000/01/rdf-schema#label> ?name } WHERE { "
            + "?p a <https://schema.org/Person> ; <http://www.w3.org/2000/01/rdf-schema#label> ?name }";

    @TempDir
    static Path dir;
    static DmkgStore store;
    static DmkgServer server;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static FixtureServer fixture;

    @BeforeAll
    static void start() {
        fixture = FixtureServer.start(dir, 5);
        store = fixture.store();
        server = fixture.server();
    }

    @AfterAll
    static void stop() {
        fixture.stop();
    }

    static HttpResponse<String> get(DmkgServer s, String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.baseUrl() + path)).timeout(Duration.ofSeconds(30));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> query(DmkgServer s, String sparql, String accept) throws Exception {
        return get(s, "/dmkg/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8), "Accept", accept);
    }

    static HttpResponse<String> post(DmkgServer s, String path, String type, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(s.baseUrl() + path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            // Jetty closes the connection after refusing a request body; the client may have reused that
            // connection for this request, which then fails before any answer: send it once more, afresh
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    static String type(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }

    @Test
    void selectAsJsonOverTheUnionOfTheArticles() throws Exception {
        HttpResponse<String> r = query(server, PERSONS, "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(type(r).startsWith("application/sparql-results+json"), type(r));
        for (String name : List.of("Sergei Shoigu", "Vladimir Putin", "Xi Jinping")) {
            assertTrue(r.body().contains("\"" + name + "\""), r.body());
        }
    }

    @Test
    void selectByPostAsCsvTsvAndXml() throws Exception {
        HttpResponse<String> csv = http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(PERSONS)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.body().startsWith("p,name\r\n"), csv.body());
        assertTrue(csv.body().contains(",Xi Jinping"), csv.body());
        HttpResponse<String> tsv = query(server, PERSONS, "text/tab-separated-values");
        assertTrue(tsv.body().startsWith("?p\t?name\n"), tsv.body());
        HttpResponse<String> xml = query(server, PERSONS, "application/sparql-results+xml");
        assertTrue(type(xml).startsWith("application/sparql-results+xml"), type(xml));
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml.body())));
    }

    @Test
    void constructAsTurtleAndJsonLd() throws Exception {
        for (Map.Entry<String, Lang> e : Map.of("text/turtle", Lang.TURTLE, "application/ld+json", Lang.JSONLD).entrySet()) {
            HttpResponse<String> r = query(server, CONSTRUCT, e.getKey());
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(type(r).startsWith(e.getKey()), type(r));
            Model m = ModelFactory.createDefaultModel();
            RDFParser.fromString(r.body(), e.getValue()).parse(m);
            assertEquals(3, m.size(), r.body());
        }
    }

    @Test
    void selectAnswersAreCappedAtMaxRows() throws Exception {
        String all = "SELECT * WHERE { ?s ?p ?o }";
        HttpResponse<String> r = query(server, all, "text/csv");
        assertEquals(1 + 5, r.body().lines().count(), r.body());
        HttpResponse<String> small = query(server, all + " LIMIT 2", "text/csv");
        assertEquals(1 + 2, small.body().lines().count(), small.body());
    }

    @Test
    void aCutAnswerCarriesAHeader() throws Exception {
        HttpResponse<String> cut = query(server, "SELECT * WHERE { ?s ?p ?o }", "application/sparql-results+json");
        assertEquals(200, cut.statusCode(), cut.body());
        assertEquals(List.of("max-rows=5"), cut.headers().allValues("X-Dmkg-Truncated"));
        HttpResponse<String> six = query(server, "SELECT * { VALUES ?x { 1 2 3 4 5 6 } }", "text/csv");
        assertEquals(List.of("max-rows=5"), six.headers().allValues("X-Dmkg-Truncated"));
        assertEquals(1 + 5, six.body().lines().count(), six.body());
        // exactly as many rows as the cap, or a LIMIT within it: the whole answer, no header
        for (String whole : List.of("SELECT * { VALUES ?x { 1 2 3 4 5 } }", "SELECT * WHERE { ?s ?p ?o } LIMIT 5")) {
            HttpResponse<String> r = query(server, whole, "text/csv");
            assertEquals(1 + 5, r.body().lines().count(), r.body());
            assertEquals(List.of(), r.headers().allValues("X-Dmkg-Truncated"), whole);
        }
    }

    @Test
    void aCutNamedQueryAnswerCarriesAHeader() throws Exception {
        try (DmkgServer two = DmkgServer.start(store, ServerSettings.defaults().withPort(0).withMaxRows(2))) {
            HttpResponse<String> cut = get(two, "/queries/people?format=csv");
            assertEquals(200, cut.statusCode(), cut.body());
            assertEquals(1 + 2, cut.body().lines().count(), cut.body());
            assertEquals(List.of("max-rows=2"), cut.headers().allValues("X-Dmkg-Truncated"));
            HttpResponse<String> whole = get(server, "/queries/people?format=csv");
            assertEquals(1 + 3, whole.body().lines().count(), whole.body());
            assertEquals(List.of(), whole.headers().allValues("X-Dmkg-Truncated"));
        }
    }

    @Test
    void sparqlResultsXmlByParameterAndByAccept() throws Exception {
        String persons = URLEncoder.encode(PERSONS, StandardCharsets.UTF_8);
        List<HttpResponse<String>> answers = List.of(
                get(server, "/dmkg/sparql?query=" + persons + "&format=xml"),
                query(server, PERSONS, "application/sparql-results+xml"),
                get(server, "/queries/people?format=xml"),
                get(server, "/queries/people", "Accept", "application/sparql-results+xml"));
        for (HttpResponse<String> r : answers) {
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(type(r).startsWith("application/sparql-results+xml"), type(r));
            ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
                    ResultSetLang.RS_XML);
            List<String> names = new ArrayList<>();
            rs.forEachRemaining(row -> names.add(row.getLiteral("name").getString()));
            assertTrue(names.containsAll(List.of("Sergei Shoigu", "Vladimir Putin", "Xi Jinping")), r.body());
        }
        HttpResponse<String> ask = get(server, "/dmkg/sparql?query="
                + URLEncoder.encode("ASK { ?p a <https://schema.org/Person> }", StandardCharsets.UTF_8) + "&format=xml");
        assertTrue(ResultSetMgr.readBoolean(new ByteArrayInputStream(ask.body().getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_XML), ask.body());
    }

    @Test
    void graphAnswersAreTurtleWhenTheClientTakesAnything() throws Exception {
        for (String accept : List.of("*/*", "text/*, */*;q=0.1", "application/sparql-results+json, */*;q=0.5")) {
            HttpResponse<String> r = query(server, CONSTRUCT, accept);
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(type(r).startsWith("text/turtle"), accept + ": " + type(r));
            Model m = ModelFactory.createDefaultModel();
            RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
            assertEquals(3, m.size(), r.body());
        }
        HttpResponse<String> none = get(server, "/dmkg/sparql?query=" + URLEncoder.encode(CONSTRUCT, StandardCharsets.UTF_8));
        assertTrue(type(none).startsWith("text/turtle"), type(none));
    }

    @Test
    void graphStoreProtocolReadsOneArticle() throws Exception {
        HttpResponse<String> r = get(server, "/dmkg/get?graph=" + URLEncoder.encode(Fixture.A1, StandardCharsets.UTF_8),
                "Accept", "application/n-triples");
        assertEquals(200, r.statusCode(), r.body());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.NTRIPLES).parse(m);
        assertTrue(m.isIsomorphicWith(Fixture.own(Fixture.article1())), "the article's own graph");
    }

    @Test
    void updatesAreRefusedByTheReadOnlyServer() throws Exception {
        String insert = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> <urn:x:o> } }";
        List<HttpResponse<String>> tries = List.of(
                post(server, "/dmkg/update", "application/sparql-update", insert),
                post(server, "/dmkg/sparql", "application/sparql-update", insert),
                post(server, "/dmkg", "application/sparql-update", insert),
                post(server, "/dmkg/get?graph=urn:x:g", "application/n-triples", "<urn:x:s> <urn:x:p> <urn:x:o> ."));
        for (HttpResponse<String> r : tries) {
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.uri() + " " + r.statusCode());
        }
        HttpResponse<String> ask = query(server, "ASK { <urn:x:s> ?p ?o }", "application/sparql-results+json");
        assertTrue(ask.body().contains("false"), ask.body());
    }

    @Test
    void updatesAreAcceptedWhenAllowed() throws Exception {
        try (DmkgStore mem = DmkgStore.inMemory();
                DmkgServer rw = DmkgServer.start(mem, ServerSettings.defaults().withPort(0).withAllowUpdate(true))) {
            HttpResponse<String> r = post(rw, "/dmkg/update", "application/sparql-update",
                    "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> <urn:x:o> } }");
            assertTrue(r.statusCode() / 100 == 2, r.statusCode() + " " + r.body());
            HttpResponse<String> ask = query(rw, "ASK { <urn:x:s> ?p ?o }", "application/sparql-results+json");
            assertTrue(ask.body().contains("true"), ask.body());
        }
    }

    @Test
    void aSlowQueryIsCancelledAfterTheTimeout() throws Exception {
        try (DmkgServer quick = DmkgServer.start(store, ServerSettings.defaults().withPort(0)
                .withTimeout(Duration.ofSeconds(1)))) {
            // about 200 triples to the fifth power: hours of work unless cancelled
            String slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }";
            long t0 = System.nanoTime();
            HttpResponse<String> r = query(quick, slow, "application/sparql-results+json");
            long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(seconds < 15, "took " + seconds + " s");
            HttpResponse<String> named = get(quick, "/queries/met-with", "Accept", "text/csv");
            assertEquals(200, named.statusCode(), named.body());
        }
    }

    @Test
    void aMalformedQueryIsABadRequestWithTheParsersMessage() throws Exception {
        HttpResponse<String> r = query(server, "SELECT ?x WHERE { ?x ?y }", "application/sparql-results+json");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("line 1"), r.body());
    }

    @Test
    void namedQueryWithAParameter() throws Exception {
        HttpResponse<String> r = get(server, "/queries/meetings-of?person=shoigu&format=csv");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(type(r).startsWith("text/csv"), type(r));
        assertTrue(r.body().contains(Fixture.MEETING), r.body());
        assertTrue(!r.body().contains(Fixture.CALL), r.body());
        // case and accents folded on both sides, whole name parts kept
        HttpResponse<String> folded = get(server, "/queries/meetings-of?person=" + URLEncoder.encode("SHOÏGU", StandardCharsets.UTF_8)
                + "&format=csv");
        assertTrue(folded.body().contains(Fixture.MEETING), folded.body());
        assertEquals(1, get(server, "/queries/meetings-of?person=shoi&format=csv").body().lines().count());
        HttpResponse<String> json = get(server, "/queries/meetings-of?person=putin", "Accept", "application/json");
        assertTrue(type(json).startsWith("application/sparql-results+json"), type(json));
        assertTrue(json.body().contains(Fixture.CALL), json.body());
        // a value is a literal, whatever it holds
        HttpResponse<String> sly = get(server, "/queries/meetings-of?person="
                + URLEncoder.encode("\") } SELECT * { ?s ?p ?o } #", StandardCharsets.UTF_8) + "&format=tsv");
        assertEquals(200, sly.statusCode(), sly.body());
        assertEquals(1, sly.body().lines().count(), sly.body());
    }

    @Test
    void namedQueryErrors() throws Exception {
        assertEquals(404, get(server, "/queries/no-such-query").statusCode());
        assertEquals(400, get(server, "/queries/meetings.rq").statusCode());
        assertEquals(400, get(server, "/queries/..%2F..%2Fpom").statusCode());
        assertEquals(400, get(server, "/queries/meetings-of").statusCode(), "required parameter missing");
        assertEquals(400, get(server, "/queries/meetings?bogus=1").statusCode());
        assertEquals(400, get(server, "/queries/meetings?format=ttl").statusCode());
        HttpResponse<String> date = get(server, "/queries/meetings?from=yesterday");
        assertEquals(400, date.statusCode(), "a malformed date");
        assertEquals("parameter from: yesterday is not a date (YYYY-MM-DD)", date.body().strip());
        assertEquals("query meetings: unknown parameter bogus (it takes from, to)",
                get(server, "/queries/meetings?bogus=1").body().strip());
    }

    @Test
    void namedQueriesAreListed() throws Exception {
        HttpResponse<String> r = get(server, "/queries");
        assertEquals(200, r.statusCode());
        assertTrue(type(r).startsWith("application/json"), type(r));
        assertTrue(r.body().contains("\"name\" : \"meetings-of\""), r.body());
        assertTrue(r.body().contains("\"title\" : \"Meetings of a person\""), r.body());
        assertTrue(r.body().contains("\"required\" : true"), r.body());
    }

    @Test
    void healthAndNoCorsByDefault() throws Exception {
        assertEquals(200, get(server, "/$/ping").statusCode());
        HttpResponse<String> cors = get(server, "/dmkg/sparql?query=ASK%7B%7D", "Origin", "http://example.org");
        assertEquals(200, cors.statusCode());
        assertTrue(cors.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), cors.headers().toString());
    }

    @Test
    void theStoreIsReleasedWhenStopped(@TempDir Path other) throws Exception {
        Path loc = other.resolve("db");
        DmkgStore s = DmkgStore.open(loc);
        s.load(Fixture.articles());
        DmkgServer one = DmkgServer.start(s, ServerSettings.defaults().withPort(0));
        assertEquals(200, get(one, "/$/ping").statusCode());
        one.stop();
        s.close();
        try (DmkgStore again = DmkgStore.open(loc)) {
            assertEquals(3, new QueryRunner(again).select(
                    org.w3id.dmkg.store.NamedQueries.parse("t", PERSONS), Map.of()).size());
        }
        assertThrowsConnect(one);
    }

    private static void assertThrowsConnect(DmkgServer stopped) {
        try {
            get(stopped, "/$/ping");
            throw new AssertionError("the stopped server still answers");
        } catch (IOException expected) {
            // connection refused
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
