package org.w3id.dmkg.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.w3id.dmkg.store.RowCap;

/**
 * Fuseki's SPARQL query operation within the server's limits. A query text longer than the
 * request limit answers 413 before it is parsed, one of more than
 * {@value QueryComplexity#MAX_OPERATORS} algebra operators 400 before it is planned; a SELECT answer
 * has at most {@code maxRows} rows ({@link RowCap}), and one cut there carries the header
 * {@value #TRUNCATED}{@code : max-rows=N}, so that no client takes it for the whole answer. The time limit runs from the
 * start of the request, so parsing and planning count against it, and the answer is computed whole
 * before its first byte is sent: a query over the limit answers 503, never a truncated 200. A
 * {@link Refusal} answers 400. Thread-safe.
 */
final class CappedQueryProcessor extends SPARQL_QueryDataset {
    /** The response header that marks an answer cut at the row cap; its value is {@code max-rows=N}. */
    static final String TRUNCATED = "X-Dmkg-Truncated";

    private final ServerSettings settings;
    private final RowCap cap;

    CappedQueryProcessor(ServerSettings settings) {
        this.settings = settings;
        this.cap = new RowCap(settings.maxRows());
    }

    /** The value of the {@value #TRUNCATED} header of an answer cut at {@code cap}. */
    static String truncated(RowCap cap) {
        return "max-rows=" + cap.maxRows();
    }

    @Override
    protected void executeBody(HttpAction action) {
        byte[] body;
        try (InputStream in = action.getRequestInputStream()) {
            body = RequestBody.read(in, settings.maxRequestBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        execute(new String(body, StandardCharsets.UTF_8), action);
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        if (queryString != null && queryString.getBytes(StandardCharsets.UTF_8).length > settings.maxRequestBytes()) {
            RequestBody.tooLarge(settings.maxRequestBytes());
        }
        try {
            super.execute(queryString, action);
        } catch (Refusal e) {
            ServletOps.errorBadRequest(e.getMessage());
        }
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        int operators;
        try {
            operators = QueryComplexity.operators(query);
        } catch (StackOverflowError e) {
            ServletOps.errorBadRequest("query too complex: nested too deeply");
            return;
        }
        if (operators > QueryComplexity.MAX_OPERATORS) {
            ServletOps.errorBadRequest("query too complex: " + operators + " algebra operators, at most "
                    + QueryComplexity.MAX_OPERATORS);
        }
        // the same Query object is executed next, so lowering its LIMIT here caps the answer
        cap.apply(query);
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        long left = action.getStartTime() + settings.timeout().toNanos() - System.nanoTime();
        if (left <= 0) {
            throw new QueryCancelledException();
        }
        return QueryExec.newBuilder().dataset(dataset).query(query).context(action.getContext())
                .overallTimeout(left, TimeUnit.NANOSECONDS).build();
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        // the header goes out before the answer, which is computed whole first
        Runnable onCut = () -> action.setResponseHeader(TRUNCATED, truncated(cap));
        if (query.isSelectType()) {
            return new QueryExecResult(cap.limit(exec.select(), onCut).materialize());
        }
        if (query.isJsonType()) {
            List<JsonObject> items = new ArrayList<>();
            Iterator<JsonObject> it = exec.execJsonItems();
            while (it.hasNext() && items.size() < cap.maxRows()) {
                items.add(it.next());
            }
            if (it.hasNext()) {
                onCut.run();
            }
            return new QueryExecResult(items.iterator());
        }
        return super.executeQuery(action, exec, query, queryStringLog); // graphs and booleans are built whole
    }
}
