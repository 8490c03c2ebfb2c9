package org.w3id.dmkg.server;

import java.net.BindException;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.ActionProcessor;
import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.w3id.dmkg.DmkgException;
import org.w3id.dmkg.server.app.WebApp;
import org.w3id.dmkg.store.DmkgStore;

/**
 * An embedded Fuseki server over a {@link DmkgStore}. Endpoints, under the dataset path
 * {@value #DATASET}: {@code sparql} (SPARQL 1.1 query protocol, GET and POST, results and graphs
 * in the format the {@code Accept} header asks for; {@link CappedQueryProcessor}), {@code get}
 * (graph store protocol, read only) and, only when updates are allowed, {@code update}
 * ({@link UpdateProcessor}). The server also answers {@code /$/ping} and the named queries at
 * {@code /queries/NAME} ({@link NamedQueryServlet}), and the web app's pages at {@code /} and their data at
 * {@code /api/} ({@link WebApp}). Queries see the union of the named graphs as
 * their default graph. What the server refuses: request bodies over the size limit (413),
 * {@code SERVICE} calls to endpoints not allowed ({@link ServiceGuard}), cross-origin reads from
 * origins not allowed and any cross-origin use of the update endpoint ({@link CorsFilter}).
 * <p>
 * The server does not own the store: {@link #stop()} leaves it open for the caller to close.
 * Thread-safe.
 */
public final class DmkgServer implements AutoCloseable {
    /** The dataset path: the SPARQL endpoint is {@code /dmkg/sparql}. */
    public static final String DATASET = "/dmkg";

    private final FusekiServer fuseki;
    private final ServerSettings settings;

    private final WebApp app;

    private DmkgServer(FusekiServer fuseki, ServerSettings settings, WebApp app) {
        this.fuseki = fuseki;
        this.settings = settings;
        this.app = app;
    }

    /**
     * Builds and starts a server over {@code store}.
     *
     * @throws DmkgException {@link DmkgException#FAILURE} when the address cannot be bound
     */
    public static DmkgServer start(DmkgStore store, ServerSettings settings) {
        WebApp app = new WebApp(store, settings);
        FusekiServer fuseki = build(store, settings, app);
        try {
            fuseki.start();
            app.prepare();
        } catch (RuntimeException e) {
            fuseki.stop();
            throw new DmkgException(DmkgException.FAILURE, "serve: cannot listen on " + settings.host() + ":"
                    + settings.port() + " (" + reason(e) + ")", e);
        }
        return new DmkgServer(fuseki, settings, app);
    }

    private static FusekiServer build(DmkgStore store, ServerSettings settings, WebApp app) {
        Context cxt = new Context();
        cxt.set(TDB2.symUnionDefaultGraph, true);
        ServiceGuard.install(cxt, settings.services(), settings.timeout());
        DataService.Builder service = DataService.newBuilder(store.dataset().asDatasetGraph())
                .addEndpoint(endpoint(Operation.Query, "sparql", new CappedQueryProcessor(settings), cxt))
                .addEndpoint(endpoint(Operation.GSP_R, "get", new GSP_R(), cxt));
        if (settings.allowUpdate()) {
            // updates see and write the real default graph, not the union
            Context updates = new Context();
            ServiceGuard.install(updates, settings.services(), settings.timeout());
            service.addEndpoint(endpoint(Operation.Update, "update", new UpdateProcessor(store, settings), updates));
        }
        FusekiServer.Builder builder = FusekiServer.create()
                .port(settings.port())
                .add(DATASET, service)
                .addServlet("/queries/*", new NamedQueryServlet(store, settings))
                .addServlet(WebApp.API_PATH, app.api());
        WebApp.PAGE_PATHS.forEach(path -> builder.addServlet(path, app.pages()));
        FusekiServer fuseki = builder
                .addFilter("/*", new CorsFilter(settings.corsOrigins()))
                .enablePing(true)
                .enableCors(false)
                .build();
        Server jetty = fuseki.getJettyServer();
        // a body announced larger than the limit is refused (413) unread, one growing past it is cut off there
        SizeLimitHandler sizeLimit = new SizeLimitHandler(settings.maxRequestBytes(), -1);
        sizeLimit.setHandler(jetty.getHandler());
        jetty.setHandler(sizeLimit);
        for (Connector c : jetty.getConnectors()) {
            if (c instanceof ServerConnector sc) {
                sc.setHost(settings.host());
            }
        }
        return fuseki;
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

    /**
     * Stops the server; idempotent. The store stays open, and no query of the server's runs on it any more: the
     * computation of the web app's answers ahead ({@link WebApp#prepare}) stops after the page it is computing,
     * which is waited for (its queries end at the server's timeout at the latest).
     */
    public void stop() {
        fuseki.stop();
        app.stopPreparing();
    }

    @Override
    public void close() {
        stop();
    }
}
