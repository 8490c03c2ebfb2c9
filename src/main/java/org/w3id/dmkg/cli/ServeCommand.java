package org.w3id.dmkg.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.w3id.dmkg.server.DmkgServer;
import org.w3id.dmkg.server.ServerSettings;
import org.w3id.dmkg.store.DmkgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dmkg serve}: a SPARQL endpoint over the store until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store as a SPARQL endpoint over HTTP until Ctrl-C.",
                "SPARQL at /dmkg/sparql, graphs at /dmkg/get, named queries at /queries/NAME, a health check at "
                        + "/$/ping. Read-only unless --allow-update."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    CommonOptions common;
    @Mixin
    StoreOption store;

    @Option(names = "--port", defaultValue = "3030", description = "TCP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;
    @Option(names = "--host", defaultValue = ServerSettings.LOOPBACK,
            description = "Address to listen on; 0.0.0.0 for every interface (default: ${DEFAULT-VALUE}).")
    String host;
    @Option(names = "--allow-update",
            description = "Also accept SPARQL Update at /dmkg/update: anyone who can reach the port may change the store.")
    boolean allowUpdate;
    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "Cancel requests running longer, parsing included (default: ${DEFAULT-VALUE}).")
    int timeout;
    @Option(names = "--max-rows", defaultValue = "10000", paramLabel = "N",
            description = "Most rows a SELECT answer holds; a cut answer has the header X-Dmkg-Truncated (default: ${DEFAULT-VALUE}).")
    long maxRows;
    @Option(names = "--max-request-bytes", defaultValue = "1048576", paramLabel = "N",
            description = "Refuse (413) larger request bodies and query texts (default: ${DEFAULT-VALUE}).")
    long maxRequestBytes;
    @Option(names = "--allow-service", paramLabel = "URL",
            description = "Let SERVICE call endpoints under URL (repeatable), e.g. https://query.wikidata.org/sparql; "
                    + "SERVICE is off without it.")
    List<String> services = new ArrayList<>();
    @Option(names = "--cors-origin", paramLabel = "ORIGIN",
            description = "Let web pages of ORIGIN (https://host[:port], or * for any; repeatable) read the query endpoints; "
                    + "none without it.")
    List<String> corsOrigins = new ArrayList<>();

    @Override
    public Integer call() {
        if (port < 0 || port > 65_535 || timeout < 1 || maxRows < 1 || maxRequestBytes < 1) {
            throw new ParameterException(spec.commandLine(),
                    "--port must be 0-65535, --timeout, --max-rows and --max-request-bytes positive");
        }
        ServerSettings settings;
        try {
            settings = new ServerSettings(host, port, allowUpdate, Duration.ofSeconds(timeout), maxRows,
                    maxRequestBytes, services, corsOrigins);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (!common.verbose) {
            quietServerLogs();
        }
        DmkgStore s = DmkgStore.openExisting(store.loc);
        DmkgServer server;
        try {
            server = DmkgServer.start(s, settings);
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        AtomicBoolean stopped = new AtomicBoolean();
        Runnable shutdown = () -> {
            if (stopped.compareAndSet(false, true)) {
                server.stop();
                s.close();
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(shutdown, "dmkg-serve-shutdown"));
        var err = spec.commandLine().getErr();
        err.printf("dmkg: serving %s at %s (%s)%n", store.loc, server.sparqlUrl(),
                allowUpdate ? "updates allowed at /dmkg/update" : "read-only");
        err.printf("dmkg: web app at %s/%n", server.baseUrl());
        if (!isLoopback(host)) {
            err.printf("dmkg: listening on %s: reachable from other machines%s%n", host,
                    allowUpdate ? ", which may all change the store (--allow-update)" : "");
        }
        err.flush();
        server.join();
        shutdown.run();
        return 0;
    }

    /**
     * Keeps one access-log line per request and the warnings, hiding Jetty's and Fuseki's start-up
     * chatter and Fuseki's two lines per request. Only for slf4j-simple, dmkg's backend, and only
     * where the user set nothing ({@code -Dorg.slf4j.simpleLogger.log.NAME=LEVEL} wins).
     */
    private static void quietServerLogs() {
        for (String logger : new String[] {"org.eclipse.jetty", "org.apache.jena.fuseki.Server",
                "org.apache.jena.fuseki.Fuseki"}) {
            String key = "org.slf4j.simpleLogger.log." + logger;
            if (System.getProperty(key) == null) {
                System.setProperty(key, "warn");
            }
        }
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1");
    }
}
