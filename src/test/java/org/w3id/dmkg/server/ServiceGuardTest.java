package org.w3id.dmkg.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Which SERVICE endpoints an allowed URL lets a query call. */
class ServiceGuardTest {
    static final String WIKIDATA = "https://query.wikidata.org/sparql";

    @Test
    void anAllowedUrlAllowsItselfAndWhatExtendsItsPath() {
        ServiceGuard guard = ServiceGuard.of(List.of(WIKIDATA));
        for (String url : List.of(WIKIDATA, "https://QUERY.wikidata.org:443/sparql", WIKIDATA + "?format=json")) {
            assertTrue(guard.allows(url), url);
        }
    }

    @Test
    void nothingElse() {
        ServiceGuard guard = ServiceGuard.of(List.of(WIKIDATA));
        for (String url : List.of("http://query.wikidata.org/sparql", "https://query.wikidata.org.example/sparql",
                "https://query.wikidata.org:8443/sparql", "https://evil@query.wikidata.org/sparql",
                "https://query.wikidata.org/bigdata", "https://query.wikidata.org/sparql/../bigdata",
                "https://query.wikidata.org", "file:///etc/passwd", "urn:x:y", "not a url")) {
            assertFalse(guard.allows(url), url);
        }
        assertFalse(ServiceGuard.of(List.of()).allows(WIKIDATA), "none allowed by default");
    }

    @Test
    void anAllowedUrlMustBeAnHttpEndpoint() {
        for (String url : List.of("file:///etc/passwd", "query.wikidata.org/sparql", "https://user@host/sparql", "ftp://h/")) {
            assertThrows(IllegalArgumentException.class, () -> ServiceGuard.checkEndpoint(url), url);
        }
    }
}
