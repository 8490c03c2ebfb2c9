package org.w3id.dmkg.learn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dmkg.extract.Lexicon;
import org.w3id.dmkg.extract.NameContexts;
import org.w3id.dmkg.extract.WordCases;
import org.w3id.dmkg.extract.person.NameRuns;

/**
 * Counts, over many articles, how often each word is written in lower case where English does not ask for
 * a capital: inside a sentence of running text, not after a full stop, colon, quote or dash, and not in
 * lines most of whose words are capitalized (headlines, menus, credits). "so", "see", "freedom" and
 * "charities" are mostly lower case there; "Bush", "Obamacare" and "Kim" never are. The table
 * {@link WordCases} reads. Beside it, for each capitalized word, how often it stands where a place stands
 * (after "in", "near", "outside") and where a person stands (after a title or honorific, before a verb of
 * speech): "Orlando" and "Darfur" are written after "in", "Putin" after "Mr." and before "said", "Olympic"
 * in neither; the table {@link NameContexts} reads. The counts depend only on the articles added, not on
 * their order. Not thread-safe.
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

    /**
     * One capitalized word and where it stood.
     *
     * @param word   the word in lower case, without a possessive ending
     * @param uses   how often it stood capitalized inside a sentence or after an honorific
     * @param place  how often of those after a preposition of place ({@link NameContexts#PLACE_PREPOSITIONS})
     * @param person how often after a title or honorific, or before a verb of speech
     * @param bearer how often where only a person stands, speaking or not: before "who" or "whose", after "late",
     *               or with a possessive before a word of family, life or death ("Annan, who", "the late Kofi
     *               Annan", "Roosevelt's wife"); the dead and those named only in full are seldom titled or quoted
     */
    public record Context(String word, int uses, int place, int person, int bearer) {
    }

    /** Words after which a capitalized word stood for a person ("Annan, who"). */
    private static final Set<String> WHO = Set.of("who", "whose");
    /** Words after a possessive name that only a person has: "Roosevelt's wife", "bin Laden's death". */
    private static final Set<String> KIN = Set.of("wife", "husband", "son", "sons", "daughter", "daughters", "father",
            "mother", "brother", "sister", "widow", "children", "parents", "family", "death", "funeral", "birthday",
            "assassination", "killing", "grave", "memoir", "memoirs", "lawyer", "lawyers", "attorney");

    private final Map<String, int[]> counts = new HashMap<>();
    private final Map<String, int[]> contexts = new HashMap<>();

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
            for (int i = 0; i < words.size(); i++) {
                int[] w = words.get(i);
                int j = w[0] - 1;
                while (j >= 0 && Character.isWhitespace(line.charAt(j))) {
                    j--;
                }
                boolean inside = j >= 0 && OPENING.indexOf(line.charAt(j)) < 0;
                String word = line.substring(w[0], w[1]);
                String before = i == 0 ? "" : withStop(line, words.get(i - 1));
                if (Character.isUpperCase(word.charAt(0)) && (inside || titled(before))) {
                    String after = i + 1 < words.size() ? line.substring(words.get(i + 1)[0], words.get(i + 1)[1]) : "";
                    context(word, before, after);
                }
                if (!inside) {
                    continue;
                }
                int[] c = counts.computeIfAbsent(word.toLowerCase(Locale.ROOT), k -> new int[2]);
                if (Character.isLowerCase(word.charAt(0))) {
                    c[0]++;
                }
                c[1]++;
            }
        }
    }

    /** A word as written with the full stop right after it, if any: "Mr.", "Sen.". */
    private static String withStop(String line, int[] w) {
        return line.substring(w[0], w[1] < line.length() && line.charAt(w[1]) == '.' ? w[1] + 1 : w[1]);
    }

    /** An honorific or title before a name ("Mr.", "Sen.", "Professor"), not the pronouns "His" and "Her". */
    private static boolean titled(String before) {
        return NameRuns.honorific(before) && !before.equals("His") && !before.equals("Her");
    }

    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s?$");

    /** Counts one capitalized word with the words before and after it. */
    private void context(String word, String before, String after) {
        Matcher ending = POSSESSIVE.matcher(word);
        boolean possessive = ending.find();
        String key = (possessive ? word.substring(0, ending.start()) : word).toLowerCase(Locale.ROOT);
        if (key.isEmpty()) {
            return;
        }
        int[] c = contexts.computeIfAbsent(key, k -> new int[4]);
        c[0]++;
        if (!possessive && NameContexts.PLACE_PREPOSITIONS.contains(before)) {
            c[1]++; // "in Orlando", but not "in Trump's"
        }
        if (titled(before) || !possessive && Lexicon.SPEECH_VERBS.contains(after)) {
            c[2]++;
        }
        String next = after.toLowerCase(Locale.ROOT);
        if (!possessive && WHO.contains(next) || before.equalsIgnoreCase("late") || possessive && KIN.contains(next)) {
            c[3]++;
        }
    }

    /** The capitalized words seen at least {@code minCount} times, in word order. */
    public List<Context> contexts(int minCount) {
        List<Context> out = new ArrayList<>();
        for (Map.Entry<String, int[]> e : new TreeMap<>(contexts).entrySet()) {
            int[] c = e.getValue();
            if (c[0] >= minCount) {
                out.add(new Context(e.getKey(), c[0], c[1], c[2], c[3]));
            }
        }
        return out;
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
