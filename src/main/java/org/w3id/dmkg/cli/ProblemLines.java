package org.w3id.dmkg.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.w3id.dmkg.rdf.ControlEscapes;

/**
 * Prints problem messages on stderr, at most {@link #SHOWN} of each kind, and at the end one line per
 * kind saying how many more there were: a JSONL file of a million malformed lines gives a few lines
 * and a count, not a million lines. A kind is the message's prefix and its text up to the first
 * detail ({@code malformed JSON}, {@code unreadable date}, {@code not English}). Not thread-safe.
 */
final class ProblemLines {
    /** Messages shown of each kind before the rest are only counted. */
    static final int SHOWN = 5;

    private final PrintWriter err;
    private final Runnable beforeLine;
    private final Map<String, Long> counts = new LinkedHashMap<>();

    /**
     * @param err        where lines go
     * @param beforeLine run before each printed line (to clear a progress line)
     */
    ProblemLines(PrintWriter err, Runnable beforeLine) {
        this.err = err;
        this.beforeLine = beforeLine;
    }

    /**
     * Prints {@code prefix + what + detail}, or only counts it when {@link #SHOWN} of the same prefix and
     * {@code what} were printed.
     *
     * @param prefix the line's start, {@code "dmkg: "} or {@code "dmkg: warning: "}
     * @param where  the input the message concerns ({@code a.jsonl:17: })
     * @param what   the message, whose text up to its first detail names its kind
     */
    void report(String prefix, String where, String what) {
        String key = prefix + "\u0000" + kind(what);
        long n = counts.merge(key, 1L, Long::sum);
        if (n <= SHOWN) {
            beforeLine.run();
            err.println(prefix + ControlEscapes.escape(where + what).replace('\n', ' '));
        }
    }

    /** Prints, for each kind with more than {@link #SHOWN} messages, how many were not shown. */
    void finish() {
        counts.forEach((key, n) -> {
            if (n > SHOWN) {
                int cut = key.indexOf('\u0000');
                beforeLine.run();
                err.println(key.substring(0, cut) + (n - SHOWN) + " more lines like this ("
                        + ControlEscapes.escape(key.substring(cut + 1)) + ") not shown");
            }
        });
        counts.clear();
    }

    /** A message's kind: its text up to the first ':', '(', '"' or digit, e.g. {@code malformed JSON}. */
    static String kind(String message) {
        int end = message.length();
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c == ':' || c == '(' || c == '"' || Character.isDigit(c)) {
                end = i;
                break;
            }
        }
        String k = message.substring(0, end).strip();
        return k.isEmpty() ? message : k;
    }
}
