package org.w3id.dmkg.extract.person;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3id.dmkg.extract.Names;
import org.w3id.dmkg.extract.Span;
import org.w3id.dmkg.nlp.Mention;
import org.w3id.dmkg.nlp.MentionType;

/**
 * Groups the person mentions of one article into people: a mention whose words are all among the
 * words of a longer name ("Xi", "President Putin", "Marcos Jr") is that person; where two longer names
 * fit, the longest wins, then the one mentioned more often, then the one the article names first; a word
 * after "bin" names a father, not the person. Each person is named by the fullest form used. Stateless.
 */
public final class PersonResolver {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s$");
    private static final Set<String> PATRONYMIC = Set.of("bin", "ibn", "bint");

    /** The people of an article and the canonical name of each person mention. */
    public record People(List<PersonFact> persons, Map<Integer, String> nameAtOffset) {
        /** The canonical name of the person mentioned at the offset, or null. */
        public String at(int offset) {
            return nameAtOffset.get(offset);
        }
    }

    public People resolve(List<Mention> mentions) {
        List<Mention> people = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.type() == MentionType.PERSON) {
                people.add(m);
            }
        }
        Map<String, Integer> frequency = new LinkedHashMap<>(); // in the order of first mention: ties go to the earlier
        Map<String, String> surface = new HashMap<>();
        for (Mention m : people) {
            String k = String.join(" ", Names.words(m.text()));
            frequency.merge(k, 1, Integer::sum);
            surface.putIfAbsent(k, clean(m.text()));
        }
        Map<String, String> canonicalOf = new HashMap<>();
        for (String k : frequency.keySet()) {
            canonicalOf.put(k, fullest(k, frequency));
        }
        Map<String, List<Span>> spans = new LinkedHashMap<>();
        Map<Integer, String> at = new HashMap<>();
        for (Mention m : people) {
            String name = surface.get(canonicalOf.get(String.join(" ", Names.words(m.text()))));
            spans.computeIfAbsent(name, n -> new ArrayList<>()).add(new Span(m.start(), m.end()));
            at.put(m.start(), name);
        }
        List<PersonFact> facts = new ArrayList<>();
        spans.forEach((name, list) -> facts.add(new PersonFact(name, list)));
        return new People(facts, at);
    }

    private static String fullest(String k, Map<String, Integer> frequency) {
        Set<String> words = new HashSet<>(Arrays.asList(k.split(" ")));
        String best = k;
        int bestScore = -1;
        for (String other : frequency.keySet()) {
            String[] ow = other.split(" ");
            if (ow.length <= words.size() || !named(ow, words).containsAll(words)) {
                continue;
            }
            int score = ow.length * 1000 + frequency.get(other);
            if (score > bestScore) {
                best = other;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * The words of a name a shorter one may use: not one after "bin", "ibn" or "bint", which names the father,
     * unless the shorter one says "bin" too ("King Salman" is not "Mohammed bin Salman"; "bin Salman" is).
     */
    private static Set<String> named(String[] words, Set<String> shorter) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i < words.length; i++) {
            if (i == 0 || !PATRONYMIC.contains(words[i - 1].toLowerCase(java.util.Locale.ROOT))
                    || shorter.contains(words[i - 1])) {
                out.add(words[i]);
            }
        }
        return out;
    }

    /** The name as written, without a trailing comma, possessive or full stop, white space folded. */
    static String clean(String text) {
        String t = POSSESSIVE.matcher(SPACES.matcher(text).replaceAll(" ").strip()).replaceAll("");
        int last = t.lastIndexOf(' ') + 1;
        return t.substring(0, last) + NameRuns.withoutStop(t.substring(last)); // "Donald Trump." ends a sentence
    }
}
