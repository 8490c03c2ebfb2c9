package org.w3id.dmkg.server.app;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The pages of the web app, each at a stable address: {@code /}, {@code /person/KEY},
 * {@code /meeting/KEY}, {@code /country/KEY}, {@code /organization/KEY}, {@code /network},
 * {@code /anniversaries} and {@code /sparql} (filters in the query string), all served as the one
 * page whose script reads the address and fetches the data from {@code /api}; and the files under
 * {@code /static/} ({@link Assets}). Another path answers 404. Read-only: GET only. Thread-safe.
 */
final class PageServlet extends HttpServlet {
    private static final Pattern ROUTE = Pattern.compile(
            "/|/(person|meeting|country|organization)/[A-Za-z0-9][A-Za-z0-9._-]{0,200}|/network|/anniversaries|/sparql");
    private static final String STATIC = "/static/";

    private final Assets assets = new Assets();

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        AppHeaders.apply(resp);
        if (path.startsWith(STATIC)) {
            Assets.Asset asset = assets.asset(path.substring(STATIC.length()));
            if (asset != null) {
                // the files change only with the jar
                resp.setHeader("Cache-Control", "public, max-age=3600");
                send(resp, 200, asset.type(), assets.bytes(asset));
                return;
            }
        } else if (ROUTE.matcher(path).matches()) {
            resp.setHeader("Cache-Control", "no-cache");
            send(resp, 200, "text/html; charset=utf-8", assets.page());
            return;
        }
        send(resp, 404, "text/plain; charset=utf-8",
                ("no such page: the web app starts at /\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static void send(HttpServletResponse resp, int status, String type, byte[] body) throws IOException {
        resp.setStatus(status);
        resp.setContentType(type);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
