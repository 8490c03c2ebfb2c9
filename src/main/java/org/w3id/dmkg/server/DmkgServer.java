package org.w3id.dmkg.server;

import java.net.BindException;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.ActionProcessor;
import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.w3id.dmkg.DmkgException;
import org.w3id.dmkg.store.DmkgStore;

/**
 * An embedded Fuseki server over a {@link DmkgStore}. Endpoints, under the dataset path
 * {@value #DATASET}: {@code sparql} (SPARQL 1.1 query protocol, GET and POST, results and graphs
 * in the format the {@code Accept} header asks for), {@code get} (graph store protocol, read
 * only) and, only when updates are allowed, {@code update}. The server also answers
 * {@code /$/ping} and the named queries at {@code /queries/NAME} ({@link NamedQueryServlet}), and
 * sends CORS headers. Queries see the union of the named graphs as their default graph.
 * <p>
 * The server does not own the store: {@link #stop()} leaves it open for the caller to close.
 * Thread-safe.
 */
public final class DmkgServer implements AutoCloseable {
    /** The dataset path: the SPARQL endpoint is {@code /dmkg/sparql}. */
    public static final String DATASET = "/dmkg";

    private final FusekiServer fuseki;
    private final ServerSettings settings;

    private DmkgServer(FusekiServer fuseki, ServerSettings settings) {
        this.fuseki = fuseki;
        this.settings = settings;
    }

    /**
     * Builds and starts a server over {@code store}.
     *
     * @throws DmkgException {@link DmkgException#FAILURE} when the address cannot be bound
     */
    public static DmkgServer start(DmkgStore store, ServerSettings settings) {
        Context cxt = new Context();
        cxt.set(ARQ.queryTimeout, settings.timeout().toMillis());
        cxt.set(TDB2.symUnionDefaultGraph, true);
        DataService.Builder service = DataService.newBuilder(store.dataset().asDatasetGraph())
                .addEndpoint(endpoint(Operation.Query, "sparql", new CappedQueryProcessor(settings.maxRows()), cxt))
                .addEndpoint(endpoint(Operation.GSP_R, "get", new GSP_R(), cxt));
        if (settings.allowUpdate()) {
            service.addEndpoint(endpoint(Operation.Update, "update", new SPARQL_Update(), cxt));
        }
        FusekiServer fuseki = FusekiServer.create()
                .port(settings.port())
                .add(DATASET, service)
                .addServlet("/queries/*", new NamedQueryServlet(store, settings))
                .enablePing(true)
                .enableCors(true, null)
                .build();
        for (Connector c : fuseki.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) {
                sc.setHost(settings.host());
            }
        }
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            fuseki.stop();
            throw new DmkgException(DmkgException.FAILURE, "serve: cannot listen on " + settings.host() + ":"
                    + settings.port() + " (" + reason(e) + ")", e);
        }
        return new DmkgServer(fuseki, settings);
    }

    private static Endpoint endpoint(Operation op, String name, ActionProcessor processor, Context cxt) {
        return Endpoint.create().operation(op).endpointName(name).processor(processor).context(cxt).build();
    }

    private static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return "address in use or not available";
            }
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The port the server listens on; the one chosen when the settings asked for port 0. */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The settings the server was started with. */
    public ServerSettings settings() {
        return settings;
    }

    /** The server's base URL, {@code http://HOST:PORT}, without a trailing slash. */
    public String baseUrl() {
        String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        return "http://" + host + ":" + port();
    }

    /** The SPARQL query endpoint's URL. */
    public String sparqlUrl() {
        return baseUrl() + DATASET + "/sparql";
    }

    /** Waits until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** Stops the server; idempotent. The store stays open. */
    public void stop() {
        fuseki.stop();
    }

    @Override
    public void close() {
        stop();
    }
}
