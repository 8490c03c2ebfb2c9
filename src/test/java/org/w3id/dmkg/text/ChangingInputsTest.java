package org.w3id.dmkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
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

    @Test
    void aFifoSwappedInAfterTheCheckIsNotWaitedFor() throws Exception {
        // the walker saw a regular file; by the open, the path names a FIFO nobody writes to
        Path fifo = dir.resolve("b.txt");
        mkfifo(fifo);
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> Assertions.assertThrows(RegularFileOpen.NotRegularFile.class, () -> RegularFileOpen.open(fifo)));
        assertNoOpenerLeftWaiting();
    }

    @Test
    void aFifoAWriterOpensIsNotReadAsAFile() throws Exception {
        Path fifo = dir.resolve("b.txt");
        mkfifo(fifo);
        Thread writer = new Thread(() -> {
            try {
                Files.writeString(fifo, "Article b.txt.");
            } catch (IOException e) {
                // the reader went away: nothing to test here
            }
        });
        writer.setDaemon(true);
        writer.start();
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> Assertions.assertThrows(RegularFileOpen.NotRegularFile.class, () -> RegularFileOpen.open(fifo)));
        assertNoOpenerLeftWaiting();
    }

    @Test
    void aFileSwappedWithAFifoOverAndOverNeverHangsTheLoad() throws Exception {
        // the race for real: b.txt is a regular file and a FIFO in turn, many times a millisecond, while
        // the directory is read again and again; whenever it is a FIFO at the open, it must not be waited for
        write("a.txt");
        write("c.txt");
        Path side = Files.createDirectory(dir.resolve(".side"));
        Path regular = side.resolve("regular");
        Path fifo = side.resolve("fifo");
        Files.writeString(regular, "Article b.txt.");
        mkfifo(fifo);
        Path b = dir.resolve("b.txt");
        AtomicBoolean stop = new AtomicBoolean();
        Thread swapper = new Thread(() -> {
            try {
                while (!stop.get()) {
                    Files.move(regular, b, StandardCopyOption.ATOMIC_MOVE);
                    Files.move(b, regular, StandardCopyOption.ATOMIC_MOVE);
                    Files.move(fifo, b, StandardCopyOption.ATOMIC_MOVE);
                    Files.move(b, fifo, StandardCopyOption.ATOMIC_MOVE);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        swapper.setDaemon(true);
        swapper.start();
        try {
            Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                for (int i = 0; i < 300; i++) {
                    new ArticleSource().read(List.of(dir.toString()),
                            doc -> read.add(Path.of(doc.origin()).getFileName().toString()), problems::add);
                }
            });
        } finally {
            stop.set(true);
            swapper.join(5_000);
        }
        // a helper may have been left waiting on the FIFO when it was renamed away before it was looked at
        // (given up after a while, a daemon thread): a writer lets it go, so that the check below means something
        Thread release = new Thread(() -> {
            try (var w = Files.newByteChannel(fifo, StandardOpenOption.WRITE)) {
                // opened only to wake the readers
            } catch (IOException e) {
                // none left
            }
        });
        release.setDaemon(true);
        release.start();
        assertEquals(300, read.stream().filter("a.txt"::equals).count());
        assertEquals(300, read.stream().filter("c.txt"::equals).count());
        Set<String> reasons = new TreeSet<>();
        skipped().forEach(p -> reasons.add(p.message()));
        assertTrue(Set.of(RegularFileOpen.NOT_REGULAR, InputWalker.VANISHED).containsAll(reasons), reasons.toString());
        assertNoOpenerLeftWaiting();
    }

    /** No helper thread of {@link RegularFileOpen} stays waiting in an open (of a FIFO without writer). */
    private static void assertNoOpenerLeftWaiting() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        List<String> waiting;
        do {
            waiting = Thread.getAllStackTraces().entrySet().stream()
                    .filter(e -> e.getKey().getName().equals("dmkg-open"))
                    .filter(e -> Arrays.stream(e.getValue()).anyMatch(f -> f.getMethodName().startsWith("open")
                            && f.getClassName().contains("Native")))
                    .map(e -> e.getKey() + " " + Arrays.toString(e.getValue())).toList();
            if (!waiting.isEmpty()) {
                Thread.sleep(50);
            }
        } while (!waiting.isEmpty() && System.nanoTime() < deadline);
        assertEquals(List.of(), waiting, "helpers still opening");
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
