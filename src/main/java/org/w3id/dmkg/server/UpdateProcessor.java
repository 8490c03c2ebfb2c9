package org.w3id.dmkg.server;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.sparql.modify.UsingList;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's SPARQL Update operation, made safe to offer: on a server bound to loopback, a request
 * must name a loopback host (or {@code localhost}) in its Host header, else 403, so that a web page
 * cannot reach the endpoint by rebinding its own host name to 127.0.0.1; a request must be a POST of
 * {@code application/sparql-update} (a form or a {@code text/plain} body, which a page of any
 * web site can make a browser send, is refused with 415); it is parsed whole, and refused with
 * 400 if a {@code LOAD} names a source {@link PublicAddress} refuses, before anything is changed;
 * its operations then run in one write transaction, with the endpoint's context (so SERVICE is
 * guarded, see {@link ServiceGuard}) and within the time limit (503 after it), {@code LOAD} by
 * {@link RemoteLoad}. Any failure leaves the store as it was. Thread-safe.
 */
final class UpdateProcessor extends SPARQL_Update {
    private final ServerSettings settings;
    private final RemoteLoad loader;
    private final boolean loopback;

    UpdateProcessor(ServerSettings settings) {
        this.settings = settings;
        this.loader = new RemoteLoad(settings.timeout());
        this.loopback = LoopbackHost.isLoopback(settings.host());
    }

    @Override
    public void validate(HttpAction action) {
        if (loopback && !LoopbackHost.isLoopback(action.getRequest().getServerName())) {
            // a page whose host name was rebound to 127.0.0.1 would be same-origin, and unhindered by CORS
            ServletOps.errorForbidden("this server listens on loopback: it accepts updates only for host "
                    + "localhost or a loopback address (got " + action.getRequest().getServerName() + ")");
        }
        if (!action.getRequestMethod().equals("OPTIONS")) {
            ContentType ct = ActionLib.getContentType(action);
            if (ct == null || !WebContent.matchContentType(WebContent.ctSPARQLUpdate, ct)) {
                ServletOps.error(HttpSC.UNSUPPORTED_MEDIA_TYPE_415, "an update must be sent as "
                        + WebContent.contentTypeSPARQLUpdate + " (got " + (ct == null ? "no Content-Type" : ct.getContentTypeStr()) + ")");
            }
        }
        super.validate(action);
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        long deadline = action.getStartTime() + settings.timeout().toNanos();
        UpdateRequest request = parse(action, new ByteArrayInputStream(RequestBody.read(input, settings.maxRequestBytes())));
        try {
            for (Update op : request.getOperations()) {
                if (op instanceof UpdateLoad load) {
                    PublicAddress.check("LOAD", load.getSource());
                }
            }
        } catch (Refusal e) {
            ServletOps.errorBadRequest(e.getMessage());
        }
        action.beginWrite();
        try {
            DatasetGraph dsg = action.getActiveDSG();
            for (Update op : request.getOperations()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new QueryCancelledException();
                }
                if (op instanceof UpdateLoad load) {
                    loader.load(load, dsg);
                } else {
                    // a copy: the execution writes its own state (its cancel flag) into the context it is given
                    UpdateExec.dataset(dsg).update(op).context(action.getContext().copy())
                            .timeout(left, TimeUnit.NANOSECONDS).execute();
                }
            }
            action.commit();
        } catch (RuntimeException e) {
            action.abort();
            answer(e);
        } finally {
            action.endWrite();
        }
    }

    private static UpdateRequest parse(HttpAction action, InputStream input) {
        UsingList using = new UsingList();
        String[] graphs = action.getRequestParameterValues("using-graph-uri");
        String[] named = action.getRequestParameterValues("using-named-graph-uri");
        for (String g : graphs == null ? new String[0] : graphs) {
            using.addUsing(NodeFactory.createURI(g));
        }
        for (String g : named == null ? new String[0] : named) {
            using.addUsingNamed(NodeFactory.createURI(g));
        }
        try {
            return UpdateFactory.read(using, input, Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            ServletOps.errorBadRequest(SPARQLProtocol.messageForParseException(e));
        } catch (UpdateException e) {
            ServletOps.errorBadRequest(e.getMessage());
        }
        throw new IllegalStateException("unreachable");
    }

    /** Answers a failed update: 400 refused, 502 a remote source failed, 503 over the time limit. */
    private static void answer(RuntimeException e) {
        if (e instanceof Refusal) {
            ServletOps.errorBadRequest(e.getMessage());
        } else if (e instanceof QueryExceptionHTTP q) {
            ServletOps.error(q.getStatusCode(), q.getMessage());
        }
        throw e; // Fuseki answers a cancelled update with 503, any other failure with 500
    }
}
