package org.w3id.dmkg.server.app;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.query.Query;
import org.w3id.dmkg.store.DmkgStore;
import org.w3id.dmkg.store.NamedQueries;
import org.w3id.dmkg.store.QueryRunner;
import org.w3id.dmkg.store.RowCap;
import org.w3id.dmkg.server.ServerSettings;

/**
 * Runs the named queries of {@code queries/} for the web app, through the same {@link QueryRunner}
 * the command line and {@code /queries} use: parameters bound as literals by Jena's substitution,
 * never spliced into the text; the server's timeout; answers cut at the smaller of the server's row
 * limit and the page's. Thread-safe.
 */
final class AppQueries {
    /** One query's answer for a page: its rows, whether they were cut, and the milliseconds it took. */
    record Section(List<Map<String, String>> rows, boolean truncated, double ms) {
    }

    private final NamedQueries queries = new NamedQueries();
    private final Map<String, Query> parsed = new ConcurrentHashMap<>();
    private final QueryRunner runner;
    private final long maxRows;

    AppQueries(DmkgStore store, ServerSettings settings) {
        this.runner = new QueryRunner(store, settings.timeout());
        this.maxRows = settings.maxRows();
    }

    /**
     * Runs query {@code name} with {@code params} and returns at most {@code pageRows} rows (fewer when
     * the server's limit is lower).
     *
     * @throws org.w3id.dmkg.DmkgException {@code USAGE} for a parameter value the query refuses (a date
     *                                     that is no date)
     * @throws org.apache.jena.query.QueryCancelledException when the query runs past the timeout
     */
    Section run(String name, Map<String, String> params, long pageRows) {
        long start = System.nanoTime();
        RowCap cap = new RowCap(Math.min(maxRows, pageRows));
        Query query = cap.apply(parsed.computeIfAbsent(name, queries::load).cloneQuery());
        List<Map<String, String>> rows = runner.select(query, params);
        boolean cut = rows.size() > cap.maxRows();
        return new Section(cut ? List.copyOf(rows.subList(0, (int) cap.maxRows())) : rows, cut,
                (System.nanoTime() - start) / 1e6);
    }

    /** The names of the named queries, for the SPARQL page. */
    List<String> names() {
        return queries.names();
    }

    /** The text of named query {@code name}. */
    String text(String name) {
        return queries.text(name);
    }

    /** The title of named query {@code name}. */
    String title(String name) {
        return queries.info(name).title();
    }
}
