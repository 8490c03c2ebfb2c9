package org.w3id.dmkg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.w3id.dmkg.DmkgException;

/**
 * A table mined from background news and shipped on the classpath beside the models, read once on first
 * use: the empty table when dmkg was built without it, a one-line error when it cannot be read. Thread-safe.
 *
 * @param <T> what the table is read into
 */
final class ShippedTable<T> {
    /** Reads a table from its bytes. */
    interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private final String resource;
    private final Reader<T> reader;
    private final Supplier<T> empty;
    private volatile T value;

    ShippedTable(String resource, Reader<T> reader, Supplier<T> empty) {
        this.resource = resource;
        this.reader = reader;
        this.empty = empty;
    }

    T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    try (InputStream in = ShippedTable.class.getResourceAsStream(resource)) {
                        v = in == null ? empty.get() : reader.read(in);
                    } catch (IOException e) {
                        throw new DmkgException(DmkgException.FAILURE, "table " + resource + ": " + e.getMessage(), e);
                    }
                    value = v;
                }
            }
        }
        return v;
    }

    /** The rows of a table in UTF-8: its non-blank lines not starting with #, split at tabs. */
    static List<String[]> rows(InputStream in) throws IOException {
        List<String[]> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (!line.isBlank() && !line.startsWith("#")) {
                out.add(line.split("\t"));
            }
        }
        return out;
    }
}
