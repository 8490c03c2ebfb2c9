package org.w3id.dmkg.server;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;

/**
 * Fuseki's SPARQL query operation with a row cap: each SELECT query is given a LIMIT of at most
 * {@code maxRows} (see {@link RowCap}) after Fuseki has parsed and validated it. Thread-safe.
 */
final class CappedQueryProcessor extends SPARQL_QueryDataset {
    private final long maxRows;

    CappedQueryProcessor(long maxRows) {
        this.maxRows = maxRows;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        // the same Query object is executed next, so lowering its LIMIT here caps the answer
        RowCap.apply(query, maxRows);
    }
}
