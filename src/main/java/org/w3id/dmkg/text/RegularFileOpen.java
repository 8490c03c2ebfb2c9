package org.w3id.dmkg.text;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Opens for reading a file that was seen to be a regular file, without hanging when it has been
 * swapped for a FIFO since: opening a FIFO for reading waits until something opens it for writing,
 * which may be never, and Java cannot open with {@code O_NONBLOCK}. The open runs on a helper
 * thread; while it has not returned, the path is looked at every {@value #SLICE_MS} ms, and when it
 * names a FIFO (or another special file) the open is abandoned, the FIFO opened for writing once so
 * that the helper returns, and whatever it opened closed. An open that returns is checked too: a
 * FIFO opened because a writer came is a pipe, which cannot seek. Thread-safe.
 */
final class RegularFileOpen {
    static final String NOT_REGULAR = "not a regular file (a FIFO, socket or device)";
    private static final long SLICE_MS = 50;
    /** How long an open may take before it is given up, whatever the path names by then. */
    private static final long PATIENCE_MS = 10_000;
    private static final ExecutorService OPENERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "dmkg-open");
        t.setDaemon(true); // a helper left waiting on a FIFO nobody can name any more must not keep the JVM alive
        return t;
    });

    /** Thrown when the file opened, or about to be, is no regular file. */
    static final class NotRegularFile extends IOException {
        NotRegularFile(Path path) {
            super(path + ": " + NOT_REGULAR);
        }
    }

    private RegularFileOpen() {
    }

    /**
     * A channel reading {@code path}, which was a regular file when it was listed.
     *
     * @throws NotRegularFile when {@code path} is a FIFO or another special file by now
     * @throws IOException    when it cannot be opened (gone, not readable), or did not open within 10 s
     */
    static SeekableByteChannel open(Path path) throws IOException {
        CompletableFuture<SeekableByteChannel> opening = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.newByteChannel(path, StandardOpenOption.READ);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, OPENERS);
        SeekableByteChannel ch = await(path, opening);
        try {
            ch.position(); // a pipe cannot tell its position
        } catch (IOException e) {
            ch.close();
            throw new NotRegularFile(path);
        }
        return ch;
    }

    private static SeekableByteChannel await(Path path, CompletableFuture<SeekableByteChannel> opening) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(PATIENCE_MS);
        while (true) {
            try {
                return opening.get(SLICE_MS, TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof UncheckedIOException u) {
                    throw u.getCause();
                }
                throw new IOException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                abandon(path, opening);
                throw new InterruptedIOException("interrupted while opening " + path);
            } catch (TimeoutException e) {
                if (isSpecial(path)) {
                    abandon(path, opening);
                    throw new NotRegularFile(path);
                }
                if (System.nanoTime() > deadline) {
                    abandon(path, opening);
                    throw new IOException("did not open within " + PATIENCE_MS / 1000 + " s");
                }
                // a slow file system, or a FIFO renamed away that may come back: look again
            }
        }
    }

    private static boolean isSpecial(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class).isOther();
        } catch (IOException e) {
            return false;
        }
    }

    /** Closes what {@code opening} opens, whenever it does, and lets a helper waiting on a FIFO return. */
    private static void abandon(Path path, CompletableFuture<SeekableByteChannel> opening) {
        opening.thenAccept(RegularFileOpen::closeQuietly);
        if (!opening.isDone() && isFifo(path)) {
            // the helper waits for a writer: one that opens and closes lets it return (to be closed above);
            // on its own thread, as this open waits too if the FIFO has been swapped for another meanwhile
            OPENERS.execute(() -> {
                try (SeekableByteChannel w = Files.newByteChannel(path, StandardOpenOption.WRITE)) {
                    // opened only to wake the reader
                } catch (IOException | RuntimeException e) {
                    // gone or replaced: the helper stays, a daemon thread
                }
            });
        }
    }

    /** Whether {@code path} is a FIFO: a writer's open wakes a reader waiting on it, and writes nothing. */
    private static boolean isFifo(Path path) {
        try {
            int mode = (Integer) Files.getAttribute(path, "unix:mode");
            return (mode & 0170000) == 0010000;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return false;
        }
    }

    private static void closeQuietly(SeekableByteChannel ch) {
        try {
            ch.close();
        } catch (IOException e) {
            // nothing was read from it
        }
    }
}
