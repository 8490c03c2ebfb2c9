package org.w3id.dmkg.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Web archives and gzip files the tests write themselves: a crawl of two news pages among the records a
 * crawl also holds (a request, an image, a PDF, a 404, a revisit, metadata), and a cut-off last record.
 */
public final class WebArchives {
    /** Two English meeting reports, as their pages on a news site. */
    public static final String MEETING = "BEIJING, March 3 (Xinhua) -- Chinese President Xi Jinping met with Russian "
            + "President Vladimir Putin in Beijing on Monday. The two leaders discussed trade and the situation "
            + "in Europe, and agreed to meet again later this year.";
    public static final String TALKS = "MOSCOW, April 7 /TASS/. Russian Foreign Minister Sergei Lavrov held talks "
            + "with Indian External Affairs Minister Subrahmanyam Jaishankar in Moscow on Tuesday. They spoke "
            + "about energy, defence and the visit of the Indian prime minister.";
    public static final String FIRST_URL = "https://news.example/2025/03/03/xi-meets-putin.html";
    public static final String SECOND_URL = "https://wire.example/world/lavrov-jaishankar";
    /** The capture date of every record: the second page's publication date, as it gives none itself. */
    public static final Instant CAPTURED = Instant.parse("2025-04-08T09:30:00Z");

    private WebArchives() {
    }

    public static String page(String headline, String dateMeta, String story) {
        return "<html><head><title>" + headline + "</title>" + (dateMeta == null ? ""
                : "<meta property=\"article:published_time\" content=\"" + dateMeta + "\">")
                + "</head><body><nav><a href=\"/\">Home</a></nav><article><h1>" + headline + "</h1><p>" + story
                + "</p></article><footer>Contact us</footer></body></html>";
    }

    /**
     * Writes the crawl, gzipped record by record or not; {@code cutTail} bytes are cut off the end,
     * inside the last record (a third page).
     *
     * @return the offsets the records start at, in order
     */
    public static List<Long> crawl(Path file, boolean gzip, int cutTail) throws IOException {
        List<Long> offsets = new java.util.ArrayList<>();
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING),
                gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            offsets.add(w.position());
            w.write(new Warcinfo.Builder().date(CAPTURED).filename(file.getFileName().toString())
                    .fields(Map.of("software", List.of("test crawler"))).build());
            offsets.add(w.position());
            w.write(new WarcRequest.Builder(FIRST_URL).date(CAPTURED)
                    .body(new HttpRequest.Builder("GET", "/2025/03/03/xi-meets-putin.html").build()).build());
            offsets.add(w.position());
            w.write(response(FIRST_URL, 200, MediaType.HTML_UTF8,
                    page("Xi meets Putin", "2025-03-03T10:00:00+08:00", MEETING).getBytes(StandardCharsets.UTF_8)));
            offsets.add(w.position());
            w.write(new WarcResponse.Builder(SECOND_URL).date(CAPTURED)
                    .body(MediaType.HTTP_RESPONSE, chunkedGzip(page("Lavrov holds talks with Jaishankar", null, TALKS)))
                    .build());
            offsets.add(w.position());
            w.write(response("https://news.example/photo.jpg", 200, MediaType.parse("image/jpeg"),
                    new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2}));
            offsets.add(w.position());
            w.write(response("https://news.example/report.pdf", 200, MediaType.parse("application/pdf"),
                    "%PDF-1.4 not an article".getBytes(StandardCharsets.US_ASCII)));
            offsets.add(w.position());
            w.write(response("https://news.example/gone.html", 404, MediaType.HTML_UTF8,
                    page("Not found", null, MEETING).getBytes(StandardCharsets.UTF_8)));
            offsets.add(w.position());
            w.write(new WarcRevisit.Builder(FIRST_URL,
                    URI.create("http://netpreserve.org/warc/1.1/revisit/identical-payload-digest")).date(CAPTURED).build());
            offsets.add(w.position());
            w.write(new WarcMetadata.Builder().targetURI(FIRST_URL).date(CAPTURED)
                    .fields(Map.of("outlinks", List.of(SECOND_URL))).build());
            offsets.add(w.position());
            w.write(response("https://news.example/third.html", 200, MediaType.HTML_UTF8,
                    page("A third page", "2025-03-04", MEETING + " " + TALKS).getBytes(StandardCharsets.UTF_8)));
        }
        if (cutTail > 0) {
            byte[] all = Files.readAllBytes(file);
            Files.write(file, java.util.Arrays.copyOf(all, all.length - cutTail));
        }
        return offsets;
    }

    private static WarcResponse response(String url, int status, MediaType type, byte[] body) throws IOException {
        return new WarcResponse.Builder(url).date(CAPTURED)
                .body(new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found").body(type, body).build())
                .build();
    }

    /** An HTTP response as servers send it: gzip content encoding in chunked transfer encoding. */
    static byte[] chunkedGzip(String html) throws IOException {
        byte[] gz = gzip(html.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Encoding: gzip\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < gz.length; i += 100) {
            int n = Math.min(100, gz.length - i);
            out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(gz, i, n);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    public static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    /** An ARC file (version 1) of one news page, as older crawlers wrote them. */
    public static byte[] arc(String url, String html) {
        String http = "HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n" + html;
        String desc = "1 0 Test\nURL IP-address Archive-date Content-type Archive-length\n";
        String head = "filedesc://test.arc 0.0.0.0 20250303120000 text/plain " + bytes(desc) + "\n" + desc + "\n";
        String rec = url + " 93.184.216.34 20250303120000 text/html " + bytes(http) + "\n" + http + "\n";
        return (head + rec).getBytes(StandardCharsets.UTF_8);
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
