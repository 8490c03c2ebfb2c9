package org.w3id.dmkg.server;

import java.time.Duration;
import java.util.List;

/**
 * How {@link DmkgServer} listens and what it allows.
 *
 * @param host            the address to bind; {@code 127.0.0.1} (loopback) unless another is asked for
 * @param port            the TCP port; 0 picks a free one ({@link DmkgServer#port()} tells which)
 * @param allowUpdate     whether SPARQL Update is offered at {@code /dmkg/update}
 * @param timeout         the longest a request may take, parsing included, before it is cancelled
 * @param maxRows         the most rows a SELECT query returns; an answer cut there is marked ({@link org.w3id.dmkg.store.RowCap})
 * @param maxRequestBytes the largest request body, and the longest query text, the server reads
 * @param services        the SPARQL endpoints a query may call with {@code SERVICE} (URL prefixes,
 *                        see {@link ServiceGuard}); none by default
 * @param corsOrigins     the web origins ({@code https://example.org}, or {@code *} for any) whose
 *                        pages may read the query endpoints; none by default
 */
public record ServerSettings(String host, int port, boolean allowUpdate, Duration timeout, long maxRows,
        long maxRequestBytes, List<String> services, List<String> corsOrigins) {
    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_MAX_ROWS = 10_000;
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1_048_576;

    /** @throws IllegalArgumentException for a value out of range, a malformed endpoint URL or origin */
    public ServerSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must be given");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be positive: " + maxRows);
        }
        if (maxRequestBytes < 1) {
            throw new IllegalArgumentException("maxRequestBytes must be positive: " + maxRequestBytes);
        }
        services = List.copyOf(services);
        corsOrigins = List.copyOf(corsOrigins);
        services.forEach(ServiceGuard::checkEndpoint);
        corsOrigins.forEach(CorsFilter::checkOrigin);
    }

    /** Loopback, port 3030, read-only, 30 s timeout, 10000 rows, 1 MiB requests, no SERVICE, no CORS. */
    public static ServerSettings defaults() {
        return new ServerSettings(LOOPBACK, DEFAULT_PORT, false, DEFAULT_TIMEOUT, DEFAULT_MAX_ROWS,
                DEFAULT_MAX_REQUEST_BYTES, List.of(), List.of());
    }

    public ServerSettings withPort(int newPort) {
        return new ServerSettings(host, newPort, allowUpdate, timeout, maxRows, maxRequestBytes, services, corsOrigins);
    }

    public ServerSettings withAllowUpdate(boolean allow) {
        return new ServerSettings(host, port, allow, timeout, maxRows, maxRequestBytes, services, corsOrigins);
    }

    public ServerSettings withTimeout(Duration newTimeout) {
        return new ServerSettings(host, port, allowUpdate, newTimeout, maxRows, maxRequestBytes, services, corsOrigins);
    }

    public ServerSettings withMaxRows(long newMaxRows) {
        return new ServerSettings(host, port, allowUpdate, timeout, newMaxRows, maxRequestBytes, services, corsOrigins);
    }

    public ServerSettings withMaxRequestBytes(long bytes) {
        return new ServerSettings(host, port, allowUpdate, timeout, maxRows, bytes, services, corsOrigins);
    }

    public ServerSettings withServices(List<String> endpoints) {
        return new ServerSettings(host, port, allowUpdate, timeout, maxRows, maxRequestBytes, endpoints, corsOrigins);
    }

    public ServerSettings withCorsOrigins(List<String> origins) {
        return new ServerSettings(host, port, allowUpdate, timeout, maxRows, maxRequestBytes, services, origins);
    }
}
