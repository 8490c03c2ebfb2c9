package org.w3id.dmkg.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.w3id.dmkg.Dmkg;
import org.w3id.dmkg.nlp.OpenNlpModels;
import org.w3id.dmkg.store.DmkgStore;

/**
 * One benchmark run over the same articles: (1) the OpenNLP floor, (2) the full extraction to RDF,
 * (3) dmkg's load into a fresh TDB2 store (the bulk path {@code dmkg load} takes on a first load),
 * (4) Jena's bulk loader into another, (5) the named queries on the loaded store, (6) when asked, the
 * web app's pages on it; then the ratios against the targets. Temporary stores are deleted afterwards.
 *
 * @param threads    worker threads for stages (1) and (2)
 * @param warmup     articles run through (1) and (2) untimed first, for the JIT
 * @param rounds     rounds of (1) and (2) in turn on chunks of the articles, for the ratio full/floor
 * @param queryRuns  timed runs of each query
 * @param country    value of the {@code country} query parameter
 * @param pages      whether to time the web app's pages too (stage 6)
 */
public record Bench(int threads, int warmup, int rounds, int queryRuns, String country, boolean pages) {
    /** Full extraction over floor, articles per second, that the project aims at. */
    public static final double FULL_TARGET = 0.6;
    /** dmkg load over Jena's bulk loader, triples per second, that the project aims at. */
    public static final double LOAD_TARGET = 0.8;

    /** Runs every stage on {@code in} and prints the figures to {@code out}. */
    public void run(BenchInput in, PrintWriter out) {
        Path tmp;
        try {
            tmp = Files.createTempDirectory("dmkg-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            measure(in, out, tmp);
        } finally {
            delete(tmp);
        }
    }

    private void measure(BenchInput in, PrintWriter out, Path tmp) {
        long t0 = System.nanoTime();
        Dmkg.shared();
        OpenNlpModels.shared();
        out.printf("input: %s; %d articles per pass; %d thread(s); %d cores; max heap %d MB%n", in.description(),
                in.size(), threads, Runtime.getRuntime().availableProcessors(), HeapMeter.maxMb());
        out.printf("start-up: reference data and models loaded in %.2f s%n", (System.nanoTime() - t0) / 1e9);
        int w = warmup; // articles wrap around: a short input is repeated
        if (w > 0) {
            ExtractionTimer.warmUp(() -> ExtractionTimer.floor(in, threads, w));
            ExtractionTimer.warmUp(() -> ExtractionTimer.full(in, threads, w, null));
        }
        out.flush();
        var floor = ExtractionTimer.floor(in, threads, in.size());
        report(out, "(1) floor: sentences+tokens+POS", floor, floor.tokens());
        Path nq = tmp.resolve("articles.nq");
        var full = ExtractionTimer.full(in, threads, in.size(), nq);
        report(out, "(2) full extraction to RDF", full, floor.tokens());
        byArticle(out, floor.times(), full.times());
        double passes = ratio(floor, full);
        double fullRatio = fullRatio(in, out, passes);
        LoadTimer.warmUp(tmp, nq);
        try (DmkgStore store = DmkgStore.open(tmp.resolve("dmkg-db"))) {
            var load = LoadTimer.dmkg(store, nq, DmkgStore.DEFAULT_BATCH);
            report(out, "(3) load, " + load.how(), load);
            var bulk = LoadTimer.jena(tmp.resolve("jena-db"), nq);
            report(out, "(4) load, " + bulk.how(), bulk);
            List<QueryTimer.Timing> queries = QueryTimer.run(store, queryRuns, in.personParams(), country);
            for (QueryTimer.Timing q : queries) {
                if (q.runs() == 0) {
                    out.printf("(5) query %-16s timed out after %d s%n", q.name(), QueryTimer.TIMEOUT_S);
                    continue;
                }
                out.printf("(5) query %-16s p50 %8.1f ms  p95 %8.1f ms  (%d rows, %d runs%s)%n", q.name(), q.p50(),
                        q.p95(), q.rows(), q.runs(), q.params().isEmpty() ? "" : ", " + q.params());
            }
            if (pages) {
                PageTimer.run(store, in.personParams(), country, queryRuns, out);
            }
            double loadRatio = load.quadsPerSecond() / bulk.quadsPerSecond();
            out.printf("ratio full/floor (articles/s): %.2f%s (target >= %.1f)%n", fullRatio,
                    rounds > 0 ? String.format(", the two in turn (median of %d round%s; the passes (1) and (2) "
                            + "alone: %.2f)", rounds, rounds == 1 ? "" : "s", passes) : "", FULL_TARGET);
            out.printf("ratio load/bulk-loader (triples/s): %.2f (target >= %.1f)%n", loadRatio, LOAD_TARGET);
        }
        out.printf("total: %.1f s%n", (System.nanoTime() - t0) / 1e9);
        out.flush();
    }

    /**
     * Times only the web app's pages (stage 6) on the store at {@code loc}, loaded before.
     *
     * @param persons names of persons in the store: the first a typical one, the last the most frequent
     */
    public void pagesOnly(Path loc, List<String> persons, PrintWriter out) {
        try (DmkgStore store = DmkgStore.openExisting(loc)) {
            out.printf("store: %s; %d cores; max heap %d MB%n", loc, Runtime.getRuntime().availableProcessors(),
                    HeapMeter.maxMb());
            PageTimer.run(store, persons, country, queryRuns, out);
        }
        out.flush();
    }

    /** Articles per chunk of {@link ExtractionTimer#alternating}. */
    static final int CHUNK = 100;

    /**
     * The ratio full/floor: with {@code rounds}, the median of that many rounds in which the floor and the full
     * extraction take turns on chunks of {@value #CHUNK} articles ({@link ExtractionTimer#alternating}), so that a
     * slow spell of the machine slows both alike; without rounds, that of the passes (1) and (2).
     */
    private double fullRatio(BenchInput in, PrintWriter out, double passes) {
        if (rounds == 0) {
            return passes;
        }
        double[] ratios = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long[] nanos = ExtractionTimer.alternating(in, threads, CHUNK);
            ratios[r] = (double) nanos[0] / Math.max(1, nanos[1]);
            out.printf("(2) in turn, round %d: floor and full extraction on each %d articles in turn: floor %.1f, "
                    + "full %.1f articles/s, full/floor %.2f%n", r + 1, CHUNK, in.size() * 1e9 / Math.max(1, nanos[0]),
                    in.size() * 1e9 / Math.max(1, nanos[1]), ratios[r]);
            out.flush();
        }
        java.util.Arrays.sort(ratios);
        int mid = ratios.length / 2;
        return ratios.length % 2 == 1 ? ratios[mid] : (ratios[mid - 1] + ratios[mid]) / 2;
    }

    private static double ratio(ExtractionTimer.Pass floor, ExtractionTimer.Pass full) {
        return full.perSecond(full.articles()) / floor.perSecond(floor.articles());
    }

    private static void report(PrintWriter out, String stage, ExtractionTimer.Pass p, long tokens) {
        out.printf("%-40s %7d articles in %7.2f s: %8.1f articles/s, %10.0f tokens/s, %10.0f triples/s, "
                        + "peak heap %d MB%n", stage, p.articles(), p.nanos() / 1e9, p.perSecond(p.articles()),
                p.perSecond(tokens), p.perSecond(p.triples()), p.peakMb());
        out.flush();
    }

    /** Sites listed in the table by site: those with the most articles. */
    static final int SITES = 8;

    /**
     * Floor and full extraction by length band and by site, per worker (the time each article took its
     * worker), and the articles slowest per character.
     */
    private static void byArticle(PrintWriter out, ArticleTimes floor, ArticleTimes full) {
        ArticleTimes.table(floor, full).forEach(out::println);
        ArticleTimes.siteTable(floor, full, SITES).forEach(out::println);
        for (ArticleTimes.Article a : full.slowest()) {
            out.printf("(2) slow per character: %.2f ms/1k chars, %d chars in %.1f ms: %s%n", a.msPerKiloChar(),
                    a.chars(), a.nanos() / 1e6, a.origin());
        }
        out.flush();
    }

    private static void report(PrintWriter out, String stage, LoadTimer.Load l) {
        out.printf("%-40s %9d triples in %7.2f s: %10.0f triples/s, peak heap %d MB%n", stage, l.quads(),
                l.nanos() / 1e9, l.quadsPerSecond(), l.peakMb());
        out.flush();
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is not worth failing the run for
        }
    }
}
