package org.w3id.dmkg.server;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Cross-origin access for web pages of the allowed origins, to the read-only paths only: the
 * query endpoint, the graph store (read), the named queries and the health check. A request from
 * another origin, or to any other path (the update endpoint above all), gets no CORS header, so
 * a browser keeps its page from reading the answer and refuses to send it a non-simple request.
 * Credentials are never allowed. Immutable, thread-safe.
 */
final class CorsFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final String ANY = "*";
    private static final Set<String> READ_PATHS = Set.of(DmkgServer.DATASET + "/sparql", DmkgServer.DATASET + "/get",
            "/queries", "/$/ping");

    private final List<String> origins;

    CorsFilter(List<String> origins) {
        this.origins = origins.stream().map(CorsFilter::checkOrigin).toList();
    }

    /**
     * The origin, checked and lower-cased: {@code *}, or {@code http(s)://host[:port]} with nothing after.
     *
     * @throws IllegalArgumentException otherwise
     */
    static String checkOrigin(String origin) {
        if (origin.equals(ANY)) {
            return origin;
        }
        try {
            URI uri = new URI(origin);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getRawUserInfo() == null
                    && uri.getRawPath().isEmpty() && uri.getRawQuery() == null && uri.getRawFragment() == null) {
                return origin.toLowerCase(Locale.ROOT);
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new IllegalArgumentException("not a web origin (scheme://host[:port], or *): " + origin);
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String origin = req.getHeader("Origin");
        if (origin != null && readPath(req.getRequestURI()) && allowed(origin)) {
            resp.setHeader("Access-Control-Allow-Origin", origins.contains(ANY) ? ANY : origin);
            resp.addHeader("Vary", "Origin");
            // without this, a page could not see that an answer was cut at the row cap
            resp.setHeader("Access-Control-Expose-Headers", CappedQueryProcessor.TRUNCATED);
            if (req.getMethod().equals("OPTIONS") && req.getHeader("Access-Control-Request-Method") != null) {
                resp.setHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
                resp.setHeader("Access-Control-Allow-Headers", "Accept, Content-Type");
                resp.setHeader("Access-Control-Max-Age", "600");
                resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
                return;
            }
        }
        chain.doFilter(req, resp);
    }

    private boolean allowed(String origin) {
        return origins.contains(ANY) || origins.contains(origin.toLowerCase(Locale.ROOT));
    }

    private static boolean readPath(String path) {
        return READ_PATHS.contains(path) || path.startsWith("/queries/");
    }
}
