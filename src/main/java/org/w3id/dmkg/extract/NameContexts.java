package org.w3id.dmkg.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where English news writes a capitalized word: after a preposition of place ("in Orlando", "near Darfur")
 * or where a person stands (after "Mr." or a title, before "said": "Mr. Putin", "Xi said"). A run the
 * article alone cannot tell apart, "Orlando" or "Aurora" after "flew to", is a town when news at large writes
 * it after "in" and never beside a title. Built by {@code dmkg mine-words --contexts} from articles without
 * gold and shipped beside the models; a word it does not hold has been seen too seldom to say. Immutable;
 * thread-safe.
 */
public final class NameContexts {
    /** Where the shipped table lives on the classpath. */
    public static final String RESOURCE = "/org/w3id/dmkg/model/name-contexts.tsv";
    /** Words after which a capitalized word stands for a place: "in Parkland", "near Orlando", "outside Crawford". */
    public static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "outside", "across", "throughout",
            "around");
    /** Uses from which a word's contexts say something. */
    public static final int ENOUGH = 10;
    /** Share of uses after a preposition of place from which a word reads as a place. */
    static final double PLACE = 0.15;
    /** Share of uses beside a title or verb of speech below which a word so written is no person's name. */
    static final double PERSON = 0.05;

    private static final ShippedTable<NameContexts> SHIPPED = new ShippedTable<>(RESOURCE, NameContexts::read,
            () -> new NameContexts(Map.of()));

    private final Map<String, int[]> counts;

    /**
     * @param counts uses, uses after a preposition of place, uses beside a title or verb of speech and uses where
     *               only a person stands (before "who", after "late"), by lower-case word
     */
    public NameContexts(Map<String, int[]> counts) {
        this.counts = Map.copyOf(counts);
    }

    /** The shipped table, read once; empty when dmkg was built without one. */
    public static NameContexts bundled() {
        return SHIPPED.get();
    }

    /**
     * Whether news at large writes the word as a place's name: seen {@link #ENOUGH} times or more, after a
     * preposition of place {@link #PLACE} of the time or more, and beside a title or before a verb of speech
     * less than {@link #PERSON} of the time ("Orlando", "Darfur"; not "Jordan", not "Putin").
     */
    public boolean place(String word) {
        int[] c = counts.get(word.toLowerCase(Locale.ROOT));
        return c != null && c[0] >= ENOUGH && (double) c[1] / c[0] >= PLACE && (double) c[2] / c[0] < PERSON;
    }

    /**
     * How often news at large writes the word where a person stands (after a title, before a verb of speech,
     * before "who", after "late", before a word of family or death: {@code WordCaseMining.Context}), as
     * a band: "often" (8 % of its uses or more: "Putin", "Hagel"), "some" (3 % or more), "rare" (less), "never",
     * or "unknown" when the word is seen fewer than {@link #ENOUGH} times. A team ("Mets"), a firm ("Burisma"),
     * a worm ("Stuxnet") or a mall is never written so; a surname is, a good share of the time.
     */
    public String personBand(String word) {
        int[] c = counts.get(word.toLowerCase(Locale.ROOT));
        if (c == null || c[0] < ENOUGH) {
            return "unknown";
        }
        int person = c[2] + c[3];
        double share = (double) person / c[0];
        return person == 0 ? "never" : share < 0.03 ? "rare" : share < 0.08 ? "some" : "often";
    }

    public int size() {
        return counts.size();
    }

    /**
     * Reads a table: lines of word, tab, uses, tab, uses after "in" and the like, tab, uses beside a title, and
     * perhaps tab, uses where only a person stands (# lines ignored).
     */
    public static NameContexts read(InputStream in) throws IOException {
        Map<String, int[]> out = new HashMap<>();
        for (String[] cols : ShippedTable.rows(in)) {
            try {
                out.put(cols[0], new int[] {Integer.parseInt(cols[1]), Integer.parseInt(cols[2]),
                        Integer.parseInt(cols[3]), cols.length > 4 ? Integer.parseInt(cols[4]) : 0});
            } catch (RuntimeException e) {
                throw new IOException("not a word and three or four counts: " + String.join("\t", cols));
            }
        }
        return new NameContexts(out);
    }
}
