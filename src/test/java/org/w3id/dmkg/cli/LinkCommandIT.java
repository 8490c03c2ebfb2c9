package org.w3id.dmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dmkg.link.LinkArticles;
import org.w3id.dmkg.link.Reconciler;
import org.w3id.dmkg.link.WikidataFixture;
import org.w3id.dmkg.store.DmkgStore;

/** {@code dmkg link} end to end against the embedded Wikidata fixture; no network. */
class LinkCommandIT {
    static WikidataFixture wikidata;

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void startEndpoint() {
        wikidata = WikidataFixture.start();
    }

    @AfterAll
    static void stopEndpoint() {
        wikidata.close();
    }

    Path store() {
        Path loc = tmp.resolve("db");
        try (DmkgStore s = DmkgStore.open(loc)) {
            LinkArticles.load(s);
        }
        return loc;
    }

    Run link(Path loc, String endpoint, String... more) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        String[] base = {"link", "--endpoint", endpoint, "--loc", loc.toString(),
                "--cache", tmp.resolve("cache").toString(), "--rate", "0"};
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(more))
                .toArray(String[]::new);
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    static Graph links(Path loc) {
        try (DmkgStore s = DmkgStore.open(loc)) {
            return Txn.calculateRead(s.dataset(), () -> {
                Graph copy = GraphFactory.createDefaultGraph();
                s.dataset().asDatasetGraph().getGraph(NodeFactory.createURI(Reconciler.GRAPH)).find()
                        .forEachRemaining(copy::add);
                return copy;
            });
        }
    }

    @Test
    void linksReportsAndRerunsFromTheCache() {
        Path loc = store();
        int before = wikidata.requests();
        Run r = link(loc, wikidata.url());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Xi Jinping\tQ15031\t1.00"), r.out());
        assertTrue(r.out().contains("Vladimir Putin\tQ7747\t1.00"), r.out());
        assertTrue(r.out().contains("Sergei Shoigu\tQ32024\t1.00"), r.out());
        assertTrue(r.out().contains("persons 6, linked 3, ambiguous 1, not found 2 (1 requests to "), r.out());
        assertEquals("dmkg: ambiguous, not linked: Li Wei: Q900000011 0.75, Q900000012 0.75",
                r.err().strip());
        assertEquals(before + 1, wikidata.requests());
        assertTrue(wikidata.userAgents().get(wikidata.userAgents().size() - 1)
                .matches("dmkg/\\S+ \\(diplomatic meeting knowledge graph; https://w3id.org/dmkg\\)"));
        Graph first = links(loc);
        assertEquals(6, first.size());

        Run again = link(loc, wikidata.url());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("(0 requests to "), again.out());
        assertEquals(before + 1, wikidata.requests(), "the second run is served from the cache");
        assertTrue(first.isIsomorphicWith(links(loc)));
    }

    @Test
    void unreachableEndpointExitsFiveAndKeepsTheLinks() throws Exception {
        Path loc = store();
        assertEquals(0, link(loc, wikidata.url()).code());
        Graph before = links(loc);
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/sparql";
        Run r = link(loc, url, "--refresh");
        assertEquals(5, r.code());
        assertEquals("dmkg: endpoint " + url + ": cannot connect", r.err().strip());
        assertEquals("", r.out());
        assertTrue(before.isIsomorphicWith(links(loc)));
    }

    @Test
    void httpErrorExitsFive() {
        Path loc = store();
        String url = wikidata.url().replace("/wd", "/no-such-dataset");
        Run r = link(loc, url);
        assertEquals(5, r.code(), r.err());
        assertEquals("dmkg: endpoint " + url + ": HTTP 404 Not Found", r.err().strip());
        assertEquals(0, links(loc).size());
    }

    @Test
    void silentEndpointTimesOut() throws Exception {
        Path loc = store();
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + silent.getLocalPort() + "/sparql";
            long start = System.nanoTime();
            Run r = link(loc, url, "--timeout", "1");
            assertEquals(5, r.code(), r.err());
            assertEquals("dmkg: endpoint " + url + ": no answer within 1 s", r.err().strip());
            assertTrue(System.nanoTime() - start < 10_000_000_000L);
        }
        assertEquals(0, links(loc).size());
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals(2, link(tmp.resolve("db"), wikidata.url(), "--batch", "0").code());
    }
}
