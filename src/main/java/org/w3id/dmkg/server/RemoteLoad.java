package org.w3id.dmkg.server;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.WebContent;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.modify.request.UpdateLoad;

/**
 * Carries out SPARQL {@code LOAD} for the update endpoint in place of ARQ, whose loader reads
 * {@code file:} URLs and follows redirects anywhere: the source and every redirect target must pass
 * {@link PublicAddress}, at most {@value #MAX_REDIRECTS} redirects are followed, and the whole
 * fetch must end within the server's time limit. A failure names the HTTP status or the line and
 * column of a syntax error, never what the remote server sent. Thread-safe.
 * <p>
 * Known limit: a host name is resolved once to check it and again to connect, so a name whose
 * answer changes in between (DNS rebinding) is not caught.
 */
final class RemoteLoad {
    static final int MAX_REDIRECTS = 5;
    /** Stops at the first error with its place, and logs nothing: the messages quote the document. */
    private static final ErrorHandler FAIL = new ErrorHandler() {
        @Override
        public void warning(String message, long line, long col) {
            // a warning does not stop the load
        }

        @Override
        public void error(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }
    };

    private final HttpClient http;
    private final Duration timeout;
    private final Function<String, URI> check;

    /** A loader that fetches only what {@link PublicAddress} allows. */
    RemoteLoad(Duration timeout) {
        this(timeout, url -> PublicAddress.check("LOAD", url));
    }

    /** A loader that fetches what {@code check} returns a URI for; it throws a {@link Refusal} for the rest. */
    RemoteLoad(Duration timeout, Function<String, URI> check) {
        this.timeout = timeout;
        this.check = check;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout).build();
    }

    /**
     * Loads the source of {@code load} into {@code dsg}, which must be in a write transaction.
     *
     * @throws Refusal               when the source or a redirect target may not be fetched
     * @throws QueryExceptionHTTP    (502) when the fetch fails or the document is not RDF, unless SILENT
     */
    void load(UpdateLoad load, DatasetGraph dsg) {
        long deadline = System.nanoTime() + timeout.toNanos();
        URI uri = check.apply(load.getSource());
        try {
            for (int hop = 0;; hop++) {
                HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(uri).timeout(timeout)
                        .header("Accept", WebContent.defaultRDFAcceptHeader).GET().build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                Optional<String> location = r.headers().firstValue("Location");
                if (r.statusCode() / 100 == 3 && location.isPresent() && hop < MAX_REDIRECTS) {
                    r.body().close();
                    uri = check.apply(uri.resolve(location.get()).toString());
                    continue;
                }
                try (InputStream body = new Deadline(r.body(), deadline)) {
                    if (r.statusCode() / 100 != 2) {
                        throw failure(load, "HTTP " + r.statusCode());
                    }
                    parse(load, uri, r.headers().firstValue("Content-Type").orElse(""), body, dsg);
                }
                return;
            }
        } catch (IOException e) {
            failOrIgnore(load, failure(load, "cannot fetch it (" + e.getClass().getSimpleName() + ")"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failOrIgnore(load, failure(load, "interrupted"));
        } catch (QueryExceptionHTTP e) {
            failOrIgnore(load, e);
        }
    }

    private static void parse(UpdateLoad load, URI uri, String contentType, InputStream body, DatasetGraph dsg) {
        Lang lang = RDFLanguages.contentTypeToLang(contentType.split(";")[0].strip());
        if (lang == null || lang == RDFLanguages.TEXT) {
            lang = RDFLanguages.pathnameToLang(uri.getPath() == null ? "" : uri.getPath());
        }
        if (lang == null) {
            throw failure(load, "not a known RDF format (Content-Type " + (contentType.isEmpty() ? "missing" : contentType) + ")");
        }
        StreamRDF dest = load.getDest() == null ? StreamRDFLib.dataset(dsg) : StreamRDFLib.graph(dsg.getGraph(load.getDest()));
        try {
            RDFParser.source(body).lang(lang).base(uri.toString()).errorHandler(FAIL).parse(dest);
        } catch (RiotParseException e) {
            throw failure(load, "not valid " + lang.getLabel() + " at line " + e.getLine() + ", column " + e.getCol());
        } catch (RiotException e) {
            throw failure(load, "not valid " + lang.getLabel());
        }
    }

    private static QueryExceptionHTTP failure(UpdateLoad load, String why) {
        return new QueryExceptionHTTP(502, "LOAD <" + load.getSource() + ">: " + why);
    }

    private static void failOrIgnore(UpdateLoad load, QueryExceptionHTTP e) {
        if (!load.isSilent()) {
            throw e;
        }
    }

    /** A stream that fails once its deadline has passed, so a slow server cannot hold the update. */
    private static final class Deadline extends FilterInputStream {
        private final long deadline;

        Deadline(InputStream in, long deadline) {
            super(in);
            this.deadline = deadline;
        }

        @Override
        public int read() throws IOException {
            checkTime();
            return super.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            checkTime();
            return super.read(b, off, len);
        }

        private void checkTime() throws IOException {
            if (System.nanoTime() > deadline) {
                throw new IOException("over the time limit");
            }
        }
    }
}
