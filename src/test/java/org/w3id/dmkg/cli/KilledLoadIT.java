package org.w3id.dmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dmkg load} killed with SIGKILL in the middle of a run: the store opens, holds only whole
 * batches of whole articles, and loading again completes to exactly what a clean load gives. 2,000
 * generated articles by default; {@code -Ddmkg.killtest.articles=N} changes it.
 */
class KilledLoadIT {
    static final int ARTICLES = Integer.getInteger("dmkg.killtest.articles", 2000);
    static final int BATCH = 50;
    private static final String[] FIRST = {"Anna", "Boris", "Carlos", "Dmitri", "Elena", "Farid", "Grace", "Hiro",
        "Ivan", "Julia", "Kemal", "Lars", "Maria", "Nadia", "Omar", "Pavel", "Rosa", "Sami", "Tomas", "Vera"};
    private static final String[] SYLLABLE = {"Ka", "Lo", "Mi", "Ten", "Vor", "Sa", "Du", "Ri", "Pel", "Zan"};
    private static final String[] END = {"ov", "enko", "ski", "dze", "yan", "escu", "ovic", "anen", "sson", "ides",
        "elli", "aro", "ung", "ito", "ez", "ani"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    @TempDir
    Path dir;

    @Test
    void aKilledLoadLeavesWholeArticlesAndARerunCompletesIt() throws Exception {
        Path input = articles(dir.resolve("articles"));
        Path clean = dir.resolve("clean");
        Cli.run("load", "--loc", clean.toString(), "--batch", Integer.toString(BATCH), input.toString()).expect(0);
        Dataset expected = Cli.storeCopy(clean);
        assertEquals(ARTICLES, articleGraphs(expected).size(), "a clean load stores every article");

        Path loc = dir.resolve("db");
        int stored = 0;
        for (long wait = 5000; stored == 0; wait *= 2) { // retry until the kill lands after a commit
            ChildDmkg child = ChildDmkg.start(dir.resolve("load"), "load", "--loc", loc.toString(), "--batch",
                    Integer.toString(BATCH), input.toString());
            Thread.sleep(wait);
            assertTrue(child.process().isAlive(), "the load ended before the kill; use more articles\n" + child.err());
            child.kill();
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
        Dataset done = Cli.storeCopy(loc);
        assertEquals(ARTICLES, articleGraphs(done).size());
        assertEquals(ARTICLES, Cli.count(done.getUnionModel(), "?a a schema:NewsArticle"), "no duplicates");
        assertEquals(quads(expected), quads(done), "the rerun gives what a clean load gives");
        assertEquals(expected.getUnionModel().size(), done.getUnionModel().size());
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

    /** Writes {@link #ARTICLES} short articles, each with its own guest, date and length. */
    static Path articles(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (int i = 0; i < ARTICLES; i++) {
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
