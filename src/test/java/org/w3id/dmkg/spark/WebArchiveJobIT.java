package org.w3id.dmkg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dmkg.cli.Main;
import org.w3id.dmkg.text.InputFormat;
import org.w3id.dmkg.text.WebArchives;

/**
 * The Spark job on web archives ({@code --format warc}: one partition per archive, read by the same
 * reader as {@code dmkg load}) and on gzipped JSON Lines; the store built from the shards equals the
 * one {@code dmkg load} builds.
 */
class WebArchiveJobIT {
    @TempDir
    static Path tmp;
    static JavaSparkContext sc;
    static Path archives;
    static Manifest warcRun;
    static Manifest gzipRun;

    @BeforeAll
    static void runJobs() throws IOException {
        sc = SparkInputs.localContext();
        archives = Files.createDirectories(tmp.resolve("crawl"));
        WebArchives.crawl(archives.resolve("a.warc.gz"), true, 0);
        WebArchives.crawl(archives.resolve("b.warc"), false, 0);
        WebArchives.crawl(archives.resolve("c.warc.gz"), true, 40); // its last record cut off
        Files.writeString(archives.resolve("notes.txt"), WebArchives.TALKS); // not an archive: not read
        Path jsonl = Files.createDirectories(tmp.resolve("jsonl"));
        String lines = "{\"url\": \"https://wire.example/a\", \"text\": \"" + WebArchives.MEETING + "\"}\n{\"url\": "
                + "\"https://wire.example/b\", \"text\": \"" + WebArchives.TALKS + "\"}\n{not json}\n";
        Files.write(jsonl.resolve("articles.jsonl.gz"), WebArchives.gzip(lines.getBytes(StandardCharsets.UTF_8)));
        SparkExtraction job = new SparkExtraction(sc);
        warcRun = job.run(new SparkExtraction.JobSpec(archives.toString(), tmp.resolve("out-warc").toString(),
                InputFormat.WARC, 0, 0));
        gzipRun = job.run(new SparkExtraction.JobSpec(jsonl.toString(), tmp.resolve("out-gz").toString(),
                InputFormat.JSONL, 0, 0));
    }

    @AfterAll
    static void stop() {
        if (sc != null) {
            sc.close();
        }
    }

    @Test
    void eachArchiveIsAPartitionAndItsDamagedRecordAReject() throws IOException {
        assertEquals(3 + 3 + 2, warcRun.articles());
        assertEquals(1, warcRun.failures(), "the cut-off record");
        assertEquals(3, warcRun.shards().size(), warcRun.shards()::toString);
        List<String> rejects = Files.readAllLines(tmp.resolve("out-warc").resolve(Manifest.REJECTS));
        assertEquals(1, rejects.size(), rejects::toString);
        assertTrue(rejects.get(0).matches("\\S+/c\\.warc\\.gz@\\d+\ttruncated record.*"), rejects.get(0));
    }

    @Test
    void gzippedJsonLinesAreRead() {
        assertEquals(2, gzipRun.articles());
        assertEquals(1, gzipRun.failures(), "the malformed line");
    }

    @Test
    void storeFromShardsEqualsDirectLoad() {
        Path sharded = tmp.resolve("db-shards");
        Path direct = tmp.resolve("db-direct");
        assertEquals(0, Main.run("load-shards", tmp.resolve("out-warc").toString(), "--loc", sharded.toString()));
        // exit 3: the cut-off record is reported, as the job rejected it; notes.txt is no archive
        assertEquals(3, Main.run("load", archives.resolve("a.warc.gz").toString(), archives.resolve("b.warc").toString(),
                archives.resolve("c.warc.gz").toString(), "--loc", direct.toString()));
        StoreComparison.assertSameGraphs(direct, sharded, 3);
    }
}
