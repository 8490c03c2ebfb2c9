package org.w3id.dmkg.text;

import java.io.IOException;
import java.io.InputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Tells the records of a web archive that hold a news page (an HTTP 200 response with an HTML payload)
 * from the others, and reads the page as the server meant it. Stateless and thread-safe.
 */
final class HtmlResponses {
    private HtmlResponses() {
    }

    /**
     * The HTML page {@code record} holds, at most one byte more than an article may have, or {@code null}
     * after counting in {@code skipped} why it holds none.
     */
    static byte[] page(WarcRecord record, SkippedRecords skipped) throws IOException {
        if (!(record instanceof WarcResponse response)) {
            skipped.add(record.type());
            return null;
        }
        HttpResponse http = response.http();
        if (http.status() != 200) {
            skipped.add(SkippedRecords.NOT_200);
            return null;
        }
        if (!html(http.contentType())) {
            skipped.add(SkippedRecords.NOT_HTML);
            return null;
        }
        try (InputStream body = http.bodyDecoded().stream()) {
            // chunked transfer and gzip or deflate content encoding undone, as a browser would
            return body.readNBytes(ArticleSource.MAX_ARTICLE_BYTES + 1);
        }
    }

    private static boolean html(MediaType type) {
        String base = type.base().toString();
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }
}
