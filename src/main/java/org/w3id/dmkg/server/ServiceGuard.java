package org.w3id.dmkg.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;

/**
 * Lets a {@code SERVICE} clause call only the endpoints the server was told to allow: a call is
 * allowed when its URL has the scheme, host and port of an allowed URL and its path and query
 * start with that URL's (so {@code https://query.wikidata.org/sparql} allows
 * {@code https://query.wikidata.org/sparql?x=1} but not {@code https://query.wikidata.org.example/}).
 * Any other call is a {@link Refusal}. A call that fails is reported with its HTTP status only,
 * never with what the endpoint sent. Redirects are not followed. Immutable, thread-safe.
 */
final class ServiceGuard implements ChainingServiceExecutor {
    private final List<URI> allowed;

    private ServiceGuard(List<String> endpoints) {
        this.allowed = endpoints.stream().map(ServiceGuard::checkEndpoint).toList();
    }

    /** A guard allowing {@code endpoints}. */
    static ServiceGuard of(List<String> endpoints) {
        return new ServiceGuard(endpoints);
    }

    /** Makes queries run with {@code cxt} call only {@code endpoints}, each within {@code timeout}. */
    static void install(Context cxt, List<String> endpoints, Duration timeout) {
        ServiceExecutorRegistry registry = new ServiceExecutorRegistry();
        ServiceExecutorRegistry.initWithDefaults(registry);
        registry.addSingleLink(of(endpoints)); // first in the chain, before the HTTP call
        ServiceExecutorRegistry.set(cxt, registry);
        cxt.set(ARQ.httpServiceAllowed, !endpoints.isEmpty());
        if (!endpoints.isEmpty()) {
            cxt.set(ARQ.httpQueryTimeout, timeout.toMillis());
            cxt.set(ARQ.httpQueryClient, HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(timeout).build());
        }
    }

    /**
     * The endpoint URL, checked: absolute, http or https, with a host and no user name.
     *
     * @throws IllegalArgumentException otherwise
     */
    static URI checkEndpoint(String url) {
        URI uri = parse(url);
        if (uri == null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("not an http(s) endpoint URL: " + url);
        }
        return uri;
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService original, Binding binding,
            ExecutionContext execCxt, ServiceExecutor chain) {
        Node service = opExecute.getService();
        if (!service.isURI() || !allows(service.getURI())) {
            String name = service.isURI() ? "<" + service.getURI() + ">" : service.toString();
            throw new Refusal("SERVICE " + name + ": not an endpoint this server may call"
                    + (allowed.isEmpty() ? " (SERVICE is off; see serve --allow-service)" : " (see serve --allow-service)"));
        }
        try {
            return chain.createExecution(opExecute, original, binding, execCxt);
        } catch (QueryCancelledException | Refusal e) {
            throw e;
        } catch (RuntimeException e) {
            // the message of a failed call may hold the remote answer: keep only its status
            int status = e instanceof QueryExceptionHTTP q ? q.getStatusCode()
                    : e instanceof HttpException h ? h.getStatusCode() : -1;
            throw new QueryExceptionHTTP(502, "SERVICE <" + service.getURI() + ">: "
                    + (status > 0 ? "the endpoint answered HTTP " + status : "no usable answer from the endpoint"));
        }
    }

    boolean allows(String url) {
        URI uri = parse(url);
        if (uri == null || uri.getRawUserInfo() != null || !uri.normalize().equals(uri)) {
            return false;
        }
        for (URI a : allowed) {
            if (a.getScheme().equalsIgnoreCase(uri.getScheme()) && a.getHost().equalsIgnoreCase(uri.getHost())
                    && port(a) == port(uri) && rest(uri).startsWith(rest(a))) {
                return true;
            }
        }
        return false;
    }

    /** An absolute http(s) URI with a host, or null. */
    private static URI parse(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }

    private static String rest(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }
}
