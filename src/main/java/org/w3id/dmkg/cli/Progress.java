package org.w3id.dmkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.w3id.dmkg.text.InputFormat;

/**
 * Articles done, the rate and, when the inputs are plain files whose number is known, the time left;
 * redrawn on one stderr line at most four times a second, only when stderr is a terminal.
 */
final class Progress {
    private final PrintWriter err;
    private final boolean terminal = System.console() != null;
    private final long start = System.nanoTime();
    private final long total;
    private String unit = "articles";
    private long lastDraw;
    private int done;
    private boolean drawn;

    Progress(PrintWriter err, List<String> inputs) {
        this(err, System.console() != null ? countFiles(inputs) : -1);
    }

    /** Progress over a known number of items, or -1 when unknown. */
    Progress(PrintWriter err, long total) {
        this.err = err;
        this.total = total;
    }

    /** Names what is counted ("articles" by default). */
    Progress counting(String what) {
        this.unit = what;
        return this;
    }

    /** The number of article files the inputs hold, or -1 when unknown (stdin, JSONL, too many to count). */
    static long countFiles(List<String> inputs) {
        long n = 0;
        for (String input : inputs) {
            Path p = Path.of(input);
            if (input.equals("-") || input.endsWith(".jsonl")) {
                return -1;
            }
            try (Stream<Path> files = Files.walk(p)) {
                List<Path> all = files.filter(Files::isRegularFile).limit(1_000_000).toList();
                for (Path f : all) {
                    String name = f.getFileName().toString();
                    if (name.endsWith(".jsonl")) {
                        return -1;
                    }
                    n += InputFormat.fromExtension(name).isPresent() || f.equals(p) ? 1 : 0;
                }
            } catch (IOException | UncheckedIOException e) {
                return -1;
            }
        }
        return n;
    }

    void tick() {
        done++;
        long now = System.nanoTime();
        if (terminal && now - lastDraw > 250_000_000L) {
            lastDraw = now;
            double secs = (now - start) / 1e9;
            double rate = done / Math.max(secs, 1e-3);
            String left = total > done ? String.format(", about %s left", duration((total - done) / rate)) : "";
            err.printf("\r%d%s %s, %.1f/s%s", done, total > 0 ? " of " + total : "", unit, rate, left);
            err.flush();
            drawn = true;
        }
    }

    private static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format("%dh%02dm", s / 3600, s % 3600 / 60)
                : s >= 60 ? String.format("%dm%02ds", s / 60, s % 60) : s + "s";
    }

    void clear() {
        if (drawn) {
            err.print("\r\033[K");
            err.flush();
            drawn = false;
        }
    }
}
