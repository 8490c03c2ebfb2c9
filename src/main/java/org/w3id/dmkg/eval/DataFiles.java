package org.w3id.dmkg.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the evaluation's data files from the classpath: one entry a line, {@code #} comments and blank lines left out. */
final class DataFiles {
    private DataFiles() {
    }

    /** The non-blank, non-comment lines of the resource {@code name} next to this class. */
    static List<String> lines(String name) {
        try (InputStream in = DataFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole text of the resource {@code name} next to this class. */
    static String text(String name) {
        return String.join("\n", lines(name)) + "\n";
    }
}
