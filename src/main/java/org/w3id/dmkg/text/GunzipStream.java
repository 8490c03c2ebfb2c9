package org.w3id.dmkg.text;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Decompresses a gzip input as it is read, never holding it whole, and turns the JDK's terse failures
 * ("Unexpected end of ZLIB input stream", "invalid stored block lengths") into one clear
 * {@link CorruptInputException} that says how far the text got. Several concatenated gzip members
 * are read as one stream. Not thread-safe.
 */
public final class GunzipStream extends FilterInputStream {
    private static final int BUFFER = 64 * 1024;

    private long delivered;
    private CorruptInputException failure;

    private GunzipStream(InputStream in) {
        super(in);
    }

    /** A stream of the text {@code compressed} holds; fails at once if it is not gzip at all. */
    public static InputStream open(InputStream compressed) throws IOException {
        try {
            return new GunzipStream(new GZIPInputStream(compressed, BUFFER));
        } catch (EOFException e) {
            throw new CorruptInputException("truncated gzip data (ends in its header)", e);
        } catch (ZipException e) {
            throw new CorruptInputException("not gzip data, though named .gz", e);
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (failure != null) {
            throw failure; // a reader that resets to its mark and reads on meets the same end
        }
        try {
            int n = super.read(b, off, len);
            delivered += Math.max(n, 0);
            return n;
        } catch (EOFException e) {
            failure = new CorruptInputException(String.format(Locale.ROOT,
                    "truncated gzip data (ends after %,d bytes of text)", delivered), e);
        } catch (ZipException e) {
            failure = new CorruptInputException(String.format(Locale.ROOT,
                    "corrupt gzip data after %,d bytes of text: %s", delivered, e.getMessage()), e);
        }
        throw failure;
    }

    /**
     * Never promises more: the JDK's answer (1 until the end) makes a buffering reader ask again and
     * again to fill its buffer, so a truncated file's failure would swallow the text read just before.
     */
    @Override
    public int available() {
        return 0;
    }

    @Override
    public long skip(long n) throws IOException {
        int len = (int) Math.min(Math.max(n, 0), BUFFER);
        return Math.max(0, read(new byte[len], 0, len));
    }
}
