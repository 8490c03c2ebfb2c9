package org.w3id.dmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dmkg load} on a file system that fills up, for real: the test mounts a 64 MB tmpfs and fills it
 * with a file. A first load (TDB2's bulk loader) whose disk fills while it runs, and a load in
 * transactions into a store with articles on a full disk, each end within a time limit (no hang), with
 * exit 4 and one line "store LOC: no space left on device; ...", and leave the store as the README says:
 * the first load refused as incomplete until a load redoes it, the other store as it was. Once there is
 * room again, loading again gives what a clean load gives. Mounting needs root (or CAP_SYS_ADMIN): where
 * the mount fails the tests are skipped, saying so; where it works they run. {@code dmkg serve
 * --allow-update} on a disk that fills answers the update that does not fit with 507, keeps serving, and
 * keeps its store as it was.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class DiskFullIT {
    static final int ARTICLES = 150;
    static final int BEFORE = 30;
    /** Every dmkg run must end within this, or the test fails (and kills it). */
    static final long RUN_SECONDS = 180;

    @TempDir
    static Path dir;
    static Path small;
    static boolean mounted;
    static Path input;
    static Set<Quad> clean;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void mountASmallFileSystem() throws Exception {
        small = Files.createDirectory(dir.resolve("small"));
        String[] mount = {"mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", small.toString()};
        String failed = exec(mount);
        Assumptions.assumeTrue(failed == null, () -> "DiskFullIT skipped: cannot mount a small file system to fill ("
                + String.join(" ", mount) + ": " + failed + "); it needs root or CAP_SYS_ADMIN");
        mounted = true;
        input = KilledLoadIT.articles(dir.resolve("articles"), 0, ARTICLES);
        Path cleanLoc = dir.resolve("clean");
        Cli.run("load", "--loc", cleanLoc.toString(), input.toString()).expect(0);
        clean = quads(Cli.storeCopy(cleanLoc));
    }

    @AfterAll
    static void unmount() throws Exception {
        if (mounted && exec("umount", small.toString()) != null) {
            exec("umount", "-l", small.toString());
        }
    }

    @Test
    void aFirstLoadWhoseDiskFillsEndsPromptlyAndIsRedoneOnceThereIsRoom() throws Exception {
        Path loc = small.resolve("first");
        Path marker = loc.resolve("dmkg-first-load.incomplete");
        Path filler = small.resolve("filler-first");
        ChildDmkg child = ChildDmkg.start(dir.resolve("first"), "load", "--loc", loc.toString(), input.toString());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(RUN_SECONDS);
        while (!Files.exists(marker) && child.process().isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertTrue(Files.exists(marker), "the bulk loader started\n" + child.err());
        fill(filler, 0);
        ChildDmkg.Result r = child.await(RUN_SECONDS);
        System.out.printf("DiskFullIT: the first load ended %d ms after it started%n", r.millis());
        assertEquals(4, r.exit(), r.toString());
        oneLine(r, "dmkg: store " + loc + ": no space left on device; the first load is incomplete, run dmkg load again");
        assertTrue(Files.exists(marker), "the store is marked incomplete");
        Cli.run("stats", "--loc", loc.toString()).expect(4).oneErrorLine("run dmkg load again");

        makeRoom();
        Cli.Result again = Cli.run("load", "--loc", loc.toString(), input.toString()).expect(0);
        assertTrue(again.err().contains("an interrupted first load is being redone"), again.err());
        assertFalse(Files.exists(marker));
        assertEquals(clean, quads(Cli.storeCopy(loc)), "loading again gives what a clean load gives");
    }

    @Test
    void aLoadIntoAStoreWithArticlesOnAFullDiskLeavesItAsItWas() throws Exception {
        Path loc = small.resolve("second");
        Path filler = small.resolve("filler-second");
        Path first = KilledLoadIT.articles(dir.resolve("before"), 0, BEFORE);
        Cli.run("load", "--loc", loc.toString(), first.toString()).expect(0);
        Set<Quad> before = quads(Cli.storeCopy(loc));
        fill(filler, 256 << 10); // room to open the store, not to write the batch
        // one batch: the whole load is one transaction
        ChildDmkg.Result r = ChildDmkg.run(dir.resolve("second"), RUN_SECONDS, "load", "--loc", loc.toString(),
                "--batch", "1000", input.toString());
        assertEquals(4, r.exit(), r.toString());
        oneLine(r, "dmkg: store " + loc + ": no space left on device; the batch being written was rolled back");
        assertEquals(before, quads(Cli.storeCopy(loc)), "the store holds what it held");

        makeRoom();
        Cli.run("load", "--loc", loc.toString(), input.toString()).expect(0);
        assertEquals(clean, quads(Cli.storeCopy(loc)), "loading again gives what a clean load gives");
    }

    @Test
    void anUpdateOnAFullDiskIsRefusedAndTheServerKeepsServing() throws Exception {
        Path loc = small.resolve("served");
        Path filler = small.resolve("filler-served");
        Cli.run("load", "--loc", loc.toString(), KilledLoadIT.articles(dir.resolve("served-articles"), 0, BEFORE)
                .toString()).expect(0);
        Set<Quad> before = quads(Cli.storeCopy(loc));
        ChildDmkg server = ChildDmkg.start(dir.resolve("served"), "serve", "--loc", loc.toString(), "--port", "0",
                "--allow-update", "--max-request-bytes", Integer.toString(64 << 20));
        try {
            String base = baseUrl(server);
            fill(filler, 256 << 10); // room for the server to go on, not for the update
            HttpResponse<String> full = update(base, insertData(100_000));
            assertEquals(507, full.statusCode(), full.body() + "\n--- serve's stderr:\n" + server.err());
            assertEquals(1, full.body().strip().lines().count(), full.body());
            assertTrue(full.body().startsWith("no space left on device; the update was rolled back"), full.body());
            assertTrue(server.process().isAlive(), "the server is up");
            HttpResponse<String> count = get(base, "/dmkg/sparql?query=" + URLEncoder.encode(
                    "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }", StandardCharsets.UTF_8));
            assertEquals(200, count.statusCode(), count.body());
            assertTrue(count.body().contains("\"" + before.size() + "\""), before.size() + " quads: " + count.body());

            makeRoom();
            HttpResponse<String> room = update(base, "INSERT DATA { GRAPH <urn:x:after> { <urn:x:a> <urn:x:b> \"c\" } }");
            assertEquals(200, room.statusCode() / 100 * 100, room.body());
        } finally {
            server.process().destroy(); // the shutdown hook closes the store
            assertTrue(server.process().waitFor(60, TimeUnit.SECONDS), "serve stops");
        }
        String err = server.err();
        assertFalse(err.contains("\tat ") || err.contains("Exception"), () -> "a stack trace:\n" + err);
        assertTrue(err.lines().anyMatch(l -> l.endsWith("store " + loc + ": no space left on device; "
                + "the update was rolled back, the store holds what it held before it")), err);
        Set<Quad> expected = new HashSet<>(before);
        expected.add(Quad.create(NodeFactory.createURI("urn:x:after"), NodeFactory.createURI("urn:x:a"),
                NodeFactory.createURI("urn:x:b"), NodeFactory.createLiteralString("c")));
        assertEquals(expected, quads(Cli.storeCopy(loc)), "the store holds what it held, and the later update");
    }

    /** The base URL of a starting {@code dmkg serve}, from the line it prints when it listens. */
    private static String baseUrl(ChildDmkg server) throws Exception {
        Pattern serving = Pattern.compile("dmkg: serving .* at (http://\\S+)/dmkg/sparql");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(RUN_SECONDS);
        while (System.nanoTime() < deadline && server.process().isAlive()) {
            Matcher m = serving.matcher(server.err());
            if (m.find()) {
                return m.group(1);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("serve did not start\n" + server.err());
    }

    private static String insertData(int triples) {
        StringBuilder b = new StringBuilder("INSERT DATA { GRAPH <urn:x:full> {\n");
        for (int i = 0; i < triples; i++) {
            b.append("<urn:x:s").append(i).append("> <urn:x:p> \"a literal of some length, number ").append(i).append("\" .\n");
        }
        return b.append("} }").toString();
    }

    private static HttpResponse<String> update(String base, String update) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/dmkg/update"))
                .header("Content-Type", "application/sparql-update").timeout(Duration.ofSeconds(RUN_SECONDS))
                .POST(HttpRequest.BodyPublishers.ofString(update)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String base, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/sparql-results+json")
                .timeout(Duration.ofSeconds(RUN_SECONDS)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @AfterEach
    void makeRoom() throws IOException {
        try (var files = Files.list(small)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("filler")).toList()) {
                Files.delete(f);
            }
        }
    }

    private static void oneLine(ChildDmkg.Result r, String start) {
        List<String> lines = r.errorLines();
        assertEquals(1, lines.size(), () -> "one error line expected:\n" + r.err());
        assertTrue(lines.get(0).startsWith(start), () -> "expected '" + start + "...', got: " + lines.get(0));
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), () -> "a stack trace:\n" + r.err());
    }

    /** Fills the file system of {@code file} with it, then gives {@code room} bytes back. */
    private static void fill(Path file, int room) throws IOException {
        byte[] block = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(file)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException e) {
            assertTrue(String.valueOf(e.getMessage()).contains("No space left on device"), e.toString());
        }
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(Math.max(0, f.length() - room));
        }
    }

    private static Set<Quad> quads(Dataset ds) {
        Set<Quad> quads = new HashSet<>();
        ds.asDatasetGraph().find().forEachRemaining(quads::add);
        return quads;
    }

    /** Runs a command; null when it succeeded, else what it printed. */
    private static String exec(String... command) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "timed out";
            }
            return p.exitValue() == 0 ? null : "exit " + p.exitValue() + (out.isEmpty() ? "" : ", " + out);
        } catch (IOException e) {
            return e.getMessage();
        }
    }
}
