package org.w3id.dmkg.spark;

import java.io.Serializable;

/**
 * Totals of a run, summed over the outcomes.
 *
 * @param articles articles extracted
 * @param triples  triples in their graphs
 * @param failures records rejected
 * @param warnings warnings about articles that were still extracted
 */
record Counts(long articles, long triples, long failures, long warnings) implements Serializable {
    static final Counts ZERO = new Counts(0, 0, 0, 0);

    static Counts of(Outcome o) {
        return o.ok() ? new Counts(1, o.triples(), 0, o.warnings()) : new Counts(0, 0, 1, 0);
    }

    Counts plus(Counts c) {
        return new Counts(articles + c.articles, triples + c.triples, failures + c.failures, warnings + c.warnings);
    }
}
