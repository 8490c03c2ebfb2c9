package org.w3id.dmkg.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.util.Context;
import org.w3id.dmkg.DmkgException;
import org.w3id.dmkg.store.DmkgStore;
import org.w3id.dmkg.store.Format;
import org.w3id.dmkg.store.NamedQueries;
import org.w3id.dmkg.store.QueryInfo;
import org.w3id.dmkg.store.QueryRunner;
import org.w3id.dmkg.store.RowCap;

/**
 * Serves the named queries: {@code GET /queries} lists them (JSON: name, title, description,
 * parameters); {@code GET /queries/NAME?param=value} runs one, each request parameter bound as a
 * literal by {@link QueryRunner} (never spliced into the text), answering in the format
 * {@link Negotiation} picks. A name that is not a plain name answers 400, an unknown one 404, an
 * undeclared parameter or a format that does not suit the query 400, a query over the time limit
 * 503. SELECT answers are capped at the server's row limit, a cut one marked by the header
 * {@value CappedQueryProcessor#TRUNCATED}, as on the SPARQL endpoint. A query calls with SERVICE only the
 * endpoints the server allows ({@link ServiceGuard}): another is 400, a failed call 502. Thread-safe.
 */
final class NamedQueryServlet extends HttpServlet {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");
    private static final String FORMAT_PARAM = "format";

    private final NamedQueries queries = new NamedQueries();
    private final Map<String, QueryInfo> infos;
    private final QueryRunner runner;
    private final ServerSettings settings;

    NamedQueryServlet(DmkgStore store, ServerSettings settings) {
        Context cxt = new Context();
        ServiceGuard.install(cxt, settings.services(), settings.timeout());
        this.runner = new QueryRunner(store, settings.timeout(), cxt);
        this.settings = settings;
        this.infos = queries.names().stream()
                .collect(Collectors.toMap(n -> n, queries::info, (a, b) -> a, LinkedHashMap::new));
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null || path.equals("/")) {
            send(resp, 200, "application/json; charset=utf-8", QueryListing.json(infos.values()));
            return;
        }
        String name = path.substring(1);
        if (!NAME.matcher(name).matches()) {
            sendText(resp, 400, "bad query name: a name has only letters, digits, '-' and '_'");
            return;
        }
        QueryInfo info = infos.get(name);
        if (info == null) {
            sendText(resp, 404, "no such query: " + name + " (see /queries)");
            return;
        }
        try {
            Map<String, String> params = params(req, info);
            Query query = queries.load(name);
            boolean graph = query.isConstructType() || query.isDescribeType();
            Format format = Negotiation.choose(req.getParameter(FORMAT_PARAM), req.getHeader("Accept"), graph);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RowCap cap = new RowCap(settings.maxRows());
            if (runner.run(query, params, format, out, cap)) {
                resp.setHeader(CappedQueryProcessor.TRUNCATED, CappedQueryProcessor.truncated(cap));
            }
            send(resp, 200, Negotiation.contentType(format), out.toByteArray());
        } catch (DmkgException e) {
            sendText(resp, e.exitCode() == DmkgException.USAGE ? 400 : 500, e.getMessage());
        } catch (QueryCancelledException e) {
            sendText(resp, 503, "query " + name + ": cancelled after the time limit of "
                    + settings.timeout().toSeconds() + " s");
        } catch (Refusal e) {
            sendText(resp, 400, "query " + name + ": " + e.getMessage());
        } catch (QueryExceptionHTTP e) {
            sendText(resp, 502, "query " + name + ": " + e.getMessage());
        }
    }

    /** The request's parameters but {@code format}, checked by the query ({@link QueryInfo#check}). */
    private static Map<String, String> params(HttpServletRequest req, QueryInfo info) {
        Map<String, List<String>> given = new LinkedHashMap<>();
        req.getParameterMap().forEach((key, values) -> {
            if (!key.equals(FORMAT_PARAM)) {
                given.put(key, List.of(values));
            }
        });
        return info.check(given);
    }

    private static void sendText(HttpServletResponse resp, int status, String message) throws IOException {
        send(resp, status, "text/plain; charset=utf-8", (message + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static void send(HttpServletResponse resp, int status, String type, byte[] body) throws IOException {
        resp.setStatus(status);
        resp.setContentType(type);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
