package org.w3id.dmkg.text;

import java.util.Locale;
import java.util.Optional;

/** The article formats dmkg reads, recognised by file-name extension. */
public enum InputFormat {
    /** Plain text, optionally with {@code url:} and {@code  date} header lines. */
    TEXT,
    /** An HTML page; the article is extracted from it. */
    HTML,
    /** JSON Lines: one article object per line. */
    JSONL;

    /**
     * The format a file name announces, if any: {@code .txt}, {@code .html}/{@code .htm}, {@code .jsonl}.
     * Used inside directories, where only these files are read.
     */
    public static Optional<InputFormat> fromExtension(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            return Optional.of(TEXT);
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Optional.of(HTML);
        }
        if (name.endsWith(".jsonl")) {
            return Optional.of(JSONL);
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
}
