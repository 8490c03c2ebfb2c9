package org.w3id.dmkg.server;

import java.time.Duration;

/**
 * How {@link DmkgServer} listens and what it allows.
 *
 * @param host        the address to bind; {@code 127.0.0.1} (loopback) unless another is asked for
 * @param port        the TCP port; 0 picks a free one ({@link DmkgServer#port()} tells which)
 * @param allowUpdate whether SPARQL Update is offered at {@code /dmkg/update}
 * @param timeout     the longest a query may run before it is cancelled
 * @param maxRows     the most rows a SELECT query returns; a larger or missing LIMIT is lowered to it
 */
public record ServerSettings(String host, int port, boolean allowUpdate, Duration timeout, long maxRows) {
    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_MAX_ROWS = 10_000;

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
    }

    /** Loopback, port 3030, read-only, 30 s timeout, 10000 rows. */
    public static ServerSettings defaults() {
        return new ServerSettings(LOOPBACK, DEFAULT_PORT, false, DEFAULT_TIMEOUT, DEFAULT_MAX_ROWS);
    }

    public ServerSettings withPort(int newPort) {
        return new ServerSettings(host, newPort, allowUpdate, timeout, maxRows);
    }

    public ServerSettings withAllowUpdate(boolean allow) {
        return new ServerSettings(host, port, allow, timeout, maxRows);
    }

    public ServerSettings withTimeout(Duration newTimeout) {
        return new ServerSettings(host, port, allowUpdate, newTimeout, maxRows);
    }

    public ServerSettings withMaxRows(long newMaxRows) {
        return new ServerSettings(host, port, allowUpdate, timeout, newMaxRows);
    }
}
