package org.w3id.dmkg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dmkg.DmkgException;
import org.w3id.dmkg.cli.Main;
import org.w3id.dmkg.text.InputFormat;

/**
 * The Spark job in local mode on a small corpus: shards, manifest and rejects, and a store built from
 * the shards that equals the store {@code dmkg load} builds from the same articles.
 */
class ExtractJobIT {
    @TempDir
    static Path tmp;
    static JavaSparkContext sc;
    static Path files;
    static Path jsonl;
    static Manifest textRun;
    static Manifest jsonRun;

    @BeforeAll
    static void runJobs() throws IOException {
        sc = SparkInputs.localContext();
        files = SparkInputs.files(tmp.resolve("in"));
        jsonl = SparkInputs.jsonLines(tmp.resolve("jsonl"));
        SparkExtraction job = new SparkExtraction(sc);
        textRun = job.run(new SparkExtraction.JobSpec(files.toString(), out("text").toString(), InputFormat.TEXT, 2, 0));
        jsonRun = job.run(new SparkExtraction.JobSpec(jsonl.toString(), out("jsonl").toString(), InputFormat.JSONL, 2, 0));
    }

    @AfterAll
    static void stop() {
        if (sc != null) {
            sc.close();
        }
    }

    static Path out(String name) {
        return tmp.resolve("out-" + name);
    }

    @Test
    void manifestCountsArticlesTriplesAndFailures() throws IOException {
        assertEquals(3, textRun.articles(), "sample, a.txt and more/b.html");
        assertEquals(2, textRun.failures(), "empty.txt and photo.txt");
        assertEquals(2, jsonRun.articles());
        assertEquals(1, jsonRun.failures(), "the malformed line; the blank one is no record");
        try (InputStream in = Files.newInputStream(out("text").resolve(Manifest.FILE))) {
            assertEquals(textRun, Manifest.read(in));
        }
    }

    @Test
    void shardsHoldEveryTripleInItsArticleGraph() throws IOException {
        assertEquals(List.of("shards/part-00000.nq", "shards/part-00001.nq"), textRun.shards());
        long quads = 0;
        for (String shard : textRun.shards()) {
            List<String> lines = Files.readAllLines(out("text").resolve(shard));
            quads += lines.stream().filter(l -> !l.isBlank()).count();
            assertTrue(lines.stream().filter(l -> !l.isBlank())
                    .allMatch(l -> l.matches(".* <https://w3id.org/dmkg/id/(article/[0-9a-f]+|graph/entities)> \\.")), shard);
        }
        assertEquals(textRun.triples(), quads);
    }

    @Test
    void rejectsNameTheRecordAndTheReason() throws IOException {
        List<String> rejects = Files.readAllLines(out("text").resolve(Manifest.REJECTS)).stream().sorted().toList();
        assertEquals(2, rejects.size(), rejects::toString);
        assertTrue(rejects.get(0).matches("\\S+/empty\\.txt\tempty file"), rejects.get(0));
        assertTrue(rejects.get(1).matches("\\S+/photo\\.txt\tbinary file, not an article"), rejects.get(1));
        List<String> json = Files.readAllLines(out("jsonl").resolve(Manifest.REJECTS));
        assertEquals(1, json.size(), json::toString);
        assertTrue(json.get(0).matches("\\S+/articles\\.jsonl@\\d+\tmalformed JSON: .*"), json.get(0));
    }

    @Test
    void anExistingOutputIsRefused() {
        DmkgException e = assertThrows(DmkgException.class, () -> new SparkExtraction(sc).run(
                new SparkExtraction.JobSpec(files.toString(), out("text").toString(), InputFormat.TEXT, 1, 0)));
        assertEquals(DmkgException.USAGE, e.exitCode());
    }

    @Test
    void storeFromShardsEqualsDirectLoad() {
        Path sharded = tmp.resolve("db-shards");
        Path direct = tmp.resolve("db-direct");
        assertEquals(0, Main.run("load-shards", out("text").toString(), "--loc", sharded.toString()));
        assertEquals(0, Main.run("load-shards", out("jsonl").toString(), "--loc", sharded.toString(), "--batch", "1"));
        // exit 3: the empty and the binary file are skipped, as the job rejected them
        assertEquals(3, Main.run("load", files.toString(), jsonl.toString(), "--loc", direct.toString()));
        StoreComparison.assertSameGraphs(direct, sharded, 5);
    }
}
