package org.w3id.dmkg.server;

import java.io.IOException;
import java.io.InputStream;

import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.web.HttpSC;
import org.eclipse.jetty.http.HttpException;

/**
 * Reads a request body within the server's size limit, whether or not the client announced its
 * length: a longer one answers 413 (Jetty's size limit may have stopped the body already). Stateless.
 */
final class RequestBody {
    private RequestBody() {
    }

    /** The body, at most {@code max} bytes; otherwise answers 413, or 400 when it cannot be read. */
    static byte[] read(InputStream in, long max) {
        byte[] bytes = null;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, max + 1));
        } catch (IOException | RuntimeException e) { // Jetty's limit throws BadMessageException, unchecked
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof HttpException h && h.getCode() == HttpSC.PAYLOAD_TOO_LARGE_413) {
                    tooLarge(max);
                }
            }
            ServletOps.errorBadRequest("cannot read the request body (" + e.getClass().getSimpleName() + ")");
        }
        if (bytes.length > max) {
            tooLarge(max);
        }
        return bytes;
    }

    /** Answers 413. */
    static void tooLarge(long max) {
        ServletOps.error(HttpSC.PAYLOAD_TOO_LARGE_413, "request larger than this server's limit of " + max + " bytes");
    }
}
