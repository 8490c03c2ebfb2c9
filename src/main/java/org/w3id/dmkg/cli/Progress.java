package org.w3id.dmkg.cli;

import java.io.PrintWriter;

/** Articles done and the rate, redrawn on one stderr line at most four times a second, only on a terminal. */
final class Progress {
    private final PrintWriter err;
    private final boolean terminal = System.console() != null;
    private final long start = System.nanoTime();
    private long lastDraw;
    private int done;
    private boolean drawn;

    Progress(PrintWriter err) {
        this.err = err;
    }

    void tick() {
        done++;
        long now = System.nanoTime();
        if (terminal && now - lastDraw > 250_000_000L) {
            lastDraw = now;
            double secs = (now - start) / 1e9;
            err.printf("\r%d articles, %.1f articles/s", done, done / Math.max(secs, 1e-3));
            err.flush();
            drawn = true;
        }
    }

    void clear() {
        if (drawn) {
            err.print("\r\033[K");
            err.flush();
            drawn = false;
        }
    }
}
