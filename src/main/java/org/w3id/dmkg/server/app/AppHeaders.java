package org.w3id.dmkg.server.app;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every answer of the web app carries: scripts, styles, data and images only from the
 * server itself (no inline script, so text that slips into a page cannot run), no framing, no
 * sniffing of content types, no referrer sent to the sites the app links to.
 */
final class AppHeaders {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private AppHeaders() {
    }

    static void apply(HttpServletResponse resp) {
        resp.setHeader("Content-Security-Policy", CSP);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "no-referrer");
        resp.setHeader("X-Frame-Options", "DENY");
    }
}
