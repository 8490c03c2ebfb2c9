package org.w3id.dmkg.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How often English news writes a word in lower case inside a sentence: "so", "see", "freedom" nearly
 * always, "may" and "page" often, "Bush" and "Obamacare" never. A capitalized word that is mostly written
 * in lower case is more likely an ordinary word at the head of a sentence or in a name of a thing than a
 * person's name. Built by {@code dmkg mine-words} from articles without gold and shipped beside the
 * models; the table holds the words written in lower case at least half the time, so any other word
 * counts as one that is usually capitalized. Immutable; thread-safe.
 */
public final class WordCases {
    /** Where the shipped table lives on the classpath; {@code dmkg mine-words} writes a file of this name. */
    public static final String RESOURCE = "/org/w3id/dmkg/model/word-cases.tsv";
    /** A word written in lower case at least this often is a common word. */
    public static final double COMMON = 0.9;

    private static final ShippedTable<WordCases> SHIPPED = new ShippedTable<>(RESOURCE, WordCases::read,
            () -> new WordCases(Map.of()));

    private final Map<String, Double> lowerShare;

    /** @param lowerShare share of lower-case uses by lower-case word */
    public WordCases(Map<String, Double> lowerShare) {
        this.lowerShare = Map.copyOf(lowerShare);
    }

    /** The shipped table, read once; empty when dmkg was built without one. */
    public static WordCases bundled() {
        return SHIPPED.get();
    }

    /** The share of the word's uses inside sentences that are lower case; 0 for a word the table does not hold. */
    public double lowerShare(String word) {
        return lowerShare.getOrDefault(word.toLowerCase(Locale.ROOT), 0.0);
    }

    /** The share from which a word is written in lower case as often as not: a word, seldom a name. */
    public static final double OFTEN = 0.5;

    /**
     * Whether news writes the word in lower case at least {@link #OFTEN} of the time ("Relations", "Energy",
     * "Dear"): a word that may open or end a phrase, seldom a given name.
     */
    public boolean oftenLower(String word) {
        return lowerShare(word) >= OFTEN;
    }

    /** Whether the word is a common word: written in lower case at least {@link #COMMON} of the time. */
    public boolean common(String word) {
        return lowerShare(word) >= COMMON;
    }

    /** The word's share in three bands, for features: "lower" (common), "mixed" (half or more), "name". */
    public String band(String word) {
        double s = lowerShare(word);
        return s >= COMMON ? "lower" : s >= OFTEN ? "mixed" : "name";
    }

    public int size() {
        return lowerShare.size();
    }

    /** Reads a table: lines of word, tab, lower-case uses, tab, uses (lines starting with # ignored). */
    public static WordCases read(InputStream in) throws IOException {
        Map<String, Double> out = new HashMap<>();
        for (String[] cols : ShippedTable.rows(in)) {
            try {
                out.put(cols[0], Integer.parseInt(cols[1]) / (double) Integer.parseInt(cols[2]));
            } catch (RuntimeException e) {
                throw new IOException("not a word and two counts: " + String.join("\t", cols));
            }
        }
        return new WordCases(out);
    }
}
