package org.w3id.dmkg.spark;

import java.io.Serializable;
import org.w3id.dmkg.text.InputFormat;

/**
 * One input record before extraction: the whole content of a text or HTML file, or one line of a
 * JSON Lines file, as raw bytes; or the reason it could not be read at all. Immutable once made (the
 * array is not copied and must not be changed).
 *
 * @param origin  where it came from: the file's URI, or {@code URI@OFFSET} for a JSON line
 * @param format  how to read it
 * @param content the bytes read, at most one more than the size limit, or {@code null} with a problem
 * @param problem why nothing could be read, or {@code null}
 */
record RawArticle(String origin, InputFormat format, byte[] content, String problem) implements Serializable {
    static RawArticle read(String origin, InputFormat format, byte[] content) {
        return new RawArticle(origin, format, content, null);
    }

    static RawArticle unreadable(String origin, InputFormat format, String problem) {
        return new RawArticle(origin, format, null, problem);
    }
}
