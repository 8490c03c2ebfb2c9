package org.w3id.dmkg.server;

import org.apache.jena.query.Query;

/** Caps the rows a SELECT query may return by lowering its LIMIT; other query forms pass unchanged. */
public final class RowCap {
    private RowCap() {
    }

    /**
     * Sets the LIMIT of a SELECT {@code query} to {@code maxRows} when it has none or a larger one.
     * Modifies {@code query} and returns it. The cap applies to the outermost query only, so the
     * answer is what an honest LIMIT would give: the first {@code maxRows} rows in the query's order.
     */
    public static Query apply(Query query, long maxRows) {
        if (query.isSelectType() && (!query.hasLimit() || query.getLimit() > maxRows)) {
            query.setLimit(maxRows);
        }
        return query;
    }
}
