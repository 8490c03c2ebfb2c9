package org.w3id.dmkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.dmkg.server.DmkgServerIT.get;
import static org.w3id.dmkg.server.DmkgServerIT.post;
import static org.w3id.dmkg.server.DmkgServerIT.query;

import java.net.http.HttpResponse;
import java.util.List;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.dmkg.store.DmkgStore;

/**
 * SPARQL SERVICE against a server on port 0: off unless the endpoint is allowed, and a failing
 * endpoint's answer never reaches the client. A local web server stands for what must stay private.
 */
class ServiceCallIT {
    static final String SECRET = "secret-7f3a9c";
    static final String JSON = "application/sparql-results+json";
    static final String ROW = "{\"head\":{\"vars\":[\"x\"]},\"results\":{\"bindings\":"
            + "[{\"x\":{\"type\":\"literal\",\"value\":\"from-remote\"}}]}}";

    static LocalWebServer web;
    static DmkgStore store;

    @BeforeAll
    static void start() throws Exception {
        web = new LocalWebServer().serve("/secret.txt", 200, "text/plain", SECRET)
                .serve("/sparql", 200, JSON, ROW)
                .serve("/sparql-broken", 500, "text/plain", "internal error: " + SECRET);
        store = DmkgStore.inMemory();
        // a person linked to Wikidata, so that the named query wikidata-birthdates reaches its SERVICE clause
        Txn.executeWrite(store.dataset(), () -> RDFParser.fromString("<http://example.org/p> a <https://schema.org/Person> ; "
                + "<http://www.w3.org/2000/01/rdf-schema#label> \"X\" ; "
                + "<http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q1> .", Lang.TURTLE)
                .parse(store.dataset().getNamedModel("urn:x:links")));
    }

    @AfterAll
    static void stop() {
        web.close();
        store.close();
    }

    static String service(String url) {
        return "SELECT ?x WHERE { SERVICE <" + url + "> { ?x ?p ?o } }";
    }

    @Test
    void serviceIsOffByDefault() throws Exception {
        try (DmkgServer server = DmkgServer.start(store, ServerSettings.defaults().withPort(0).withAllowUpdate(true))) {
            for (String q : List.of(service(web.url("/secret.txt")), service(web.url("/sparql")),
                    "ASK { SERVICE <" + web.url("/secret.txt") + "> { ?s ?p ?o } }")) {
                assertRefused(query(server, q, JSON));
            }
            // ARQ counts an error inside FILTER as false: no row, no message, and no call either
            HttpResponse<String> exists = query(server, "SELECT * WHERE { BIND(1 AS ?one) FILTER EXISTS { SERVICE <"
                    + web.url("/secret.txt") + "> { ?s ?p ?o } } }", JSON);
            assertFalse(exists.body().contains(SECRET), exists.body());
            HttpResponse<String> named = get(server, "/queries/wikidata-birthdates");
            assertRefused(named);
            HttpResponse<String> update = post(server, "/dmkg/update", "application/sparql-update",
                    "INSERT { GRAPH <urn:x:g> { ?s ?p ?o } } WHERE { SERVICE <" + web.url("/sparql") + "> { ?s ?p ?o } }");
            assertRefused(update);
            assertEquals(0, web.requests(), "the server made no request");
        }
    }

    @Test
    void onlyAllowedEndpointsAreCalled() throws Exception {
        int before = web.requests();
        try (DmkgServer wikidataOnly = DmkgServer.start(store, ServerSettings.defaults().withPort(0)
                .withServices(List.of("https://query.wikidata.org/sparql")))) {
            assertRefused(query(wikidataOnly, service(web.url("/secret.txt")), JSON));
            assertRefused(query(wikidataOnly, service("https://query.wikidata.org.example/sparql"), JSON));
            assertRefused(query(wikidataOnly, service("https://query.wikidata.org/sparql/../bigdata"), JSON));
        }
        assertEquals(before, web.requests(), "the server made no request");
        try (DmkgServer local = DmkgServer.start(store, ServerSettings.defaults().withPort(0)
                .withServices(List.of(web.url("/sparql"))))) {
            assertRefused(query(local, service(web.url("/secret.txt")), JSON));
            assertEquals(before, web.requests(), "the server made no request");
            HttpResponse<String> allowed = query(local, service(web.url("/sparql")), JSON);
            assertEquals(200, allowed.statusCode(), allowed.body());
            assertTrue(allowed.body().contains("from-remote"), allowed.body());
            HttpResponse<String> broken = query(local, service(web.url("/sparql-broken")), JSON);
            assertEquals(502, broken.statusCode(), broken.body());
            assertTrue(broken.body().contains("HTTP 500"), broken.body());
            assertFalse(broken.body().contains(SECRET), broken.body());
        }
    }

    private static void assertRefused(HttpResponse<String> r) {
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("not an endpoint this server may call"), r.body());
        assertFalse(r.body().contains(SECRET), r.body());
    }
}
