package org.w3id.dmkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.w3id.dmkg.DmkgException;
import org.w3id.dmkg.store.Format;

/** The format of a named query's answer: by {@code format=}, by {@code Accept}, else by the query's form. */
class NegotiationTest {
    @Test
    void graphsAreTurtleWhenTheClientTakesAnything() {
        assertEquals(Format.TTL, Negotiation.choose(null, "*/*", true));
        assertEquals(Format.TTL, Negotiation.choose(null, null, true));
        assertEquals(Format.JSONLD, Negotiation.choose(null, "application/ld+json, */*;q=0.1", true));
        assertEquals(Format.JSON, Negotiation.choose(null, "*/*", false));
    }

    @Test
    void xmlIsResultsXmlForSelectAndRdfXmlForGraphs() {
        assertEquals(Format.XML, Negotiation.choose("xml", null, false));
        assertEquals(Format.RDFXML, Negotiation.choose("xml", null, true));
        assertEquals(Format.XML, Negotiation.choose(null, "application/sparql-results+xml", false));
        assertEquals("application/sparql-results+xml; charset=utf-8", Negotiation.contentType(Format.XML));
        DmkgException e = assertThrows(DmkgException.class, () -> Negotiation.choose("yaml", null, false));
        assertEquals(DmkgException.USAGE, e.exitCode());
    }
}
