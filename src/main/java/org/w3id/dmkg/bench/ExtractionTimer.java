package org.w3id.dmkg.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.w3id.dmkg.Dmkg;
import org.w3id.dmkg.OrderedPipeline;
import org.w3id.dmkg.nlp.Document;
import org.w3id.dmkg.nlp.NlpStages;
import org.w3id.dmkg.nlp.OpenNlpModels;
import org.w3id.dmkg.nlp.Pipeline;
import org.w3id.dmkg.nlp.Sentence;
import org.w3id.dmkg.rdf.ArticleGraph;
import org.w3id.dmkg.text.SourceDocument;

/**
 * Times stages (1) and (2) of a benchmark: the OpenNLP floor (sentences, tokens, tags) and the full
 * extraction to RDF, each with T worker threads (one stage list or {@link Dmkg.Session} per thread)
 * fed through the bounded {@link OrderedPipeline}. Workers also make their article, so synthetic input
 * costs both passes the same.
 */
final class ExtractionTimer {
    /** A timed pass: articles, tokens, triples produced, wall time, peak heap and each article's time. */
    record Pass(int articles, long tokens, long triples, long nanos, long peakMb, ArticleTimes times) {
        double perSecond(double amount) {
            return amount * 1e9 / Math.max(nanos, 1);
        }
    }

    private ExtractionTimer() {
    }

    /** The floor: the three OpenNLP stages of {@link NlpStages#create} over the first {@code count} articles. */
    static Pass floor(BenchInput in, int threads, int count) {
        long[] tokens = new long[1];
        return timed(in, threads, count, () -> {
            Pipeline nlp = new Pipeline(NlpStages.create(OpenNlpModels.shared()));
            return doc -> floorTokens(nlp, doc);
        }, n -> tokens[0] += n, tokens, new long[1]);
    }

    /** The floor's work on one article: its sentences, tokens and tags; the tokens counted. */
    private static long floorTokens(Pipeline nlp, SourceDocument doc) {
        long n = 0;
        for (Sentence s : nlp.apply(Document.of(doc)).sentences()) {
            n += s.tokens().size();
        }
        return n;
    }

    /** Longest warm-up of one pass, in seconds. */
    static final int WARM_UP_LIMIT_S = 60;

    /**
     * Runs {@code batch} untimed until two runs in a row agree within 3% on articles per second, or
     * {@value #WARM_UP_LIMIT_S} s have passed: the JIT compiles the extraction for tens of seconds of CPU,
     * and with as many workers as cores it competes with them, so a fixed short warm-up leaves the
     * timed run of T threads slower than it is.
     */
    static void warmUp(Supplier<Pass> batch) {
        long end = System.nanoTime() + WARM_UP_LIMIT_S * 1_000_000_000L;
        double last = 0;
        while (System.nanoTime() < end) {
            Pass p = batch.get();
            double rate = p.perSecond(p.articles());
            if (last > 0 && Math.abs(rate - last) <= 0.03 * last) {
                return;
            }
            last = rate;
        }
    }

    /** The full extraction to RDF; the graphs are written as N-Quads to {@code nq} when it is not null. */
    static Pass full(BenchInput in, int threads, int count, Path nq) {
        long[] triples = new long[1];
        Dmkg dmkg = Dmkg.shared();
        try (OutputStream out = nq == null ? OutputStream.nullOutputStream()
                : new BufferedOutputStream(Files.newOutputStream(nq), 1 << 16)) {
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            stream.start();
            Pass p = timed(in, threads, count, () -> {
                Dmkg.Session session = dmkg.session(0);
                return session::extract;
            }, (ArticleGraph g) -> {
                triples[0] += g.model().size();
                if (nq != null) {
                    g.forEachQuad(stream::quad);
                }
            }, new long[1], triples);
            stream.finish();
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The floor and the full extraction in turn on the same articles, {@code chunk} articles at a time (the floor
     * first on even chunks, the full extraction first on odd ones), each chunk a pass of T workers, the full
     * extraction's graphs written as N-Quads to nowhere as (2) writes them: a slow spell of the machine longer
     * than a chunk slows both alike, while each still runs as many articles in a row as a pass does. The summed
     * wall times: {floor, full} nanos.
     */
    static long[] alternating(BenchInput in, int threads, int chunk) {
        Pipeline[] nlp = new Pipeline[threads];
        Dmkg.Session[] sessions = new Dmkg.Session[threads];
        for (int w = 0; w < threads; w++) {
            nlp[w] = new Pipeline(NlpStages.create(OpenNlpModels.shared()));
            sessions[w] = Dmkg.shared().session(0);
        }
        long[] sums = new long[2];
        long[] count = new long[1]; // tokens and triples, so that no work goes unused
        StreamRDF nowhere = StreamRDFWriter.getWriterStream(OutputStream.nullOutputStream(), RDFFormat.NQUADS);
        nowhere.start();
        for (int from = 0, c = 0; from < in.size(); from += chunk, c++) {
            int first = from;
            int n = Math.min(chunk, in.size() - from);
            for (int pass = 0; pass < 2; pass++) {
                boolean floor = (pass == 0) == (c % 2 == 0);
                java.util.concurrent.atomic.AtomicInteger workers = new java.util.concurrent.atomic.AtomicInteger();
                long t = System.nanoTime();
                try (OrderedPipeline<Integer, Object> pipeline = new OrderedPipeline<>(threads, 8 * threads, () -> {
                    int w = workers.getAndIncrement() % threads; // each chunk's pipeline ends before the next starts
                    return (Integer i) -> {
                        SourceDocument doc = in.article().apply(first + i);
                        return floor ? (Object) floorTokens(nlp[w], doc) : sessions[w].extract(doc);
                    };
                }, r -> {
                    if (r instanceof ArticleGraph g) {
                        count[0] += g.model().size();
                        g.forEachQuad(nowhere::quad);
                    } else {
                        count[0] += (Long) r;
                    }
                })) {
                    for (int i = 0; i < n; i++) {
                        pipeline.submit(i);
                    }
                }
                sums[floor ? 0 : 1] += System.nanoTime() - t;
            }
        }
        nowhere.finish();
        return sums;
    }

    /** One article's result, with what the article was and the time its worker spent on it. */
    private record Timed<O>(O result, String origin, String url, int chars, long nanos) {
    }

    private static <O> Pass timed(BenchInput in, int threads, int count,
                                  Supplier<Function<SourceDocument, O>> worker,
                                  Consumer<O> sink, long[] tokens, long[] triples) {
        ArticleTimes times = new ArticleTimes();
        HeapMeter.reset();
        long start = System.nanoTime();
        try (OrderedPipeline<Integer, Timed<O>> pipeline = new OrderedPipeline<>(threads, 8 * threads, () -> {
            Function<SourceDocument, O> f = worker.get();
            return (Integer i) -> {
                SourceDocument doc = in.article().apply(i);
                long t = System.nanoTime();
                O result = f.apply(doc);
                return new Timed<>(result, doc.origin(), doc.url(), doc.text().length(), System.nanoTime() - t);
            };
        }, timed -> {
            times.add(timed.origin(), timed.url(), timed.chars(), timed.nanos());
            sink.accept(timed.result());
        })) {
            for (int i = 0; i < count; i++) {
                pipeline.submit(i);
            }
        }
        return new Pass(count, tokens[0], triples[0], System.nanoTime() - start, HeapMeter.peakMb(), times);
    }
}
