package org.w3id.dmkg.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.w3id.dmkg.text.SourceDocument;

/**
 * A uniform random sample of at most {@code size} articles from a stream of unknown length, in one pass
 * holding only the sample (reservoir sampling, Vitter's algorithm R, driven by {@link java.util.SplittableRandom}
 * with the given seed). The same articles offered in the same order with the same seed give the same
 * sample, which {@link #articles} returns in the order the articles were offered. Not thread-safe.
 */
final class Sample {
    private record Drawn(long index, SourceDocument doc) {
    }

    private final int size;
    private final SplittableRandom random;
    private final List<Drawn> kept = new ArrayList<>();
    private long seen;

    Sample(int size, long seed) {
        if (size < 1) {
            throw new IllegalArgumentException("sample size " + size);
        }
        this.size = size;
        this.random = new SplittableRandom(seed);
    }

    /** Offers the next article of the stream. */
    void offer(SourceDocument doc) {
        long i = seen++;
        if (kept.size() < size) {
            kept.add(new Drawn(i, doc));
            return;
        }
        // article i replaces a kept one with probability size / (i + 1)
        long j = random.nextLong(i + 1);
        if (j < size) {
            kept.set((int) j, new Drawn(i, doc));
        }
    }

    /** How many articles were offered. */
    long seen() {
        return seen;
    }

    /** The sample, in the order its articles were offered. */
    List<SourceDocument> articles() {
        return kept.stream().sorted(Comparator.comparingLong(Drawn::index)).map(Drawn::doc).toList();
    }
}
