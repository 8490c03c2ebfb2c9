package org.w3id.dmkg.server.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.QueryCancelledException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.dmkg.DmkgException;

/**
 * The data of the web app's pages, as JSON: {@code GET /api/PAGE} and {@code GET /api/PAGE/KEY} for
 * the pages about one entity ({@link PageData}); {@code GET /api/queries} the named queries with their
 * text, for the SPARQL page. An answer holds, for each section, its rows (variable to value, all
 * strings) and whether they were cut, and the milliseconds the queries took (also in the header
 * {@code Server-Timing}). A bad value answers 400, an unknown page 404, a query past the time limit
 * 503, each with {@code {"error": "..."}}. Read-only: GET only. Thread-safe.
 */
final class ApiServlet extends HttpServlet {
    private static final JsonFactory JSON = new JsonFactory();
    private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);

    private final PageData pages;
    private final AppQueries queries;

    ApiServlet(AppQueries queries, boolean readOnly, BusyPeople busy) {
        this.queries = queries;
        this.pages = new PageData(queries, readOnly, busy);
    }

    /**
     * Computes and keeps the home page's answers and the busiest people's pages ({@link PageData#prepare},
     * {@link WebApp#prepare}), until {@code stop} says so. A failure is logged and left for a request to
     * meet again.
     */
    void prepare(BooleanSupplier stop) {
        try {
            long start = System.nanoTime();
            List<String> people = pages.prepare(stop);
            LOG.debug("home page and the pages of {} people prepared in {} ms", people.size(),
                    (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.debug("page answers not all prepared: {}", e.toString());
        }
    }

    /** Whether the home page's answers for the default confidence are computed and kept. */
    boolean homePrepared() {
        return pages.homeKept();
    }

    /** Whether the page of person {@code key} for the minimum confidence {@code confidence} ("" for any) is kept. */
    boolean personPrepared(String key, String confidence) {
        return pages.personKept(key, confidence);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        String[] parts = path.replaceFirst("^/", "").split("/", -1);
        String page = parts[0];
        if (page.equals("queries") && parts.length == 1) {
            send(resp, 200, queryList());
            return;
        }
        boolean entityPage = PageData.ENTITY_PAGES.contains(page);
        if (!PageData.PAGES.contains(page) || parts.length != (entityPage ? 2 : 1)) {
            send(resp, 404, error("no such data: " + path + " (pages: /api/home, /api/search?q=, /api/person/KEY, "
                    + "/api/meeting/KEY, /api/country/KEY, /api/organization/KEY, /api/network, /api/anniversaries?year=)"));
            return;
        }
        Map<String, String> request = new LinkedHashMap<>();
        req.getParameterMap().forEach((k, v) -> request.put(k, v[0]));
        long start = System.nanoTime();
        try {
            Map<String, AppQueries.Section> sections = pages.sections(page, entityPage ? parts[1] : null, request);
            double ms = (System.nanoTime() - start) / 1e6;
            resp.setHeader("Server-Timing", String.format(java.util.Locale.ROOT, "db;dur=%.1f", ms));
            send(resp, 200, body(page, ms, sections));
        } catch (DmkgException e) {
            send(resp, e.exitCode() == DmkgException.USAGE ? 400 : 500, error(e.getMessage()));
        } catch (QueryCancelledException e) {
            send(resp, 503, error(page + ": the store took longer than the time limit; narrow the request"));
        }
    }

    /** The JSON answer of page {@code page} whose data took {@code ms} milliseconds. */
    static byte[] body(String page, double ms, Map<String, AppQueries.Section> sections) {
        return json(g -> {
            g.writeStartObject();
            g.writeStringField("page", page);
            g.writeNumberField("ms", Math.round(ms * 10) / 10.0);
            g.writeObjectFieldStart("sections");
            for (Map.Entry<String, AppQueries.Section> s : sections.entrySet()) {
                g.writeObjectFieldStart(s.getKey());
                g.writeBooleanField("truncated", s.getValue().truncated());
                g.writeNumberField("ms", Math.round(s.getValue().ms() * 10) / 10.0);
                g.writeArrayFieldStart("rows");
                for (Map<String, String> row : s.getValue().rows()) {
                    g.writeStartObject();
                    for (Map.Entry<String, String> v : row.entrySet()) {
                        g.writeStringField(v.getKey(), v.getValue());
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    private byte[] queryList() {
        return json(g -> {
            g.writeStartArray();
            for (String name : queries.names()) {
                g.writeStartObject();
                g.writeStringField("name", name);
                g.writeStringField("title", queries.title(name));
                g.writeStringField("text", queries.text(name));
                g.writeEndObject();
            }
            g.writeEndArray();
        });
    }

    static byte[] error(String message) {
        return json(g -> {
            g.writeStartObject();
            g.writeStringField("error", message);
            g.writeEndObject();
        });
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static byte[] json(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void send(HttpServletResponse resp, int status, byte[] body) throws IOException {
        AppHeaders.apply(resp);
        resp.setStatus(status);
        resp.setContentType("application/json; charset=utf-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
