package org.w3id.dmkg.server;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * A tiny web server on a free loopback port, standing for whatever a server must not reach on a
 * client's behalf (an intranet page, a local admin interface) or for a SPARQL endpoint. Counts the
 * requests it receives.
 */
final class LocalWebServer implements AutoCloseable {
    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    LocalWebServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.start();
    }

    /** Answers GET and POST of {@code path} (and below) with {@code status}, {@code type} and {@code body}. */
    LocalWebServer serve(String path, int status, String type, String body) {
        return answer(path, status, "Content-Type", type, body);
    }

    /** Redirects {@code path} (and below) to {@code location} with 302. */
    LocalWebServer redirect(String path, String location) {
        return answer(path, 302, "Location", location, "");
    }

    private LocalWebServer answer(String path, int status, String header, String value, String body) {
        server.createContext(path, exchange -> {
            requests.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set(header, value);
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        return this;
    }

    /** The URL of {@code path}, as {@code http://127.0.0.1:PORT/path}. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    int port() {
        return server.getAddress().getPort();
    }

    int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
