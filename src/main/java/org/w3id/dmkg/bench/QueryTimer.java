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
    static final int TIMEOUT_S = 60;

    /** Most untimed runs of one query before it is timed. */
    static final int WARM_UP_RUNS = 5;
    /** Longest warm-up of one query, in seconds. */
    static final int WARM_UP_S = 3;

    private QueryTimer() {
    }

    /**
     * Runs each query, once for each person when it takes a {@code person} parameter: first untimed until
     * the JIT has compiled its path ({@value #WARM_UP_RUNS} runs, or {@value #WARM_UP_S} s; a query over
     * {@link #TIMEOUT_S} s is reported as timed out), then {@code runs} times (fewer when one run takes
     * over a second).
     *
     * @param persons values of a {@code person} parameter
     * @param country value of a {@code country} parameter
     */
    static List<Timing> run(DmkgStore store, int runs, List<String> persons, String country) {
        NamedQueries named = new NamedQueries();
        QueryRunner runner = new QueryRunner(store, java.time.Duration.ofSeconds(TIMEOUT_S));
        List<Timing> out = new ArrayList<>();
        for (String name : named.names()) {
            if (name.startsWith("wikidata-")) {
                continue; // federated with the Wikidata service: needs the network
            }
            Query query = named.load(name);
            List<QueryInfo.Param> declared = QueryInfo.parse(name, named.text(name)).params();
            boolean byPerson = declared.stream().anyMatch(p -> p.name().equals("person"));
            for (String person : byPerson ? persons : List.of("")) {
                Map<String, String> params = new LinkedHashMap<>();
                for (QueryInfo.Param p : declared) {
                    if (p.name().equals("person")) {
                        params.put("person", person);
                    } else if (p.name().equals("country")) {
                        params.put("country", country);
                    } else if (p.name().equals("seed")) {
                        params.put("seed", "1");
                    }
                }
                out.add(time(runner, name, query, params, runs));
            }
        }
        return out;
    }

    private static Timing time(QueryRunner runner, String name, Query query, Map<String, String> params, int runs) {
        Integer rows = null;
        long warmEnd = System.nanoTime() + WARM_UP_S * 1_000_000_000L;
        for (int i = 0; i < WARM_UP_RUNS && (i == 0 || System.nanoTime() < warmEnd); i++) {
            rows = rowsWithinTimeout(runner, query, params);
            if (rows == null) {
                return new Timing(name, params, -1, 0, Double.NaN, Double.NaN);
            }
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
            return new Timing(name, params, -1, 0, Double.NaN, Double.NaN);
        }
        double[] sorted = Arrays.copyOf(ms, n);
        Arrays.sort(sorted);
        return new Timing(name, params, rows, n, percentile(sorted, 50), percentile(sorted, 95));
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
