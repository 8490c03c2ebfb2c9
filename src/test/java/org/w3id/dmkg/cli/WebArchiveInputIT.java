package org.w3id.dmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dmkg.text.WebArchives;

/** {@code load} and {@code extract} of web archives and gzipped articles, end to end with the real models. */
class WebArchiveInputIT {
    @TempDir
    Path dir;

    private Path articlesGz() throws IOException {
        String lines = "{\"url\": \"https://wire.example/a\", \"date\": \"2025-03-03\", \"text\": \"" + WebArchives.MEETING
                + "\"}\n{\"url\": \"https://wire.example/b\", \"date\": \"2025-04-08\", \"text\": \"" + WebArchives.TALKS
                + "\"}\n{\"url\": \"https://wire.example/c\", \"text\": \"" + WebArchives.MEETING + "\"}\n";
        return Files.write(dir.resolve("articles.jsonl.gz"), WebArchives.gzip(lines.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> errors(Cli.Result r) {
        return r.errorLines().stream().filter(l -> !l.startsWith("dmkg: warning: ")).toList();
    }

    @Test
    void loadStoresTheArchivedPagesAndTheGzippedLines() throws IOException {
        // the third line of the gzip repeats the first article under another URL: 6 articles
        Path warc = dir.resolve("crawl.warc.gz");
        WebArchives.crawl(warc, true, 0);
        Path loc = dir.resolve("db");
        Cli.Result load = Cli.run("load", "--loc", loc.toString(), warc.toString(), articlesGz().toString()).expect(0);
        assertTrue(load.err().contains("dmkg: warning: " + warc + ": 3 articles, 7 records skipped (2 non-HTML"),
                load.err());
        Cli.Result stats = Cli.run("stats", "--loc", loc.toString()).expect(0);
        assertTrue(stats.out().startsWith("articles        6"), stats.out());
        Cli.Result meetings = Cli.run("query", "--loc", loc.toString(), "meetings-of", "-p", "person=Xi Jinping",
                "--format", "csv").expect(0);
        assertTrue(meetings.out().contains("Putin"), meetings.out());
        Model union = Cli.storeUnion(loc);
        assertTrue(Cli.ask(union, "?a schema:url <" + WebArchives.FIRST_URL + ">"
                + " ; schema:datePublished \"2025-03-03\"^^xsd:date"), "the page's date, not the capture's");
        assertTrue(Cli.ask(union, "?a schema:url <" + WebArchives.SECOND_URL + ">"
                + " ; schema:datePublished \"2025-04-08\"^^xsd:date"), "the capture date, the page giving none");
    }

    @Test
    void extractReadsAnArchive() throws IOException {
        Path warc = dir.resolve("crawl.warc");
        WebArchives.crawl(warc, false, 0);
        Path out = dir.resolve("out.ttl");
        Cli.run("extract", warc.toString(), "-o", out.toString()).expect(0).noStackTrace();
        Model m = Cli.readModel(out);
        assertEquals(3, Cli.count(m, "?a a schema:NewsArticle"));
        assertTrue(Cli.count(m, "?m a dmkg:Meeting") >= 2, "meetings");
    }

    @Test
    void aTruncatedArchiveKeepsItsEarlierRecords() throws IOException {
        Path warc = dir.resolve("cut.warc.gz");
        List<Long> offsets = WebArchives.crawl(warc, true, 40);
        Path loc = dir.resolve("db");
        Cli.Result r = Cli.run("load", "--loc", loc.toString(), warc.toString()).expect(3).noStackTrace();
        assertEquals(List.of("dmkg: " + warc + "@" + offsets.get(offsets.size() - 1) + ": truncated record"),
                errors(r).stream().map(l -> l.substring(0, l.indexOf(": truncated record") + 18)).toList(), r.err());
        assertTrue(Cli.run("stats", "--loc", loc.toString()).expect(0).out().startsWith("articles        2"));
    }

    @Test
    void aTruncatedGzipIsOneLineAndKeepsWhatCameBefore() throws IOException {
        byte[] whole = Files.readAllBytes(articlesGz());
        Path cut = Files.write(dir.resolve("cut.jsonl.gz"), Arrays.copyOf(whole, whole.length - 10));
        Path loc = dir.resolve("db");
        Cli.Result r = Cli.run("load", "--loc", loc.toString(), cut.toString()).expect(3)
                .oneErrorLine(cut + ": truncated gzip data");
        assertTrue(Cli.run("stats", "--loc", loc.toString()).expect(0).out().startsWith("articles        2"), r.err());
    }
}
