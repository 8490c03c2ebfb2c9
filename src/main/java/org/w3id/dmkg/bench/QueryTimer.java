package org.w3id.dmkg.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.w3id.dmkg.store.DmkgStore;
import org.w3id.dmkg.store.NamedQueries;
import org.w3id.dmkg.store.QueryInfo;
import org.w3id.dmkg.store.QueryRunner;

/**
 * Times stage (5) of a benchmark: every named query except the federated {@code wikidata-*} ones, with
 * sensible parameters, run repeatedly on the loaded store for its median and 95th percentile.
 */
final class QueryTimer {
    /** One query's timing: parameters bound, rows, and latency percentiles in milliseconds. */
    record Timing(String name, Map<String, String> params, int rows, int runs, double p50, double p95) {
    }

    /** A query running longer than this is cancelled and reported as timed out. */
    static final int TIMEOUT_S = 20;

    private QueryTimer() {
    }

    /**
     * Runs each query once to warm up (a query over {@link #TIMEOUT_S} s is reported as timed out), then {@code runs} times (fewer when one run takes over a second).
     *
     * @param person value of a {@code person} parameter
     * @param country value of a {@code country} parameter
     */
    static List<Timing> run(DmkgStore store, int runs, String person, String country) {
        NamedQueries named = new NamedQueries();
        QueryRunner runner = new QueryRunner(store, java.time.Duration.ofSeconds(TIMEOUT_S));
        List<Timing> out = new ArrayList<>();
        for (String name : named.names()) {
            if (name.startsWith("wikidata-")) {
                continue; // federated with the Wikidata service: needs the network
            }
            Query query = named.load(name);
            Map<String, String> params = new LinkedHashMap<>();
            for (QueryInfo.Param p : QueryInfo.parse(name, named.text(name)).params()) {
                if (p.name().equals("person")) {
                    params.put("person", person);
                } else if (p.name().equals("country")) {
                    params.put("country", country);
                }
            }
            Integer rows = rowsWithinTimeout(runner, query, params);
            if (rows == null) {
                out.add(new Timing(name, params, -1, 0, Double.NaN, Double.NaN));
                continue;
            }
            double[] ms = new double[runs];
            int n = 0;
            long budget = System.nanoTime() + 5_000_000_000L;
            while (n < runs && (n < 3 || System.nanoTime() < budget)) {
                long t = System.nanoTime();
                if (rowsWithinTimeout(runner, query, params) == null) {
                    break;
                }
                ms[n++] = (System.nanoTime() - t) / 1e6;
            }
            if (n == 0) {
                out.add(new Timing(name, params, -1, 0, Double.NaN, Double.NaN));
                continue;
            }
            double[] sorted = Arrays.copyOf(ms, n);
            Arrays.sort(sorted);
            out.add(new Timing(name, params, rows, n, percentile(sorted, 50), percentile(sorted, 95)));
        }
        return out;
    }

    /** The rows of one run, or null when it ran into the timeout. */
    private static Integer rowsWithinTimeout(QueryRunner runner, Query query, Map<String, String> params) {
        try {
            return runner.select(query, params).size();
        } catch (org.apache.jena.query.QueryCancelledException e) {
            return null;
        }
    }

    /** The nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
