package org.w3id.dmkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files removed or replaced while a directory is read: a directory's entries are listed first and read
 * one by one, so each test changes the directory, for real, when the first article is handed over, and
 * checks the reason given for each entry that changed.
 */
class ChangingInputsTest {
    @TempDir
    Path dir;

    private final List<String> read = new ArrayList<>();
    private final List<InputProblem> problems = new ArrayList<>();

    private void write(String name) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, name.endsWith(".jsonl") ? "{\"text\": \"Article " + name + ".\"}\n"
                : name.endsWith(".html") ? "<p>Article " + name + ".</p>" : "Article " + name + ".");
    }

    /** Reads {@code dir}, running {@code change} when the first article arrives. */
    private void readChanging(Consumer<Path> change) {
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () -> new ArticleSource().read(
                List.of(dir.toString()), doc -> {
                    if (read.isEmpty()) {
                        change.accept(dir);
                    }
                    read.add(Path.of(doc.origin()).getFileName().toString());
                }, problems::add));
    }

    private List<InputProblem> skipped() {
        return problems.stream().filter(InputProblem::fatal).toList();
    }

    @Test
    void filesRemovedAfterTheListingVanishedTheyAreNoBrokenLinks() throws IOException {
        write("a.txt");
        write("b.txt");
        write("c/d.html");
        write("c/e.jsonl");
        write("f.txt");
        readChanging(d -> {
            delete(d.resolve("b.txt"));
            delete(d.resolve("f.txt"));
        });
        assertEquals(List.of("a.txt", "d.html", "e.jsonl:1"), read);
        assertEquals(List.of(InputProblem.skipped(dir.resolve("b.txt").toString(), InputWalker.VANISHED),
                InputProblem.skipped(dir.resolve("f.txt").toString(), InputWalker.VANISHED)), skipped());
        assertTrue(problems.stream().noneMatch(p -> p.message().contains("symbolic link")), problems.toString());
    }

    @Test
    void aFileReplacedByABrokenLinkIsOneAndByADirectoryIsRead() throws IOException {
        write("a.txt");
        write("b.txt");
        write("c.txt");
        readChanging(d -> {
            try {
                delete(d.resolve("b.txt"));
                Files.createSymbolicLink(d.resolve("b.txt"), d.resolve("nowhere.txt"));
                delete(d.resolve("c.txt"));
                Files.createDirectory(d.resolve("c.txt"));
                Files.writeString(d.resolve("c.txt/inner.txt"), "Inner article.");
            } catch (UnsupportedOperationException | IOException e) {
                Assumptions.abort("cannot make symbolic links here: " + e);
            }
        });
        assertEquals(List.of("a.txt", "inner.txt"), read);
        assertEquals(List.of(InputProblem.skipped(dir.resolve("b.txt").toString(), InputWalker.BROKEN_LINK)),
                skipped());
    }

    @Test
    void aFileReplacedByAFifoIsSkippedNotWaitedFor() throws Exception {
        write("a.txt");
        write("b.txt");
        write("c.txt");
        Path fifo = dir.resolve("b.txt");
        readChanging(d -> {
            delete(fifo);
            mkfifo(fifo);
        });
        assertEquals(List.of("a.txt", "c.txt"), read);
        assertEquals(List.of(InputProblem.skipped(fifo.toString(), "not a regular file (a FIFO, socket or device)")),
                skipped());
    }

    private static void mkfifo(Path p) {
        try {
            Process mk = new ProcessBuilder("mkfifo", p.toString()).redirectErrorStream(true).start();
            String out = new String(mk.getInputStream().readAllBytes());
            Assumptions.assumeTrue(mk.waitFor() == 0, () -> "mkfifo failed: " + out);
        } catch (IOException e) {
            Assumptions.abort("no mkfifo here: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Assumptions.abort("interrupted");
        }
    }

    private static void delete(Path p) {
        try {
            Files.delete(p);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
