package org.w3id.dmkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.w3id.dmkg.server.DmkgServerIT.get;
import static org.w3id.dmkg.server.DmkgServerIT.http;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.dmkg.store.DmkgStore;

/** Cross-origin requests, as a browser sends them, to a server on port 0 that allows updates. */
class CorsIT {
    static final String APP = "https://app.example";
    static final String EVIL = "https://evil.example";
    static final String INSERT = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> <urn:x:o> } }";
    static final String ASK = "/dmkg/sparql?query=ASK%7B%7D";

    static DmkgStore store;

    @BeforeAll
    static void open() {
        store = DmkgStore.inMemory();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static DmkgServer start(List<String> origins) {
        return DmkgServer.start(store, ServerSettings.defaults().withPort(0).withAllowUpdate(true).withCorsOrigins(origins));
    }

    static Optional<String> allowOrigin(HttpResponse<?> r) {
        return r.headers().firstValue("Access-Control-Allow-Origin");
    }

    static void assertNoCors(HttpResponse<?> r) {
        assertEquals(Optional.empty(), allowOrigin(r), r.uri() + " " + r.headers());
        assertEquals(Optional.empty(), r.headers().firstValue("Access-Control-Allow-Credentials"), r.uri() + " " + r.headers());
    }

    static HttpResponse<String> send(DmkgServer s, String method, String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.baseUrl() + path));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        String body = method.equals("POST") ? INSERT : "";
        return http.send(b.method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> preflight(DmkgServer s, String path, String origin) throws Exception {
        return send(s, "OPTIONS", path, "Origin", origin, "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "content-type");
    }

    @Test
    void noCorsUnlessAnOriginIsAllowed() throws Exception {
        try (DmkgServer server = start(List.of())) {
            assertNoCors(get(server, ASK, "Origin", EVIL));
            assertNoCors(preflight(server, "/dmkg/sparql", EVIL));
            assertNoCors(get(server, "/queries/meetings", "Origin", EVIL));
        }
    }

    @Test
    void allowedOriginsReadTheQueryEndpointsWithoutCredentials() throws Exception {
        try (DmkgServer server = start(List.of(APP))) {
            HttpResponse<String> app = get(server, ASK, "Origin", APP);
            assertEquals(200, app.statusCode(), app.body());
            assertEquals(Optional.of(APP), allowOrigin(app));
            assertEquals(Optional.empty(), app.headers().firstValue("Access-Control-Allow-Credentials"));
            // a page may read the header that marks an answer cut at the row cap
            assertEquals(Optional.of(CappedQueryProcessor.TRUNCATED), app.headers().firstValue("Access-Control-Expose-Headers"));
            HttpResponse<String> pre = preflight(server, "/dmkg/sparql", APP);
            assertEquals(Optional.of(APP), allowOrigin(pre));
            assertEquals(Optional.of(APP), allowOrigin(get(server, "/queries/meetings", "Origin", APP)));
            assertNoCors(get(server, ASK, "Origin", EVIL));
            assertNoCors(preflight(server, "/dmkg/sparql", EVIL));
        }
        try (DmkgServer any = start(List.of("*"))) {
            HttpResponse<String> r = get(any, ASK, "Origin", EVIL);
            assertEquals(Optional.of("*"), allowOrigin(r));
            assertEquals(Optional.empty(), r.headers().firstValue("Access-Control-Allow-Credentials"));
        }
    }

    /** Without CORS a browser sends no non-simple request; a simple one UpdateSafetyIT shows refused. */
    @Test
    void theUpdateEndpointNeverAnswersCors() throws Exception {
        try (DmkgServer server = start(List.of("*", APP))) {
            for (String path : List.of("/dmkg/update", "/dmkg")) {
                assertNoCors(preflight(server, path, APP));
                HttpResponse<String> post = send(server, "POST", path, "Origin", APP,
                        "Content-Type", "application/sparql-update");
                assertNoCors(post);
            }
        }
    }
}
