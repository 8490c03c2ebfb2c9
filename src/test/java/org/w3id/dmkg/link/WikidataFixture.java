package org.w3id.dmkg.link;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFParser;
import jakarta.servlet.http.HttpServletRequest;

/**
 * An embedded Fuseki on a free loopback port serving {@code wikidata-fixture.ttl} at {@code /wd},
 * counting the requests it receives and recording their User-Agent headers.
 */
public final class WikidataFixture implements AutoCloseable {
    public static final String RESOURCE = "org/w3id/dmkg/link/wikidata-fixture.ttl";

    private final AtomicInteger requests = new AtomicInteger();
    private final List<String> userAgents = new CopyOnWriteArrayList<>();
    private final FusekiServer server;

    private WikidataFixture() {
        Dataset data = DatasetFactory.createTxnMem();
        RDFParser.source(RESOURCE).parse(data);
        server = FusekiServer.create().port(0).loopback(true).add("/wd", data, false)
                .addFilter("/*", (req, res, chain) -> {
                    requests.incrementAndGet();
                    userAgents.add(String.valueOf(((HttpServletRequest) req).getHeader("User-Agent")));
                    chain.doFilter(req, res);
                }).build();
        server.start();
    }

    public static WikidataFixture start() {
        return new WikidataFixture();
    }

    /** The query endpoint. */
    public String url() {
        return server.datasetURL("/wd");
    }

    /** Requests received so far. */
    public int requests() {
        return requests.get();
    }

    public List<String> userAgents() {
        return List.copyOf(userAgents);
    }

    @Override
    public void close() {
        server.stop();
    }
}
