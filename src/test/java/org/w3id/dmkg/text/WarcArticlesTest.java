package org.w3id.dmkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Web archives: the news pages among a crawl's other records, damaged records, ARC. */
class WarcArticlesTest {
    @TempDir
    Path dir;

    private final List<SourceDocument> docs = new ArrayList<>();
    private final List<InputProblem> problems = new ArrayList<>();

    private void read(Path... files) {
        List<String> names = java.util.Arrays.stream(files).map(Path::toString).toList();
        new ArticleSource(new ByteArrayInputStream(new byte[0])).read(names, docs::add, problems::add);
    }

    @ParameterizedTest
    @ValueSource(strings = {"crawl.warc", "crawl.warc.gz"})
    void theNewsPagesAreReadAndTheOtherRecordsCounted(String name) throws IOException {
        Path warc = dir.resolve(name);
        WebArchives.crawl(warc, name.endsWith(".gz"), 0);
        read(warc);
        assertEquals(3, docs.size(), problems.toString());
        SourceDocument first = docs.get(0);
        assertEquals(WebArchives.FIRST_URL, first.url());
        assertEquals("Xi meets Putin", first.headline());
        assertEquals(LocalDate.of(2025, 3, 3), first.published()); // from the page, not the capture
        assertTrue(first.text().contains("BEIJING, March 3 (Xinhua) -- Chinese President"), first.text());
        assertFalse(first.text().contains("Contact us"));
        SourceDocument second = docs.get(1); // chunked and gzipped on the wire, dated by its capture
        assertEquals(WebArchives.SECOND_URL, second.url());
        assertTrue(second.text().endsWith(WebArchives.TALKS), second.text());
        assertEquals(LocalDate.of(2025, 4, 8), second.published());
        assertTrue(first.origin().startsWith(warc + "@"), first.origin());
        assertEquals(List.of(warc + ": 3 articles, 7 records skipped (2 non-HTML, 1 warcinfo, 1 request, "
                + "1 non-200, 1 revisit, 1 metadata)"), problems.stream().map(InputProblem::toString).toList());
        assertFalse(problems.get(0).fatal());
    }

    @Test
    void aTruncatedLastRecordIsReportedWithItsOffset() throws IOException {
        Path warc = dir.resolve("cut.warc.gz");
        List<Long> offsets = WebArchives.crawl(warc, true, 40);
        read(warc);
        assertEquals(2, docs.size(), problems.toString());
        InputProblem cut = problems.stream().filter(InputProblem::fatal).findFirst().orElseThrow();
        assertEquals(warc + "@" + offsets.get(offsets.size() - 1), cut.origin());
        assertTrue(cut.message().startsWith("truncated record"), cut.message());
        assertEquals(1, problems.stream().filter(InputProblem::fatal).count(), problems.toString());
        assertTrue(problems.get(problems.size() - 1).message().startsWith("2 articles, 7 records skipped"),
                problems.toString());
    }

    @Test
    void aCorruptRecordIsReportedAndTheRestRead() throws IOException {
        Path warc = dir.resolve("bad.warc.gz");
        List<Long> offsets = WebArchives.crawl(warc, true, 0);
        long second = offsets.get(3); // the second news page
        try (RandomAccessFile f = new RandomAccessFile(warc.toFile(), "rw")) {
            f.seek(second + 30);
            f.write(new byte[]{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16});
        }
        read(warc);
        assertEquals(List.of(WebArchives.FIRST_URL, "https://news.example/third.html"),
                docs.stream().map(SourceDocument::url).toList(), problems.toString());
        List<InputProblem> fatal = problems.stream().filter(InputProblem::fatal).toList();
        assertEquals(1, fatal.size(), problems.toString());
        assertEquals(warc + "@" + second, fatal.get(0).origin());
    }

    @Test
    void anArcFileIsRead() throws IOException {
        Path arc = Files.write(dir.resolve("old.arc.gz"), WebArchives.gzip(WebArchives.arc(WebArchives.FIRST_URL,
                WebArchives.page("Xi meets Putin", null, WebArchives.MEETING))));
        read(arc);
        assertEquals(1, docs.size(), problems.toString());
        assertEquals(WebArchives.FIRST_URL, docs.get(0).url());
        assertEquals(LocalDate.of(2025, 3, 3), docs.get(0).published());
    }

    @Test
    void aDirectoryOfArchivesIsWalked() throws IOException {
        Files.createDirectories(dir.resolve("crawl"));
        WebArchives.crawl(dir.resolve("crawl/a.warc.gz"), true, 0);
        WebArchives.crawl(dir.resolve("crawl/b.warc"), false, 0);
        read(dir.resolve("crawl"));
        assertEquals(6, docs.size(), problems.toString());
        assertTrue(problems.stream().noneMatch(InputProblem::fatal), problems.toString());
    }
}
