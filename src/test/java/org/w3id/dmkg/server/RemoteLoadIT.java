package org.w3id.dmkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link RemoteLoad} against two local web servers, one standing for the public web (allowed by
 * the check given to the loader) and one for a private address (refused).
 */
class RemoteLoadIT {
    static final String SECRET = "secret-51b0e2";
    static final String TRIPLE = "<http://example.org/s> <http://example.org/p> <http://example.org/o> .";
    static final Node GRAPH = NodeFactory.createURI("urn:x:g");

    static LocalWebServer open;
    static LocalWebServer closed;
    static RemoteLoad loader;

    @BeforeAll
    static void start() throws Exception {
        closed = new LocalWebServer().serve("/data.ttl", 200, "text/turtle", TRIPLE);
        open = new LocalWebServer().serve("/data.ttl", 200, "text/turtle; charset=utf-8", TRIPLE)
                .serve("/data.nt", 200, "text/plain", TRIPLE)
                .serve("/missing", 404, "text/plain", SECRET)
                .serve("/broken.ttl", 200, "text/turtle", "this is " + SECRET)
                .redirect("/moved", "/data.ttl")
                .redirect("/away", closed.url("/data.ttl"));
        String allowed = open.url("/");
        loader = new RemoteLoad(Duration.ofSeconds(10), url -> {
            if (!url.startsWith(allowed)) {
                throw new Refusal("LOAD <" + url + ">: refused");
            }
            return URI.create(url);
        });
    }

    @AfterAll
    static void stop() {
        open.close();
        closed.close();
    }

    static DatasetGraph load(String path, boolean silent) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> loader.load(new UpdateLoad(open.url(path), GRAPH, silent), dsg));
        return dsg;
    }

    static boolean loaded(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> dsg.getGraph(GRAPH).size() == 1);
    }

    @Test
    void loadsRdfFollowingRedirectsTheCheckAllows() {
        assertTrue(loaded(load("/data.ttl", false)));
        assertTrue(loaded(load("/data.nt", false)), "text/plain: the format from the file name");
        assertTrue(loaded(load("/moved", false)));
    }

    @Test
    void aRedirectToARefusedAddressIsRefused() {
        Refusal e = assertThrows(Refusal.class, () -> load("/away", true));
        assertTrue(e.getMessage().contains(closed.url("/data.ttl")), e.getMessage());
        assertEquals(0, closed.requests());
    }

    @Test
    void failuresNameTheStatusOrThePlaceButNotTheContent() {
        QueryExceptionHTTP missing = assertThrows(QueryExceptionHTTP.class, () -> load("/missing", false));
        assertEquals(502, missing.getStatusCode());
        assertTrue(missing.getMessage().contains("HTTP 404"), missing.getMessage());
        QueryExceptionHTTP broken = assertThrows(QueryExceptionHTTP.class, () -> load("/broken.ttl", false));
        assertTrue(broken.getMessage().contains("not valid Turtle at line 1"), broken.getMessage());
        for (Exception e : new Exception[] {missing, broken}) {
            assertFalse(e.getMessage().contains(SECRET), e.getMessage());
            assertFalse(String.valueOf(e.getCause()).contains(SECRET), String.valueOf(e.getCause()));
        }
        assertFalse(loaded(load("/missing", true)), "SILENT: no error, nothing loaded");
    }
}
