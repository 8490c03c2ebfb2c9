package org.w3id.dmkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.dmkg.server.DmkgServerIT.get;
import static org.w3id.dmkg.server.DmkgServerIT.query;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.apache.jena.query.ResultSetFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.dmkg.rdf.Fixture;
import org.w3id.dmkg.store.DmkgStore;

/** Requests too large, too complex or too slow, against servers on port 0 over the fixture. */
class RequestLimitsIT {
    static final String JSON = "application/sparql-results+json";
    /** For the bodies the server refuses, whose connections it closes: apart from the one the other requests use. */
    static final HttpClient uploads = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** How many times a request whose connection the server closed under it is sent. */
    private static final int SEND_ATTEMPTS = 4;

    static DmkgStore store;

    @BeforeAll
    static void open() {
        store = DmkgStore.inMemory();
        store.load(Fixture.articles());
        store.loadReference(Fixture.reference(), Fixture.REFERENCE);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static String repeat(String head, String part, String tail, long bytes) {
        StringBuilder b = new StringBuilder(head);
        while (b.length() < bytes) {
            b.append(part);
        }
        return b.append(tail).toString();
    }

    static HttpResponse<String> send(DmkgServer s, String type, HttpRequest.BodyPublisher body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(s.sparqlUrl())).header("Content-Type", type)
                .header("Accept", JSON).timeout(Duration.ofSeconds(30)).POST(body).build();
        // Jetty answers 413 and closes the connection while a large body is still being sent; the client may then
        // read no response at all (a reset, or a reused connection the server closed): try again, afresh, a few times
        for (int attempt = 1; ; attempt++) {
            try {
                return uploads.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                if (attempt == SEND_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    @Test
    void aHugeQueryIsRefusedPromptlyAndTheServerStaysWell() throws Exception {
        String huge = repeat("SELECT * WHERE { ", "?s ?p ?o . ", "}", 30L << 20);
        DmkgServer server = DmkgServer.start(store, ServerSettings.defaults().withPort(0));
        long t0 = System.nanoTime();
        HttpResponse<String> body = send(server, "application/sparql-query", HttpRequest.BodyPublishers.ofString(huge));
        HttpResponse<String> form = send(server, "application/x-www-form-urlencoded",
                HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(huge, StandardCharsets.UTF_8)));
        HttpResponse<String> chunked = send(server, "application/sparql-query",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8))));
        long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
        assertEquals(413, body.statusCode(), body.body());
        assertEquals(413, form.statusCode(), form.body());
        assertTrue(chunked.statusCode() == 413, chunked.statusCode() + " " + chunked.body());
        assertTrue(seconds < 10, "took " + seconds + " s");
        assertEquals(200, get(server, "/$/ping").statusCode());
        assertEquals(200, query(server, "ASK { ?s ?p ?o }", JSON).statusCode());
        t0 = System.nanoTime();
        server.stop();
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L, "stopped in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    }

    @Test
    void theLimitIsAnOptionAndCoversTheQueryString() throws Exception {
        try (DmkgServer small = DmkgServer.start(store, ServerSettings.defaults().withPort(0).withMaxRequestBytes(2000))) {
            String longQuery = repeat("SELECT * WHERE { ", "?s ?p ?o . ", "} LIMIT 1", 3000);
            assertEquals(413, query(small, longQuery, JSON).statusCode());
            assertEquals(413, send(small, "application/sparql-query", HttpRequest.BodyPublishers.ofString(longQuery)).statusCode());
            assertEquals(200, query(small, "SELECT * WHERE { ?s ?p ?o } LIMIT 1", JSON).statusCode());
        }
    }

    @Test
    void aQueryTooComplexToPlanInTimeIsRefused() throws Exception {
        try (DmkgServer server = DmkgServer.start(store, ServerSettings.defaults().withPort(0))) {
            StringBuilder q = new StringBuilder("SELECT * WHERE { ");
            for (int i = 0; i < 1500; i++) {
                q.append("GRAPH ?g").append(i).append(" { ?s ?p ?o").append(i).append(" } ");
            }
            long t0 = System.nanoTime();
            HttpResponse<String> r = send(server, "application/sparql-query", HttpRequest.BodyPublishers.ofString(q + "}"));
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(r.body().contains("too complex"), r.body());
            assertTrue(System.nanoTime() - t0 < 5_000_000_000L, "answered in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        }
    }

    @Test
    void aTimeoutWhileResultsStreamIsA503NotATruncated200() throws Exception {
        // rows come slowly (one candidate in a thousand passes) from a cross product that takes hours
        String slow = "SELECT ?a WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l FILTER(IF(BOUND(?l), RAND(), 1) < 0.001) }";
        try (DmkgServer server = DmkgServer.start(store, ServerSettings.defaults().withPort(0)
                .withTimeout(Duration.ofMillis(500)).withMaxRows(1_000_000))) {
            for (String accept : new String[] {JSON, "text/csv"}) {
                long t0 = System.nanoTime();
                HttpResponse<String> r = query(server, slow, accept);
                if (r.statusCode() == 200) {
                    ResultSetFactory.fromJSON(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
                }
                assertEquals(503, r.statusCode(), r.body().length() > 300 ? r.body().substring(r.body().length() - 300) : r.body());
                assertFalse(r.body().contains("Query cancelled"), r.body());
                assertTrue(System.nanoTime() - t0 < 10_000_000_000L, "answered in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
            }
        }
    }
}
