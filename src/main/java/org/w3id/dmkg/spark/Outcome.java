package org.w3id.dmkg.spark;

import java.io.Serializable;

/**
 * What became of one article or input record: its graph as N-Quads, or the reason it was rejected.
 *
 * @param origin   where the record came from
 * @param nquads   the article's named graph as N-Quads lines, or {@code null} when rejected
 * @param triples  how many triples the graph holds
 * @param warnings warnings about an article that was still read (e.g. a guessed encoding)
 * @param reason   why the record was rejected, or {@code null}
 */
record Outcome(String origin, String nquads, long triples, int warnings, String reason) implements Serializable {
    static Outcome article(String origin, String nquads, long triples, int warnings) {
        return new Outcome(origin, nquads, triples, warnings, null);
    }

    static Outcome rejected(String origin, String reason) {
        return new Outcome(origin, null, 0, 0, reason);
    }

    boolean ok() {
        return reason == null;
    }

    /** The rejects-file line: {@code origin<TAB>reason}, tabs and line breaks inside turned to spaces. */
    String rejectLine() {
        return oneField(origin) + "\t" + oneField(reason);
    }

    private static String oneField(String s) {
        return s.replaceAll("[\\t\\r\\n]+", " ");
    }
}
