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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.dmkg.store.DmkgStore;

/**
 * Fuseki's SPARQL Update operation, made safe to offer: on a server bound to loopback, a request
 * must name a loopback host (or {@code localhost}) in its Host header, else 403, so that a web page
 * cannot reach the endpoint by rebinding its own host name to 127.0.0.1; a request must be a POST of
 * {@code application/sparql-update} (a form or a {@code text/plain} body, which a page of any
 * web site can make a browser send, is refused with 415); it is parsed whole, and refused with
 * 400 if a {@code LOAD} names a source {@link PublicAddress} refuses, before anything is changed;
 * its operations then run in one write transaction, with the endpoint's context (so SERVICE is
 * guarded, see {@link ServiceGuard}) and within the time limit (503 after it), {@code LOAD} by
 * {@link RemoteLoad}. Any failure leaves the store as it was: the transaction is aborted. An update the
 * disk has no room for (a full file system, which shows as an I/O error or, from TDB2's memory-mapped
 * indexes, as an {@link InternalError}) answers 507 Insufficient Storage, another failure to write the
 * store's files 500, each with one line, and is logged in one line naming the store; the server goes on
 * serving. Thread-safe.
 */
final class UpdateProcessor extends SPARQL_Update {
    /** What a failed update leaves. */
    static final String ROLLED_BACK = "the update was rolled back, the store holds what it held before it";
    private static final Logger LOG = LoggerFactory.getLogger(UpdateProcessor.class);

    private final DmkgStore store;
    private final ServerSettings settings;
    private final RemoteLoad loader;
    private final boolean loopback;

    UpdateProcessor(DmkgStore store, ServerSettings settings) {
        this.store = store;
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
        } catch (RuntimeException | InternalError e) {
            abort(action, e);
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

    /** Aborts the update's transaction, which a failed commit may have ended already. */
    private static void abort(HttpAction action, Throwable failure) {
        try {
            action.abort();
        } catch (RuntimeException | InternalError e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * Answers a failed update: 400 refused, 502 a remote source failed, 507 no room on the disk, 500
     * a memory-mapped file of the store that could not be written, 503 over the time limit.
     */
    private void answer(Throwable e) {
        if (e instanceof Refusal) {
            ServletOps.errorBadRequest(e.getMessage());
        } else if (e instanceof QueryExceptionHTTP q) {
            ServletOps.error(q.getStatusCode(), q.getMessage());
        }
        // the store's own failures only: an I/O error of a LOAD's fetch is no failure to write the store
        String writing = store.writeFailure(e);
        if (writing != null && (DmkgStore.outOfSpace(writing) || e instanceof InternalError)) {
            LOG.error("store {}: {}; {}", store.location(), writing, ROLLED_BACK);
            ServletOps.error(DmkgStore.outOfSpace(writing) ? HttpSC.INSUFFICIENT_STORAGE_507
                    : HttpSC.INTERNAL_SERVER_ERROR_500, writing + "; " + ROLLED_BACK);
        }
        if (e instanceof InternalError internal) {
            throw internal;
        }
        throw (RuntimeException) e; // Fuseki answers a cancelled update with 503, any other failure with 500
    }
}
