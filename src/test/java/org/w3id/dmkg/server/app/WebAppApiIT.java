package org.w3id.dmkg.server.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dmkg.rdf.Fixture;
import org.w3id.dmkg.server.DmkgServer;
import org.w3id.dmkg.server.FixtureServer;
import org.w3id.dmkg.store.DmkgStore;

/** The web app's pages, files and data over HTTP, without a browser, on the fixture's store. */
class WebAppApiIT {
    @TempDir
    static Path dir;
    static DmkgStore store;
    static DmkgServer server;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static FixtureServer fixture;

    @BeforeAll
    static void start() {
        fixture = FixtureServer.start(dir, 2);
        store = fixture.store();
        server = fixture.server();
    }

    @AfterAll
    static void stop() {
        fixture.stop();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Every value of the JSON fields called {@code field}, in order. */
    static List<String> values(String json, String field) throws Exception {
        List<String> out = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME && p.currentName().equals(field)) {
                    p.nextToken();
                    out.add(p.getValueAsString());
                }
            }
        }
        return out;
    }

    @Test
    void everyPageAddressServesTheAppWithASameOriginPolicy() throws Exception {
        for (String path : List.of("/", "/person/xi-jinping", "/meeting/2025-02-28", "/country/CN", "/network",
                "/anniversaries", "/sparql")) {
            HttpResponse<String> r = get(path);
            assertEquals(200, r.statusCode(), path);
            assertTrue(r.body().contains("<script src=\"/static/app.js\""), path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'") && csp.contains("default-src 'self'"), csp);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        }
        assertEquals(404, get("/person/a/b").statusCode());
        assertEquals(404, get("/nothing-here").statusCode());
    }

    @Test
    void scriptsAndStylesComeFromTheServerItself() throws Exception {
        HttpResponse<String> echarts = get("/static/echarts.min.js");
        assertEquals(200, echarts.statusCode());
        assertTrue(echarts.body().length() > 500_000, "the whole library");
        assertTrue(echarts.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertEquals(200, get("/static/app.css").statusCode());
        assertEquals(404, get("/static/secret.txt").statusCode());
        String page = get("/").body();
        assertFalse(page.matches("(?s).*(src|href)=\"(https?:)?//.*"), "nothing from another site: " + page);
    }

    @Test
    void personDataComesFromTheNamedQueriesCappedAtTheServersRows() throws Exception {
        HttpResponse<String> r = get("/api/person/xi-jinping");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Server-Timing").orElse("").startsWith("db;dur="));
        assertEquals(List.of("Xi Jinping"), values(r.body(), "name").subList(0, 1));
        // three meetings, two rows: the server's row limit holds on the pages too
        List<String> truncated = values(r.body(), "truncated");
        assertTrue(truncated.contains("true"), r.body());
        assertTrue(values(r.body(), "meeting").stream().allMatch(m -> m.startsWith(Fixture.ID + "meeting/")));
    }

    @Test
    void searchFindsPeopleAndCountriesWithCounts() throws Exception {
        String body = get("/api/search?q=xi").body();
        assertEquals(Fixture.ID + "person/xi-jinping", values(body, "entity").get(0));
        assertEquals(List.of("2"), values(body, "mentions").subList(0, 1));
        assertEquals(List.of(), values(get("/api/search?q=x").body(), "entity"), "one letter finds nothing");
        assertTrue(values(get("/api/search?q=chin").body(), "kind").contains("country"));
    }

    @Test
    void badRequestsAreRefusedOnOneLine() throws Exception {
        assertEquals(400, get("/api/person/a%20b").statusCode());
        assertEquals(400, get("/api/home?minConfidence=2").statusCode());
        assertEquals(400, get("/api/home?minConfidence=high").statusCode());
        HttpResponse<String> date = get("/api/network?from=yesterday");
        assertEquals(400, date.statusCode());
        assertEquals(List.of("parameter from: yesterday is not a date (YYYY-MM-DD)"), values(date.body(), "error"));
        assertEquals(400, get("/api/anniversaries?year=twenty").statusCode());
        assertEquals(404, get("/api/nothing").statusCode());
        assertEquals(404, get("/api/person").statusCode());
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/home"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode(), "read-only");
    }

    @Test
    void theMinimumConfidenceLeavesOutWeakerFacts() throws Exception {
        // Xi met Putin twice (a call, 0.85, and a visit, 0.7) and Shoigu once (0.9)
        assertEquals(List.of("2", "1"), values(get("/api/network").body(), "meetings"));
        assertEquals(List.of("1", "1"), values(get("/api/network?minConfidence=0.8").body(), "meetings"));
        assertEquals(List.of(), values(get("/api/network?minConfidence=0.95").body(), "meetings"));
    }
}
