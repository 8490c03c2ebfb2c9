package org.w3id.dmkg.link;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.w3id.dmkg.DmkgException;

/**
 * A remote SPARQL endpoint asked politely: every request carries a descriptive User-Agent, waits
 * so that at most {@code rate} requests per second leave, and is bounded by a timeout; answers
 * are cached on disk, so asking the same query again costs no request. Not thread-safe: one
 * instance per run.
 */
public final class SparqlEndpoint {
    /**
     * How to reach an endpoint.
     *
     * @param url       the endpoint's query URL
     * @param userAgent the User-Agent header sent
     * @param rate      the most requests per second; zero or less for no limit
     * @param timeout   how long one request (connection and answer) may take
     * @param cacheDir  where answers are kept; null for no cache
     * @param refresh   ask the endpoint even when the cache has an answer (and update the cache)
     */
    public record Settings(String url, String userAgent, double rate, Duration timeout, Path cacheDir,
            boolean refresh) {
    }

    private final Settings settings;
    private final QueryCache cache;
    private final HttpClient http;
    private final long intervalNanos;
    private long lastRequest;
    private int requests;

    public SparqlEndpoint(Settings settings) {
        this.settings = settings;
        this.cache = settings.cacheDir() == null ? null : new QueryCache(settings.cacheDir());
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.intervalNanos = settings.rate() <= 0 ? 0 : (long) (1e9 / settings.rate());
    }

    public String url() {
        return settings.url();
    }

    /** The requests sent to the endpoint so far (cache hits not counted). */
    public int requests() {
        return requests;
    }

    /**
     * The answer to a SELECT query, from the cache or the endpoint.
     *
     * @throws DmkgException {@link DmkgException#REMOTE_FAILED} when the endpoint cannot be
     *                       reached, answers with an HTTP error or does not answer in time
     */
    public ResultSetRewindable select(String query) {
        if (cache != null && !settings.refresh()) {
            ResultSetRewindable cached = cache.get(settings.url(), query);
            if (cached != null) {
                return cached;
            }
        }
        ResultSetRewindable results = fetch(query);
        if (cache != null) {
            cache.put(settings.url(), query, results);
        }
        return results;
    }

    private ResultSetRewindable fetch(String text) {
        Query query = QueryFactory.create(text); // a malformed query is our bug, not the endpoint's
        pace();
        requests++;
        try (QueryExecution qe = QueryExecutionHTTP.service(settings.url()).query(query).httpClient(http)
                .httpHeader("User-Agent", settings.userAgent())
                .timeout(settings.timeout().toMillis(), TimeUnit.MILLISECONDS).build()) {
            return ResultSetFactory.makeRewindable(qe.execSelect());
        } catch (RuntimeException e) {
            throw new DmkgException(DmkgException.REMOTE_FAILED,
                    "endpoint " + settings.url() + ": " + reason(e, settings.timeout()), e);
        } finally {
            lastRequest = System.nanoTime();
        }
    }

    /** Sleeps until the rate limit allows the next request. */
    private void pace() {
        long wait = lastRequest == 0 ? 0 : lastRequest + intervalNanos - System.nanoTime();
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DmkgException(DmkgException.FAILURE, "interrupted");
            }
        }
    }

    /** What went wrong, in one short line: no answer in time, no connection, an HTTP status, else the message. */
    static String reason(Throwable e, Duration timeout) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpTimeoutException || t instanceof SocketTimeoutException) {
                return "no answer within " + timeout.toSeconds() + " s";
            }
            if (t instanceof ConnectException) {
                return "cannot connect" + (t.getMessage() == null ? "" : " (" + t.getMessage() + ")");
            }
            if (t instanceof UnknownHostException) {
                return "unknown host " + t.getMessage();
            }
        }
        if (e instanceof QueryExceptionHTTP q && q.getStatusCode() > 0) {
            String line = q.getStatusLine() != null ? q.getStatusLine() : q.getResponseMessage();
            return "HTTP " + q.getStatusCode() + (line == null ? "" : " " + firstLine(line));
        }
        return firstLine(e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
    }

    private static String firstLine(String s) {
        String line = s.lines().findFirst().orElse("").strip();
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
