package org.w3id.dmkg.text;

import java.util.Locale;
import java.util.Optional;

/**
 * The article formats dmkg reads, recognised by file-name extension. Any of them may be compressed
 * with gzip ({@code .jsonl.gz}, {@code .html.gz}, {@code .warc.gz}): {@link #gzipped} says so, and the
 * name without {@code .gz} gives the format.
 */
public enum InputFormat {
    /** Plain text, optionally with {@code url:} and {@code  date} header lines. */
    TEXT,
    /** An HTML page; the article is extracted from it. */
    HTML,
    /** JSON Lines: one article object per line. */
    JSONL,
    /** A web archive (WARC or ARC): one article per HTML response record. */
    WARC;

    /**
     * The format a file name announces, if any: {@code .txt}, {@code .html}/{@code .htm}, {@code .jsonl},
     * {@code .warc}/{@code .arc}, each also with {@code .gz}. Used inside directories, where only these
     * files are read.
     */
    public static Optional<InputFormat> fromExtension(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (gzipped(name)) {
            name = name.substring(0, name.length() - ".gz".length());
        }
        if (name.endsWith(".txt")) {
            return Optional.of(TEXT);
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Optional.of(HTML);
        }
        if (name.endsWith(".jsonl")) {
            return Optional.of(JSONL);
        }
        if (name.endsWith(".warc") || name.endsWith(".arc")) {
            return Optional.of(WARC);
        }
        return Optional.empty();
    }

    /**
     * The format of a file the user named explicitly: as {@link #fromExtension}, else text,
     * because naming a file is a clear request to read it whatever it is called.
     */
    public static InputFormat forNamedFile(String fileName) {
        return fromExtension(fileName).orElse(TEXT);
    }

    /** Whether the file name says gzip ({@code .gz}). */
    public static boolean gzipped(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".gz");
    }
}
