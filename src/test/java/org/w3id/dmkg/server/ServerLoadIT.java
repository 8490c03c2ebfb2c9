package org.w3id.dmkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dmkg.rdf.Fixture;
import org.w3id.dmkg.store.DmkgStore;

/**
 * 20 clients at once for {@code -Ddmkg.loadtest.seconds} (30 by default, as a user would run it; fewer for a quick check) against a
 * server with a 1 s timeout: named queries, SELECT and CONSTRUCT answer, slow queries are cut off at the
 * timeout without holding up the others, and stopping the server leaves no thread behind.
 */
class ServerLoadIT {
    static final int CLIENTS = 20;
    static final int SLOW_CLIENTS = 2;
    static final long SECONDS = Long.getLong("dmkg.loadtest.seconds", 30);
    static final String SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }";
    static final List<String> FAST = List.of("/queries/met-with", "/queries/meetings", "/queries/people",
            "/dmkg/sparql?query=" + URLEncoder.encode(DmkgServerIT.PERSONS, StandardCharsets.UTF_8),
            "/dmkg/sparql?query=" + URLEncoder.encode(DmkgServerIT.CONSTRUCT, StandardCharsets.UTF_8));

    @TempDir
    Path dir;

    record Call(String path, int status, long millis) {
    }

    @Test
    void twentyClientsWithSlowQueriesAmongThem() throws Exception {
        try (DmkgStore store = DmkgStore.open(dir.resolve("db"))) {
            store.load(Fixture.articles());
            store.loadReference(Fixture.reference(), Fixture.REFERENCE);
            ServerSettings settings = ServerSettings.defaults().withPort(0).withTimeout(Duration.ofSeconds(1));
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            run(store, settings, http, 2); // warm up: Jetty, Fuseki and ARQ start their shared threads once
            Set<Thread> before = Thread.getAllStackTraces().keySet();
            List<Call> calls = run(store, settings, http, SECONDS);
            List<String> leaked = leftOver(before);
            List<Call> slow = calls.stream().filter(c -> c.path().contains("COUNT")).toList();
            List<Long> fast = calls.stream().filter(c -> !c.path().contains("COUNT")).map(Call::millis).sorted().toList();
            System.out.printf("ServerLoadIT: %d s, %d clients: %d fast answers (median %d ms, 95%% %d ms, max %d ms), "
                    + "%d slow queries cut off (longest %d ms), %d threads left%n", SECONDS, CLIENTS, fast.size(),
                    fast.get(fast.size() / 2), fast.get(fast.size() * 95 / 100), fast.get(fast.size() - 1),
                    slow.size(), slow.stream().mapToLong(Call::millis).max().orElse(0), leaked.size());
            List<Call> errors = calls.stream().filter(c -> c.status() != (c.path().contains("COUNT") ? 503 : 200))
                    .toList();
            assertEquals(List.of(), errors, "only the slow queries fail, with 503");
            assertTrue(slow.size() >= SECONDS, "slow queries ran: " + slow.size());
            assertTrue(slow.stream().allMatch(c -> c.millis() < 5000), "the 1 s timeout is enforced: " + slow);
            assertTrue(fast.get(fast.size() * 95 / 100) < 1000, "fast queries answer within 1 s while slow ones run");
            assertEquals(List.of(), leaked, "threads left running after the server stopped");
        }
    }

    /** Starts a server, runs the clients for {@code seconds}, stops the server. */
    private static List<Call> run(DmkgStore store, ServerSettings settings, HttpClient http, long seconds)
            throws InterruptedException {
        ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
        DmkgServer server = DmkgServer.start(store, settings);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS, r -> new Thread(r, "load-client"));
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        try {
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.execute(() -> {
                    for (int i = 0; System.nanoTime() < end; i++) {
                        String path = client < SLOW_CLIENTS ? "/dmkg/sparql?query="
                                + URLEncoder.encode(SLOW, StandardCharsets.UTF_8) : FAST.get((client + i) % FAST.size());
                        calls.add(call(http, server, path));
                    }
                });
            }
        } finally {
            clients.shutdown();
            clients.awaitTermination(seconds + 60, TimeUnit.SECONDS);
            server.stop();
        }
        return new ArrayList<>(calls);
    }

    private static Call call(HttpClient http, DmkgServer server, String path) {
        long t0 = System.nanoTime();
        int status;
        try {
            status = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                    .header("Accept", "text/csv, text/turtle;q=0.9").timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            status = -1;
        }
        return new Call(java.net.URLDecoder.decode(path, StandardCharsets.UTF_8), status, (System.nanoTime() - t0) / 1_000_000);
    }

    /** Threads started since {@code before} still alive 10 s after the server stopped (the HTTP client's aside). */
    private static List<String> leftOver(Set<Thread> before) throws InterruptedException {
        List<String> left = Collections.emptyList();
        for (int i = 0; i < 100; i++) {
            left = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.isAlive() && !before.contains(t) && !t.getName().startsWith("HttpClient")
                            && !t.getName().equals("load-client"))
                    .map(Thread::getName).sorted().collect(Collectors.toList());
            if (left.isEmpty()) {
                break;
            }
            Thread.sleep(100);
        }
        return left;
    }
}
