package org.w3id.dmkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSourceTest {
    @TempDir
    Path dir;

    private final List<SourceDocument> docs = new ArrayList<>();
    private final List<InputProblem> problems = new ArrayList<>();

    private int read(String... inputs) {
        return read(new ArticleSource(new ByteArrayInputStream(new byte[0])), inputs);
    }

    private int read(ArticleSource source, String... inputs) {
        return source.read(List.of(inputs), docs::add, problems::add);
    }

    private String write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p.toString();
    }

    private String write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void badInputsAreReportedAndTheOthersRead() throws IOException {
        String empty = write("empty.txt", new byte[0]);
        String blank = write("blank.txt", " \n\t\n  ");
        String jpeg = write("x.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J'});
        String zip = write("y.txt", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0});
        String nul = write("z.txt", new byte[] {'a', 'b', 0, 'c', '\n'});
        String good = write("good.txt", "Good article.");
        String missing = dir.resolve("missing.txt").toString();
        int n = read(empty, blank, jpeg, missing, zip, nul, good);
        assertEquals(1, n);
        assertEquals("Good article.", docs.get(0).text());
        assertEquals(List.of(InputProblem.skipped(empty, "empty file"),
                InputProblem.skipped(blank, "no text (whitespace only)"),
                InputProblem.skipped(jpeg, "binary file, not an article"),
                InputProblem.skipped(missing, "no such file or directory"),
                InputProblem.skipped(zip, "binary file, not an article"),
                InputProblem.skipped(nul, "binary file, not an article")), problems);
        assertEquals(jpeg + ": binary file, not an article", problems.get(2).toString());
    }

    @Test
    void encodings() throws IOException {
        byte[] utf16 = "\uFEFFBEIJING, Feb. 28 (Xinhua) -- Gr\u00FC\u00DFe.".getBytes(StandardCharsets.UTF_16LE);
        byte[] utf16be = "\uFEFFHallo \u4E2D\u6587".getBytes(StandardCharsets.UTF_16BE);
        byte[] latin1 = "Caf\u00E9 in C\u00F4te d'Ivoire \u2013 fine".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        byte[] utf8bom = "\uFEFFurl: https://e.org\n\nText".getBytes(StandardCharsets.UTF_8);
        read(write("le.txt", utf16), write("be.txt", utf16be), write("l1.txt", latin1), write("bom.txt", utf8bom));
        assertEquals("BEIJING, Feb. 28 (Xinhua) -- Gr\u00FC\u00DFe.", docs.get(0).text());
        assertEquals("Xinhua", docs.get(0).dateline().agency());
        assertEquals("Hallo \u4E2D\u6587", docs.get(1).text());
        assertEquals("Caf\u00E9 in C\u00F4te d'Ivoire \u2013 fine", docs.get(2).text());
        assertEquals("https://e.org", docs.get(3).url());
        assertEquals(List.of(InputProblem.warning(dir.resolve("l1.txt").toString(), "not UTF-8; read as Windows-1252")),
                problems);
    }

    @Test
    void directoriesRecurseInSortedOrderAndSkipOtherFiles() throws IOException {
        write("b/2.txt", "Two.");
        write("b/1.json", "{\"gold\": true}");
        write("a/z.html", "<p>Html.</p>");
        write("a/sub/y.jsonl", "{\"text\": \"Jsonl.\"}\n");
        write("c.txt", "Top.");
        write(".hidden.txt", "Hidden.");
        write("notes", "No extension.");
        read(dir.toString());
        assertEquals(List.of("Jsonl.", "Html.", "Two.", "Top."), docs.stream().map(SourceDocument::text).toList());
        assertEquals(dir.resolve("a/sub/y.jsonl") + ":1", docs.get(0).origin());
        assertEquals(List.of(), problems);
        docs.clear();
        read(dir.resolve("notes").toString()); // named explicitly: read as text
        assertEquals("No extension.", docs.get(0).text());
    }

    @Test
    void symlinkLoopTerminates() throws IOException {
        write("d/a.txt", "A.");
        try {
            Files.createSymbolicLink(dir.resolve("d/loop"), dir.resolve("d"));
            Files.createSymbolicLink(dir.resolve("d/up"), Path.of(".."));
            Files.createSymbolicLink(dir.resolve("d/gone.txt"), dir.resolve("nowhere.txt"));
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("symbolic links not supported here: " + e);
        }
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () -> read(dir.toString()));
        assertEquals(1, docs.size());
        assertEquals(List.of(InputProblem.skipped(dir.resolve("d/gone.txt").toString(), "broken symbolic link")),
                problems.stream().filter(InputProblem::fatal).toList());
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("loop")), problems.toString());
    }

    @Test
    void stdinAsTextOrJsonl() {
        ArticleSource text = new ArticleSource(new ByteArrayInputStream(
                " date 2025-03-01 Headline\n\nBody.".getBytes(StandardCharsets.UTF_8)));
        read(text, "-");
        assertEquals("-", docs.get(0).origin());
        assertEquals("Headline", docs.get(0).headline());
        ArticleSource jsonl = new ArticleSource(new ByteArrayInputStream(
                "\n {\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n".getBytes(StandardCharsets.UTF_8)));
        read(jsonl, "-");
        assertEquals(List.of("-", "-:2", "-:3"), docs.stream().map(SourceDocument::origin).toList());
        assertEquals(List.of(), problems);
    }

    @Test
    void articlesOverTheSizeCapAreSkipped() throws IOException {
        byte[] big = new byte[ArticleSource.MAX_ARTICLE_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        String file = write("big.txt", big);
        String small = write("small.txt", "Small.");
        read(file, small);
        assertEquals(1, docs.size());
        assertEquals(InputProblem.skipped(file, "larger than 5 MB, skipped"), problems.get(0));
        assertFalse(problems.get(0).message().isEmpty());
    }
}
