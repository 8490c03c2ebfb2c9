package org.w3id.dmkg.extract.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3id.dmkg.extract.KnownCountries;

/**
 * Names an article misspells that other news writes right, for the person resolver ({@link PersonResolver}): a
 * name of two words or more that other news gives at most once, but gives a slip of the keys apart ({@link #typo})
 * as an office holder in {@value #ARTICLES} articles or more ({@link KnownCountries}), is that name: "Vladmir Putin"
 * is Vladimir Putin; "Sergei Kislyak" stays as written beside "Sergey Kislyak". Stateless.
 */
final class KnownSpellings {
    private KnownSpellings() {
    }

    /** How many articles must give a name as an office holder's before its spelling corrects an article's. */
    static final int ARTICLES = 3;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** The names other news knows well, keyed by the first letter of each of their words. */
    private static final Map<String, List<String>> BY_INITIALS = new HashMap<>();

    static {
        for (String k : KnownCountries.bundled().attested(ARTICLES)) {
            BY_INITIALS.computeIfAbsent(initials(k), x -> new ArrayList<>()).add(k);
        }
    }

    private static String initials(String key) {
        StringBuilder b = new StringBuilder();
        for (String w : key.split(" ")) {
            b.append(w.isEmpty() ? ' ' : w.charAt(0));
        }
        return b.toString();
    }

    /**
     * Maps in {@code spelled} each of the article's name keys (not mapped yet) that misspells a well-known name to
     * that name's key, when the article does not name it so too, and gives that key a surface: the article's
     * words, the corrected one in the article's capitals.
     */
    static void correct(Set<String> keys, Map<String, String> spelled, Map<String, String> surface) {
        KnownCountries known = KnownCountries.bundled();
        for (String k : keys) {
            String[] words = k.split(" ");
            String[] written = SPACES.split(surface.get(k));
            if (spelled.containsKey(k) || words.length < 2 || written.length != words.length
                    || known.attestations(k) > 1) {
                continue;
            }
            for (String candidate : BY_INITIALS.getOrDefault(initials(k), List.of())) {
                String[] right = candidate.split(" ");
                if (!keys.contains(candidate) && PersonResolver.variants(words, right) && typo(words, right)) {
                    StringBuilder name = new StringBuilder();
                    for (int i = 0; i < words.length; i++) {
                        String w = words[i].equals(right[i]) ? written[i] : cased(right[i], written[i]);
                        name.append(i == 0 ? "" : " ").append(w);
                    }
                    spelled.put(k, candidate);
                    surface.putIfAbsent(candidate, name.toString());
                    break;
                }
            }
        }
    }

    /**
     * Whether two spellings one letter apart ({@link PersonResolver#variants}) differ as a slip of the keys does: a
     * letter left out or doubled, or two letters swapped; not one letter for another, as transliterations differ
     * ("Sergei", "Sergey").
     */
    static boolean typo(String[] a, String[] b) {
        for (int i = 0; i < a.length; i++) {
            if (!a[i].equals(b[i]) && a[i].length() == b[i].length()) {
                int first = 0;
                while (a[i].charAt(first) == b[i].charAt(first)) {
                    first++;
                }
                return first + 1 < a[i].length() && a[i].charAt(first) == b[i].charAt(first + 1)
                        && a[i].charAt(first + 1) == b[i].charAt(first);
            }
        }
        return true;
    }

    /** The word in the capitals of another: "vladimir" as "Vladmir" is written, "Vladimir". */
    private static String cased(String word, String like) {
        if (like.chars().noneMatch(Character::isLowerCase)) {
            return word.toUpperCase(Locale.ROOT);
        }
        return Character.isUpperCase(like.charAt(0)) ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word;
    }
}
