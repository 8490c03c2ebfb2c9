package org.w3id.dmkg.extract.person;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3id.dmkg.extract.KnownCountries;
import org.w3id.dmkg.extract.Names;
import org.w3id.dmkg.extract.Span;
import org.w3id.dmkg.extract.WordCases;
import org.w3id.dmkg.nlp.Mention;
import org.w3id.dmkg.nlp.MentionType;

/**
 * Groups the person mentions of one article into people: a mention whose words are all among the
 * words of a longer name ("Xi", "President Putin", "Marcos Jr") is that person; where two longer names
 * fit, the longest wins, then the one mentioned more often, then the one the article names first; a word
 * after "bin" names a father, not the person; two spellings of one name are one person, and a misspelling of a
 * name other news knows well is that name ({@link KnownSpellings}); a family name alone is not a relative the text
 * introduces as such ({@link Relatives}). Each person is named by the fullest form used. Stateless.
 */
public final class PersonResolver {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s$");
    private static final Set<String> PATRONYMIC = Set.of("bin", "ibn", "bint");
    /** Name keys' last words that tell a son from his father ({@link Names#words} folds case and stops). */
    private static final Set<String> GENERATION = Set.of("jr", "sr", "ii", "iii", "iv");
    private static final WordCases CASES = WordCases.bundled();

    /** The people of an article and the canonical name of each person mention. */
    public record People(List<PersonFact> persons, Map<Integer, String> nameAtOffset) {
        /** The canonical name of the person mentioned at the offset, or null. */
        public String at(int offset) {
            return nameAtOffset.get(offset);
        }
    }

    public People resolve(List<Mention> mentions) {
        return resolve(mentions, null);
    }

    /**
     * @param text the document's text the mentions point into, or null: the names as written there (a word in
     *             capitals that the label sets in title case, "ICIG Michael Atkinson") tell stray words apart
     */
    public People resolve(List<Mention> mentions, String text) {
        List<Mention> people = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.type() == MentionType.PERSON) {
                people.add(m);
            }
        }
        Map<String, Integer> frequency = new LinkedHashMap<>(); // in the order of first mention: ties go to the earlier
        Map<String, String> surface = new HashMap<>();
        Map<String, String> written = new HashMap<>();
        for (Mention m : people) {
            String k = key(m);
            frequency.merge(k, 1, Integer::sum);
            surface.putIfAbsent(k, clean(m.text()));
            written.putIfAbsent(k, text == null ? m.text() : text.substring(m.start(), m.end()));
        }
        Map<String, String> spelled = spellings(frequency);
        strays(frequency, surface, written).forEach(spelled::putIfAbsent);
        KnownSpellings.correct(frequency.keySet(), spelled, surface);
        Map<String, Integer> merged = new LinkedHashMap<>();
        frequency.forEach((k, n) -> merged.merge(spelled.getOrDefault(k, k), n, Integer::sum));
        Set<String> inOffice = new HashSet<>();
        Map<String, Relatives.Relative> kin = new HashMap<>();
        titles(mentions, people, spelled, inOffice, kin);
        if (text != null) {
            Relatives.fromText(people, m -> spelledKey(spelled, m), text, kin);
        }
        Map<String, String> canonicalOf = new HashMap<>(); // by key and the sex of the mention's honorific
        Map<String, List<Span>> spans = new LinkedHashMap<>();
        Map<Integer, String> at = new HashMap<>();
        for (Mention m : people) {
            String own = spelledKey(spelled, m);
            Relatives.Sex sex = text == null ? null : Relatives.honorific(text, m);
            String canonical = canonicalOf.computeIfAbsent(own + "\t" + sex,
                    x -> fullest(own, merged, inOffice, kin, sex));
            String name = surface.get(canonical);
            spans.computeIfAbsent(name, n -> new ArrayList<>()).add(new Span(m.start(), m.end()));
            at.put(m.start(), name);
        }
        List<PersonFact> facts = new ArrayList<>();
        spans.forEach((name, list) -> facts.add(new PersonFact(name, list)));
        return new People(facts, at);
    }

    /**
     * Names the article spells two ways ("Shehbaz Sharif" and "Shahbaz Sharif", "Dmitry" and "Dimitry
     * Medvedev"): the same words but one, and that one a letter apart ({@link #oneLetterApart}). Maps each
     * variant to the spelling kept: the one other news uses more often ({@link KnownCountries#attestations}), else the
     * more frequent, else the earlier.
     */
    private static Map<String, String> spellings(Map<String, Integer> frequency) {
        List<String> keys = new ArrayList<>(frequency.keySet());
        Map<String, String> out = new HashMap<>();
        KnownCountries known = KnownCountries.bundled();
        for (int i = 0; i < keys.size(); i++) {
            for (int j = i + 1; j < keys.size(); j++) {
                String a = keys.get(i);
                String b = keys.get(j);
                if (out.containsKey(a) || out.containsKey(b) || !variants(a.split(" "), b.split(" "))) {
                    continue;
                }
                int byA = known.attestations(a);
                int byB = known.attestations(b);
                boolean keepB = byB > byA || byB == byA && frequency.get(b) > frequency.get(a);
                out.put(keepB ? a : b, keepB ? b : a);
            }
        }
        return out;
    }

    /**
     * Longer forms of a name the article names that add nothing but a stray word, mapped to that name: a word of
     * the name repeated ("Donald Trump Trump", "Flake Jeff Flake", left by a page's name links), or one word
     * before a full name that is no given name: one news writes in lower case at least half the time ({@link
     * WordCases}: "Dear Donald Trump", "Advisory John Bolton", "Energy Rick Perry") or written in capitals
     * ("USA Donald Trump", "ICIG Michael Atkinson"). The full name must have two words or more and start with a
     * capital: "Bill de Blasio" is not "de Blasio", nor "Bill Clinton" "Clinton". A name of three words or more
     * whose last word repeats the one before ("Donald J. Trump Trump", "Bernie Sanders Sanders") is the name with it
     * once, whether or not the article writes that alone.
     */
    private static Map<String, String> strays(Map<String, Integer> frequency, Map<String, String> surface,
                                              Map<String, String> written) {
        Map<String, String> out = new HashMap<>();
        for (String k : frequency.keySet()) {
            String[] w = k.split(" ");
            if (w.length < 3) {
                continue;
            }
            Set<String> words = new HashSet<>(Arrays.asList(w));
            for (String other : frequency.keySet()) {
                String[] ow = other.split(" ");
                if (ow.length >= 2 && ow.length < w.length && words.equals(new HashSet<>(Arrays.asList(ow)))) {
                    out.put(k, other);
                }
            }
            String[] shown = surface.get(k).split(" ");
            if (!out.containsKey(k) && shown.length >= 3
                    && shown[shown.length - 1].equalsIgnoreCase(shown[shown.length - 2])) {
                // "Donald J. Trump Trump", "Ted Cruz Cruz": a page's name link after the name, the family name twice
                String single = String.join(" ", Arrays.copyOf(shown, shown.length - 1));
                String once = String.join(" ", Names.words(single));
                surface.putIfAbsent(once, single);
                out.put(k, once);
                continue;
            }
            String rest = String.join(" ", Arrays.copyOfRange(w, 1, w.length));
            String restWritten = surface.get(rest);
            if (!out.containsKey(k) && restWritten != null && Character.isUpperCase(restWritten.charAt(0))) {
                String first = SPACES.split(written.get(k).strip(), 2)[0];
                boolean capitals = first.length() >= 2 && first.chars().allMatch(Character::isUpperCase);
                if (capitals || CASES.oftenLower(first)) {
                    out.put(k, rest);
                }
            }
        }
        return out;
    }

    /** Two names of as many words, one word of them one letter apart ({@link #oneLetterApart}). */
    static boolean variants(String[] a, String[] b) {
        if (a.length < 2 || a.length != b.length) {
            return false;
        }
        int differ = 0;
        for (int i = 0; i < a.length; i++) {
            if (!a[i].equals(b[i])) {
                if (++differ > 1 || !oneLetterApart(a[i], b[i])) {
                    return false;
                }
            }
        }
        return differ == 1;
    }

    /**
     * Two spellings of one word: five letters or more, the same first letter, one letter changed, added,
     * dropped or two swapped; a changed last letter only i for y ("Sergei", "Sergey"), since other endings
     * make other names ("Maria", "Mario"), and no "a" added at the end ("Medvedev", "Medvedeva").
     */
    static boolean oneLetterApart(String a, String b) {
        if (a.length() < 5 || b.length() < 5 || a.charAt(0) != b.charAt(0) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int p = 0;
        while (p < a.length() && p < b.length() && a.charAt(p) == b.charAt(p)) {
            p++;
        }
        String ra = a.substring(p);
        String rb = b.substring(p);
        if (a.length() == b.length()) {
            if (ra.substring(1).equals(rb.substring(1))) {
                return p < a.length() - 1 || "iy".indexOf(a.charAt(p)) >= 0 && "iy".indexOf(b.charAt(p)) >= 0;
            }
            return ra.length() >= 2 && ra.charAt(0) == rb.charAt(1) && ra.charAt(1) == rb.charAt(0)
                    && ra.substring(2).equals(rb.substring(2));
        }
        String longer = a.length() > b.length() ? a : b;
        if (p == longer.length() - 1 && longer.endsWith("a")) {
            return false; // "Medvedev", "Medvedeva": a woman's form of the family name
        }
        return ra.length() > rb.length() ? ra.substring(1).equals(rb) : rb.substring(1).equals(ra);
    }

    /**
     * The fullest name the name {@code k} is a short form of. A short form the article gives an office ("President
     * Trump") is not a relative's name that the article gives no office: not one it introduces as a spouse or child
     * ("first lady Melania Trump", "his wife, Vanessa Trump", "the president's daughter Ivanka Trump") nor a son's
     * or father's ("Donald Trump Jr."). Nor is a short form with an honorific of one sex only ("Mr. Trump") the
     * name of a relative the article introduces by a noun of the other ("the president's daughter"), and no short form
     * is the relative of the one it names ("Mr. Bush" beside "Mr. Bush's brother, George W. Bush"); see {@link
     * Relatives}. The short form then names the office holder alone. Where the short form fits several people, {@link
     * #person} picks one; of that person's names the longest wins.
     *
     * @param sex the sex of the honorific right before the mention, or null
     */
    private static String fullest(String k, Map<String, Integer> frequency, Set<String> inOffice,
                                  Map<String, Relatives.Relative> kin, Relatives.Sex sex) {
        Set<String> words = new HashSet<>(Arrays.asList(k.split(" ")));
        List<String> fits = new ArrayList<>();
        for (String other : frequency.keySet()) {
            String[] ow = other.split(" ");
            if (ow.length <= words.size() || !named(ow, words).containsAll(words) || !samePerson(k, other)) {
                continue; // "George W. Bush" is not "George H. W. Bush"
            }
            Relatives.Relative relative = kin.get(other);
            if (relative != null && (relative.otherSex(sex) || k.equals(relative.whose())
                    || sex == null && relative.whose() == null && relative.spouse() && familyName(k, ow))
                    || inOffice.contains(k) && !inOffice.contains(other) && (relative != null || generation(ow, words))) {
                // "Mr. Trump" beside "the president's daughter Ivanka Trump"; "Mr. Bush" beside "Mr. Bush's brother,
                // George W. Bush"; "Trump" beside "first lady Melania Trump"; "President Trump" beside "his wife,
                // Vanessa Trump" or "Donald Trump Jr."
                continue;
            }
            fits.add(other);
        }
        String best = k;
        int bestScore = -1;
        for (String other : person(fits, frequency, inOffice)) {
            String[] ow = other.split(" ");
            // "Trump" is Donald Trump, not Donald Trump Jr., when the article names both: the son's name
            // counts as the father's with a tie lost, unless the shorter form uses the suffix
            boolean suffixed = generation(ow, words)
                    && frequency.containsKey(String.join(" ", Arrays.copyOf(ow, ow.length - 1)));
            int score = (ow.length - (suffixed ? 1 : 0)) * 1000 + (suffixed ? 0 : 500) + Math.min(frequency.get(other), 499);
            if (score > bestScore) {
                best = other;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * Whether the short form is the longer name's family name alone ("trump" of "melania trump"): without an
     * honorific it names the principal the article calls by that name, not the one it introduces as a spouse
     * ("first lady Melania Trump", "his wife, Vanessa Trump"); a child, a sibling or an in-law keeps it ("Kushner"
     * for "the president's son-in-law Jared Kushner", "Wazed" for "the prime minister's son Sajeeb Wazed").
     */
    private static boolean familyName(String k, String[] longer) {
        return !k.contains(" ") && k.equals(longer[longer.length - 1]);
    }

    /** Whether the longer name ends in a generation suffix ("Jr", "III") the short form's words do not use. */
    private static boolean generation(String[] longer, Set<String> shorter) {
        String last = longer[longer.length - 1];
        return GENERATION.contains(last) && !shorter.contains(last);
    }

    /**
     * Of the longer names a short form fits, those of the one person it most likely stands for. Names one of
     * which holds the other's words are one person ("Donald Trump", "Donald J. Trump"), unless each has an
     * initial and they differ ("George W. Bush", "George H. W. Bush"). Among several people the short form
     * stands for the one other news knows best as an office holder ({@link KnownCountries#standing}), then the
     * one the article names more often, then the one it names first, then the one it gives an office: "Trump" in
     * an article that also names "Melania Knauss Trump" is the president, however long her name.
     */
    private static List<String> person(List<String> fits, Map<String, Integer> frequency, Set<String> inOffice) {
        if (fits.size() < 2) {
            return fits;
        }
        List<List<String>> people = new ArrayList<>();
        for (String name : fits) {
            List<List<String>> joined = people.stream()
                    .filter(p -> p.stream().anyMatch(other -> samePerson(name, other))).toList();
            List<String> merged = new ArrayList<>(List.of(name));
            joined.forEach(merged::addAll);
            people.removeAll(joined);
            people.add(merged);
        }
        KnownCountries known = KnownCountries.bundled();
        List<String> order = new ArrayList<>(frequency.keySet());
        Comparator<List<String>> likelier = Comparator
                .comparing((List<String> p) -> p.stream().filter(n -> n.contains(" ")).mapToInt(known::standing).max()
                        .orElse(0))
                .thenComparing(p -> p.stream().mapToInt(frequency::get).sum())
                .thenComparing(p -> -p.stream().mapToInt(order::indexOf).min().orElse(0))
                .thenComparing(p -> p.stream().anyMatch(inOffice::contains));
        List<String> best = people.stream().max(likelier).orElseThrow();
        return fits.stream().filter(best::contains).toList();
    }

    /** Whether one name holds the other's words, and they do not differ in their initials. */
    private static boolean samePerson(String a, String b) {
        Set<String> wa = new HashSet<>(Arrays.asList(a.split(" ")));
        Set<String> wb = new HashSet<>(Arrays.asList(b.split(" ")));
        if (!wa.containsAll(wb) && !wb.containsAll(wa)) {
            return false;
        }
        Set<String> ia = new HashSet<>();
        Set<String> ib = new HashSet<>();
        wa.stream().filter(w -> w.length() == 1).forEach(ia::add);
        wb.stream().filter(w -> w.length() == 1).forEach(ib::add);
        return ia.isEmpty() || ib.isEmpty() || ia.equals(ib);
    }

    /** A mention's key ({@link #key}) as the article's spelling kept has it ({@code spelled}). */
    private static String spelledKey(Map<String, String> spelled, Mention m) {
        String k = key(m);
        return spelled.getOrDefault(k, k);
    }

    /** A mention's name as a key: its words, case folded, without stops ({@link Names#words}). */
    private static String key(Mention m) {
        return String.join(" ", Names.words(m.text()));
    }

    /**
     * Which names (keys, after {@link #spellings}) the article gives right after an office title ({@code inOffice})
     * and which right after a role of kin ({@code kin}).
     */
    private static void titles(List<Mention> mentions, List<Mention> people, Map<String, String> spelled,
                               Set<String> inOffice, Map<String, Relatives.Relative> kin) {
        Map<Integer, Mention> titleEndingAt = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type() == MentionType.TITLE) {
                titleEndingAt.put(m.end(), m);
            }
        }
        for (Mention p : people) {
            Mention t = titleEndingAt.get(p.start() - 1);
            if (t == null) {
                continue;
            }
            String k = spelledKey(spelled, p);
            if (Relatives.TITLES.containsKey(t.key())) {
                kin.put(k, new Relatives.Relative(Relatives.TITLES.get(t.key()), null, true));
            } else if (!t.key().startsWith("!")) {
                inOffice.add(k);
            }
        }
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
