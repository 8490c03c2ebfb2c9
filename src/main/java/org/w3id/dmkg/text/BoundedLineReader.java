package org.w3id.dmkg.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads UTF-8 lines from a stream without ever holding more than a cap of one line in memory:
 * the rest of an over-long line is read and discarded, and the line is flagged. Not thread-safe.
 */
final class BoundedLineReader {
    /** One line: its 1-based number, its text (up to the cap), and whether it was cut. */
    record Line(int number, String text, boolean overLong) {
    }

    private final InputStream in;
    private final int maxBytes;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    // read in chunks: byte by byte, a gigabyte-long line took half a minute to skip
    private final byte[] chunk = new byte[64 * 1024];
    private int pos;
    private int limit;
    private int number;
    private boolean eof;

    /**
     * @param in       the stream, read in chunks of 64 KB; it need not be buffered
     * @param maxBytes the largest line kept, in bytes
     */
    BoundedLineReader(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line without its terminator ({@code \n} or {@code \r\n}), or {@code null} at the end. */
    Line next() throws IOException {
        if (eof) {
            return null;
        }
        buffer.reset();
        boolean overLong = false;
        boolean newline = false;
        while (!newline) {
            if (pos == limit && !fill()) {
                break;
            }
            int end = pos;
            while (end < limit && chunk[end] != '\n') {
                end++;
            }
            int keep = Math.min(end - pos, maxBytes - buffer.size());
            buffer.write(chunk, pos, keep);
            overLong |= keep < end - pos;
            newline = end < limit;
            pos = newline ? end + 1 : end;
        }
        if (!newline) {
            eof = true;
            if (buffer.size() == 0 && !overLong) {
                return null;
            }
        }
        byte[] bytes = buffer.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        int start = number == 0 && length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        number++;
        return new Line(number, new String(bytes, start, length - start, StandardCharsets.UTF_8), overLong);
    }

    /** Reads the next chunk; {@code false} at the end of the stream. */
    private boolean fill() throws IOException {
        int n = in.read(chunk);
        while (n == 0) {
            n = in.read(chunk);
        }
        pos = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }
}
