package org.w3id.dmkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gzipped inputs are streamed; a damaged one gives one line, and what came before it is kept. */
class GzipInputTest {
    @TempDir
    Path dir;

    private final List<SourceDocument> docs = new ArrayList<>();
    private final List<InputProblem> problems = new ArrayList<>();

    private void read(Path... files) {
        List<String> names = Arrays.stream(files).map(Path::toString).toList();
        new ArticleSource(new ByteArrayInputStream(new byte[0])).read(names, docs::add, problems::add);
    }

    private Path gz(String name, String content) throws IOException {
        return Files.write(dir.resolve(name), WebArchives.gzip(content.getBytes(StandardCharsets.UTF_8)));
    }

    /** {@code n} articles, each with a random tag so that the file does not compress to almost nothing. */
    static String jsonLines(int n) {
        java.util.Random random = new java.util.Random(n);
        StringBuilder s = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            s.append("{\"tag\": \"");
            random.ints(300, 'a', 'z' + 1).forEach(c -> s.append((char) c));
            s.append("\", \"url\": \"https://news.example/").append(i).append("\", \"date\": \"2025-03-0").append(i % 9 + 1)
                    .append("\", \"text\": \"").append(WebArchives.MEETING).append("\"}\n");
        }
        return s.toString();
    }

    @Test
    void everyFormatIsReadGzipped() throws IOException {
        Path jsonl = gz("a.jsonl.gz", jsonLines(3));
        Path txt = gz("b.txt.gz", "url: https://news.example/b\n\n" + WebArchives.TALKS);
        Path html = gz("c.html.gz", WebArchives.page("Xi meets Putin", "2025-03-03", WebArchives.MEETING));
        read(jsonl, txt, html);
        assertEquals(List.of(), problems);
        assertEquals(List.of(jsonl + ":1", jsonl + ":2", jsonl + ":3", txt.toString(), html.toString()),
                docs.stream().map(SourceDocument::origin).toList());
        assertEquals("https://news.example/b", docs.get(3).url());
        assertEquals("Xi meets Putin", docs.get(4).headline());
    }

    @Test
    void aDirectoryOfGzippedFilesIsWalked() throws IOException {
        gz("a.jsonl.gz", jsonLines(2));
        gz("b.txt.gz", WebArchives.TALKS);
        Files.write(dir.resolve("c.tar.gz"), new byte[]{0x1f, (byte) 0x8b, 8, 0}); // not an article format: ignored
        read(dir);
        assertEquals(3, docs.size(), problems.toString());
        assertEquals(List.of(), problems);
    }

    @Test
    void aTruncatedGzipKeepsWhatCameBefore() throws IOException {
        byte[] whole = WebArchives.gzip(jsonLines(200).getBytes(StandardCharsets.UTF_8));
        Path cut = Files.write(dir.resolve("cut.jsonl.gz"), Arrays.copyOf(whole, whole.length / 2));
        read(cut);
        assertTrue(docs.size() > 10 && docs.size() < 200, docs.size() + " articles");
        assertEquals(1, problems.size(), problems.toString());
        InputProblem p = problems.get(0);
        assertTrue(p.fatal());
        assertEquals(cut.toString(), p.origin());
        assertTrue(p.message().matches("truncated gzip data \\(ends after [0-9,]+ bytes of text\\)"), p.message());
    }

    @Test
    void corruptGzipDataIsOneLine() throws IOException {
        byte[] bytes = WebArchives.gzip(jsonLines(50).getBytes(StandardCharsets.UTF_8));
        for (int i = 200; i < 260; i++) {
            bytes[i] = (byte) (bytes[i] ^ 0x5A);
        }
        Path bad = Files.write(dir.resolve("bad.jsonl.gz"), bytes);
        Path notGzip = Files.writeString(dir.resolve("plain.txt.gz"), WebArchives.TALKS);
        read(bad, notGzip);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().startsWith("corrupt gzip data after")
                || problems.get(0).message().startsWith("truncated gzip data"), problems.get(0).message());
        assertEquals(notGzip + ": not gzip data, though named .gz", problems.get(1).toString());
        assertTrue(problems.stream().allMatch(InputProblem::fatal));
    }
}
