package org.w3id.dmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dmkg load} killed with SIGKILL in the middle of a run. A first load (through the bulk loader)
 * leaves its marker: other commands refuse the store with exit 4, and loading again empties it and
 * completes. A load into a store that holds articles (in transactions) leaves a store that opens and
 * holds only whole batches of whole articles, and loading again completes it. Either way the result is
 * exactly what a clean load gives. 2,000 generated articles by default; {@code -Ddmkg.killtest.articles=N}
 * changes it.
 */
class KilledLoadIT {
    static final int ARTICLES = Integer.getInteger("dmkg.killtest.articles", 2000);
    static final int BATCH = 50;
    /** Articles stored before the transactional load is killed. */
    static final int STORED_BEFORE = 2 * BATCH;
    private static final String[] FIRST = {"Anna", "Boris", "Carlos", "Dmitri", "Elena", "Farid", "Grace", "Hiro",
        "Ivan", "Julia", "Kemal", "Lars", "Maria", "Nadia", "Omar", "Pavel", "Rosa", "Sami", "Tomas", "Vera"};
    private static final String[] SYLLABLE = {"Ka", "Lo", "Mi", "Ten", "Vor", "Sa", "Du", "Ri", "Pel", "Zan"};
    private static final String[] END = {"ov", "enko", "ski", "dze", "yan", "escu", "ovic", "anen", "sson", "ides",
        "elli", "aro", "ung", "ito", "ez", "ani"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    @TempDir
    static Path shared;
    static Path input;
    static Dataset expected;

    @TempDir
    Path dir;

    @BeforeAll
    static void cleanLoad() throws IOException {
        input = articles(shared.resolve("articles"), 0, ARTICLES);
        Path clean = shared.resolve("clean");
        Cli.run("load", "--loc", clean.toString(), "--batch", Integer.toString(BATCH), input.toString()).expect(0);
        expected = Cli.storeCopy(clean);
        assertEquals(ARTICLES, articleGraphs(expected).size(), "a clean load stores every article");
    }

    @Test
    void aKilledFirstLoadIsRefusedUntilALoadRedoesIt() throws Exception {
        Path loc = dir.resolve("db");
        Path marker = loc.resolve("dmkg-first-load.incomplete");
        for (long delay = 1000; ; delay /= 4) { // the kill must land while the bulk loader runs
            ChildDmkg child = ChildDmkg.start(dir.resolve("load"), "load", "--loc", loc.toString(), "--batch",
                    Integer.toString(BATCH), input.toString());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!Files.exists(marker) && child.process().isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(Files.exists(marker), "the first load wrote its marker\n" + child.err());
            Thread.sleep(delay);
            boolean running = child.process().isAlive() && Files.exists(marker);
            child.kill();
            if (running) {
                System.out.printf("KilledLoadIT: first load killed %d ms into the bulk loader%n", delay);
                break;
            }
            assertTrue(delay > 0, "the load ended before the kill; use more articles\n" + child.err());
            deleteTree(loc);
        }
        assertTrue(Files.exists(marker), "the killed first load left its marker");
        String again = "run dmkg load again";
        Cli.run("query", "--loc", loc.toString(), "meetings").expect(4).oneErrorLine(again);
        Cli.run("stats", "--loc", loc.toString()).expect(4).oneErrorLine(again);
        Cli.run("export", "--loc", loc.toString()).expect(4).oneErrorLine(again);
        Cli.Result rerun = Cli.run("load", "--loc", loc.toString(), "--batch", Integer.toString(BATCH),
                input.toString()).expect(0);
        assertTrue(rerun.err().contains("dmkg: warning: store " + loc + ": an interrupted first load is being redone"),
                rerun.err());
        assertFalse(Files.exists(marker));
        assertLikeACleanLoad(loc);
    }

    @Test
    void aKilledLoadIntoAStoreWithArticlesLeavesWholeBatchesAndARerunCompletesIt() throws Exception {
        Path loc = dir.resolve("db");
        Path some = articles(dir.resolve("some"), 0, STORED_BEFORE);
        Cli.run("load", "--loc", loc.toString(), "--batch", Integer.toString(BATCH), some.toString()).expect(0);
        int stored = STORED_BEFORE;
        for (long wait = 5000; stored == STORED_BEFORE; wait *= 2) { // retry until the kill lands after a commit
            ChildDmkg child = ChildDmkg.start(dir.resolve("load"), "load", "--loc", loc.toString(), "--batch",
                    Integer.toString(BATCH), input.toString());
            Thread.sleep(wait);
            assertTrue(child.process().isAlive(), "the load ended before the kill; use more articles\n" + child.err());
            child.kill();
            assertFalse(Files.exists(loc.resolve("dmkg-first-load.incomplete")), "no bulk load into a store with articles");
            Dataset after = Cli.storeCopy(loc); // the store opens
            Set<String> graphs = articleGraphs(after);
            stored = graphs.size();
            System.out.printf("KilledLoadIT: killed after %d ms with %d of %d articles stored%n", wait, stored,
                    ARTICLES);
            assertEquals(0, stored % BATCH, "whole batches only: " + stored);
            for (String g : graphs) {
                Model got = after.getNamedModel(g);
                assertTrue(got.isIsomorphicWith(expected.getNamedModel(g)), "article graph " + g + " is whole");
            }
        }
        Cli.Result rerun = Cli.run("load", "--loc", loc.toString(), "--batch", Integer.toString(BATCH),
                input.toString()).expect(0);
        System.out.println("KilledLoadIT: rerun: " + rerun.out().lines().findFirst().orElse(""));
        assertLikeACleanLoad(loc);
    }

    private static void assertLikeACleanLoad(Path loc) {
        Dataset done = Cli.storeCopy(loc);
        assertEquals(ARTICLES, articleGraphs(done).size());
        assertEquals(ARTICLES, Cli.count(done.getUnionModel(), "?a a schema:NewsArticle"), "no duplicates");
        assertEquals(quads(expected), quads(done), "the rerun gives what a clean load gives");
        assertEquals(expected.getUnionModel().size(), done.getUnionModel().size());
    }

    private static void deleteTree(Path p) throws IOException {
        if (Files.exists(p)) {
            try (Stream<Path> s = Files.walk(p)) {
                for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
    }

    private static Set<String> articleGraphs(Dataset ds) {
        Set<String> graphs = new HashSet<>();
        ds.listNames().forEachRemaining(g -> {
            if (Cli.ask(ds.getNamedModel(g), "<" + g + "> a schema:NewsArticle")) {
                graphs.add(g);
            }
        });
        return graphs;
    }

    private static Set<Quad> quads(Dataset ds) {
        Set<Quad> quads = new HashSet<>();
        ds.asDatasetGraph().find().forEachRemaining(quads::add);
        return quads;
    }

    /** Writes articles {@code from} to {@code to} (exclusive), short, each with its own guest, date and length. */
    static Path articles(Path dir, int from, int to) throws IOException {
        Files.createDirectories(dir);
        for (int i = from; i < to; i++) {
            String guest = FIRST[i % FIRST.length] + " " + SYLLABLE[i / 20 % 10] + SYLLABLE[i / 200 % 10].toLowerCase()
                    + END[i / 2000 % END.length];
            int month = i % 12;
            int day = 1 + i % 28;
            String date = String.format("20%02d-%02d-%02d", 10 + i % 15, month + 1, day);
            String text = String.format(" date %s Xi meets %s%n%nBEIJING, %s %d (Xinhua) -- Chinese President Xi "
                    + "Jinping met with visiting Foreign Minister %s in Beijing on %s %d. The two sides agreed to "
                    + "deepen cooperation in trade.%s%n", date, guest, MONTHS[month], day, guest, MONTHS[month], day,
                    " They also discussed regional security.".repeat(i % 4));
            Files.writeString(dir.resolve(String.format("a%05d.txt", i)), text);
        }
        return dir;
    }
}
