package org.w3id.dmkg.store;

import java.util.Iterator;
import java.util.NoSuchElementException;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * The most rows a SELECT answer may have, and how a cut is noticed: the query is asked for one row
 * more than the cap ({@link #apply}), and the answer is given the first {@code maxRows} rows, telling
 * whether that row came ({@link #limit}). A cut answer is then announced (an HTTP header, a line on
 * stderr) instead of passing for the whole answer. Other query forms pass unchanged.
 *
 * @param maxRows the most rows of an answer, at least 1; {@link #NONE} for no cap
 */
public record RowCap(long maxRows) {
    /** No cap. */
    public static final RowCap NONE = new RowCap(Long.MAX_VALUE);

    public RowCap {
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be positive: " + maxRows);
        }
    }

    /**
     * Lowers the LIMIT of a SELECT {@code query} to {@code maxRows + 1} when it has none or a larger
     * one, so that a row past the cap shows there are more. Modifies {@code query} and returns it. The
     * cap applies to the outermost query only, so the answer is what an honest LIMIT would give: the
     * first rows in the query's order.
     */
    public Query apply(Query query) {
        if (this != NONE && query.isSelectType() && (!query.hasLimit() || query.getLimit() > maxRows)) {
            query.setLimit(maxRows + 1);
        }
        return query;
    }

    /**
     * The first {@code maxRows} rows of {@code rows}, streamed; {@code onCut} runs once, when they have
     * been read and {@code rows} has another (the answer is cut). Not thread-safe.
     */
    public RowSet limit(RowSet rows, Runnable onCut) {
        Iterator<Binding> first = new Iterator<>() {
            private long given;
            private boolean checked;

            @Override
            public boolean hasNext() {
                if (given < maxRows) {
                    return rows.hasNext();
                }
                if (!checked) {
                    checked = true;
                    if (rows.hasNext()) {
                        onCut.run();
                    }
                }
                return false;
            }

            @Override
            public Binding next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                given++;
                return rows.next();
            }
        };
        return RowSetStream.create(rows.getResultVars(), first);
    }

    /** The line that announces a cut answer, for a person. */
    public String note() {
        return "only the first " + maxRows + " rows are shown; the answer has more";
    }
}
