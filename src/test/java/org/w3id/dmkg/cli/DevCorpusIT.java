package org.w3id.dmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.dmkg.rdf.ArticleGraph;
import org.junit.jupiter.api.io.TempDir;

/** The development corpus, when present: every graph {@code extract} writes meets the shapes and the scorer's needs. */
class DevCorpusIT {
    @TempDir
    static Path dir;
    static long articles;
    static Path trig;

    @BeforeAll
    static void extractTheCorpus() throws IOException {
        if (!Files.isDirectory(Cli.DEV)) {
            System.err.println("DevCorpusIT skipped: " + Cli.DEV + " not found");
            Assumptions.abort(Cli.DEV + " not found");
        }
        try (Stream<Path> files = Files.list(Cli.DEV)) {
            articles = files.filter(p -> p.toString().endsWith(".txt")).count();
        }
        trig = dir.resolve("dev.trig");
        Cli.run("extract", Cli.DEV.toString(), "--format", "trig", "-o", trig.toString()).expect(0).noStackTrace();
    }

    @Test
    void everyArticleGraphValidates() {
        Cli.Result r = Cli.run("validate", trig.toString()).expect(0);
        assertEquals("conforms: " + (articles + 1) + " graphs checked", r.out().strip(), "articles and the entity graph");
    }

    @Test
    void theMergedGraphValidates() {
        Path ttl = dir.resolve("dev.ttl");
        Cli.run("extract", Cli.DEV.toString(), "-o", ttl.toString()).expect(0);
        Cli.run("validate", ttl.toString()).expect(0);
    }

    @Test
    void everyArticleHasAUrl() {
        Dataset ds = Cli.readDataset(trig);
        List<String> graphs = new ArrayList<>();
        ds.listNames().forEachRemaining(graphs::add);
        assertTrue(graphs.remove(ArticleGraph.ENTITIES), "the entity graph");
        assertEquals(articles, graphs.size(), "one graph per article");
        for (String g : graphs) {
            Model m = ds.getNamedModel(g);
            assertEquals(1, Cli.count(m, "?a a schema:NewsArticle"), g);
            assertTrue(Cli.ask(m, "?a a schema:NewsArticle ; schema:url ?u FILTER isIRI(?u)"), g + ": schema:url");
        }
    }

    @Test
    void theStoreOfTheCorpusValidatesAndEveryArticleHasAUrl() {
        Path loc = dir.resolve("db");
        Cli.run("load", "--loc", loc.toString(), Cli.DEV.toString()).expect(0);
        Cli.run("validate", "--loc", loc.toString()).expect(0);
        String count = Cli.run("query", "--loc", loc.toString(), "--format", "csv", "-e", Cli.PREFIXES + """
                SELECT (COUNT(DISTINCT ?a) AS ?all) (COUNT(DISTINCT ?withUrl) AS ?urls) WHERE {
                  ?a a schema:NewsArticle .
                  OPTIONAL { ?a schema:url ?u BIND (?a AS ?withUrl) }
                }""").expect(0).out();
        assertEquals(List.of("all,urls", articles + "," + articles), count.lines().filter(l -> !l.isBlank()).toList());
    }
}
