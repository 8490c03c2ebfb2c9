package org.w3id.dmkg.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;

/**
 * Finds where the next record of a web archive starts after a damaged one, so that one bad record does
 * not cost the rest of the file: in a file gzipped record by record, at the next gzip member header;
 * in an uncompressed one, at the next {@code WARC/} version line. A false match (those bytes inside a
 * payload) only gives another damaged record, which is searched past in turn. Stateless.
 */
final class RecordStarts {
    private static final byte[] GZIP = {0x1f, (byte) 0x8b, 0x08};
    private static final byte[] WARC = "\nWARC/1.".getBytes(StandardCharsets.US_ASCII);
    private static final int CHUNK = 64 * 1024;

    private RecordStarts() {
    }

    /** The offset of the next record start after {@code from}, or -1 when there is none. */
    static long after(SeekableByteChannel file, long from, boolean gzip) throws IOException {
        byte[] magic = gzip ? GZIP : WARC;
        int skip = gzip ? 0 : 1; // the record starts after the line break
        ByteBuffer buf = ByteBuffer.allocate(CHUNK + magic.length);
        long base = from + 1;
        while (base < file.size()) {
            file.position(base);
            buf.clear();
            while (buf.hasRemaining() && file.read(buf) > 0) {
                // fill the window
            }
            int n = buf.position();
            for (int i = 0; i + magic.length <= n; i++) {
                if (matches(buf.array(), i, magic)) {
                    return base + i + skip;
                }
            }
            if (n < buf.capacity()) {
                return -1;
            }
            base += CHUNK; // the window overlaps the next by the magic's length
        }
        return -1;
    }

    private static boolean matches(byte[] a, int at, byte[] magic) {
        for (int j = 0; j < magic.length; j++) {
            if (a[at + j] != magic[j]) {
                return false;
            }
        }
        return true;
    }
}
