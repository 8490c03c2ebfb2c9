package org.w3id.dmkg.learn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dmkg.extract.WordCases;

/**
 * Counts, over many articles, how often each word is written in lower case where English does not ask for
 * a capital: inside a sentence of running text, not after a full stop, colon, quote or dash, and not in
 * lines most of whose words are capitalized (headlines, menus, credits). "so", "see", "freedom" and
 * "charities" are mostly lower case there; "Bush", "Obamacare" and "Kim" never are. The table
 * {@link WordCases} reads. The counts depend only on the articles added, not on their order. Not
 * thread-safe.
 */
public final class WordCaseMining {
    /**
     * One word and its counts.
     *
     * @param word  the word in lower case
     * @param lower how often it stood in lower case inside a sentence
     * @param total how often it stood inside a sentence at all
     */
    public record Entry(String word, int lower, int total) {
        public double share() {
            return (double) lower / total;
        }
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'\u2019]*");
    /** Marks after which a capital says nothing of the word: ends of sentences, quotes, dashes, brackets, bullets. */
    private static final String OPENING = ".!?:;\"'\u201c\u201d\u2018\u2019([\u2014\u2013-|>\u2022*#";
    /** A line this share of whose words (of three or more) are capitalized is a headline or chrome. */
    private static final double TITLE_LINE = 0.6;

    private final Map<String, int[]> counts = new HashMap<>();

    /** Adds the words of one article's text. */
    public void add(String text) {
        for (String line : text.split("\n")) {
            List<int[]> words = new ArrayList<>();
            Matcher m = WORD.matcher(line);
            int capitalized = 0;
            while (m.find()) {
                words.add(new int[] {m.start(), m.end()});
                if (Character.isUpperCase(line.charAt(m.start()))) {
                    capitalized++;
                }
            }
            if (words.size() >= 3 && capitalized >= TITLE_LINE * words.size()) {
                continue;
            }
            for (int[] w : words) {
                int j = w[0] - 1;
                while (j >= 0 && Character.isWhitespace(line.charAt(j))) {
                    j--;
                }
                if (j < 0 || OPENING.indexOf(line.charAt(j)) >= 0) {
                    continue;
                }
                String word = line.substring(w[0], w[1]);
                int[] c = counts.computeIfAbsent(word.toLowerCase(Locale.ROOT), k -> new int[2]);
                if (Character.isLowerCase(word.charAt(0))) {
                    c[0]++;
                }
                c[1]++;
            }
        }
    }

    /** The words seen at least {@code minCount} times inside sentences, lower case at least {@code minShare} of them; in word order. */
    public List<Entry> table(int minCount, double minShare) {
        List<Entry> out = new ArrayList<>();
        for (Map.Entry<String, int[]> e : new TreeMap<>(counts).entrySet()) {
            int[] c = e.getValue();
            if (c[1] >= minCount && c[0] >= minShare * c[1]) {
                out.add(new Entry(e.getKey(), c[0], c[1]));
            }
        }
        return out;
    }
}
