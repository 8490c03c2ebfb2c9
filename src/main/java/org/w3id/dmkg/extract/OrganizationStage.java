package org.w3id.dmkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3id.dmkg.extract.gazetteer.Gazetteer;
import org.w3id.dmkg.nlp.Document;
import org.w3id.dmkg.nlp.Mention;
import org.w3id.dmkg.nlp.MentionStage;
import org.w3id.dmkg.nlp.MentionType;
import org.w3id.dmkg.nlp.Sentence;
import org.w3id.dmkg.nlp.Token;
import org.w3id.dmkg.text.CalendarWords;

/**
 * Recognizes organizations the gazetteer does not know from their shape: a capitalized phrase ending in
 * an organization word ("High-Level Russian-Turkish Cooperation Council", "Communications Directorate"),
 * possibly continued by "of" and more capitalized words, or by "of (the)" and a country ("National Assembly
 * of Vietnam"), or by "for" or "on" and capitalized words ("Orman Association for Orphans"). The phrase may open
 * with a city or region ("Cairo University", "the Texas Senate": not the national chamber the gazetteer knows) or
 * another country's adjective ("the Philippine Senate", "the Brazilian Congress": not the US chamber the gazetteer
 * knows by the bare word), or follow its parent's acronym ("CPV Central Inspection Commission") or its parent and
 * that one's acronym in brackets ("National People's Congress (NPC) Standing Committee", named without the
 * acronym). A phrase followed by "of" and a known organization is a part of that one and is left alone. A bare
 * "Congress" after "National" or "Party" is another body ("African National Congress"), or after an ordinal a
 * session of a party's congress, an event and no organization ("the 19th CPC National Congress").
 * A country's ministry, embassy or army named by the country and a common noun is one too ("the Iranian
 * foreign ministry", {@link #ofCountries}). The key is {@code org/<slug>}, but a body named by the end of a longer
 * name in the same article takes that one's ({@link #shortForms}). Thread-safe.
 */
public final class OrganizationStage implements MentionStage {
    private static final Set<String> INNER = Set.of("of", "for", "and", "&", "the", "on", "-");
    private static final WordCases WORDS = WordCases.bundled();
    /** The names of the days and months, in full and short: "the Union on Wednesday" is the union, then a date. */
    private static final Set<String> CALENDAR = CalendarWords.ALL;
    /** "19th", "20th": the number of a session. */
    private static final Pattern ORDINAL = Pattern.compile("\\d{1,3}(?:st|nd|rd|th)");
    /** Words that make a bare chamber's name ("Congress") the name of another body: "African National Congress". */
    private static final Set<String> QUALIFIERS = Set.of("National", "Party");
    private final Set<String> heads = Lexicon.ORGANIZATION_HEADS;
    private final Set<String> stop = new HashSet<>(Lexicon.lines("name-stopwords.txt"));
    private final Gazetteer gazetteer;

    /** @param gazetteer the reference data, for the country of an organization the gazetteer knows */
    public OrganizationStage(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public Document apply(Document document) {
        Set<Integer> sessions = new HashSet<>(); // where a session's "Congress" stands: no body's name ends there
        List<Mention> all = qualifiedNames(document, sessions);
        MentionIndex index = new MentionIndex(all);
        for (Sentence s : document.sentences()) {
            List<Token> tokens = s.tokens();
            int i = 0;
            while (i < tokens.size()) {
                int end = phraseEnd(tokens, i, index);
                if (end > i) {
                    int last = lastHead(tokens, i, end);
                    int of = headlessBeforeOf(tokens, i, last);
                    if (of > i) {
                        // "Jim Kolbe of the International Republican Institute": a person, then the body
                        i = tokens.get(of + 1).text().equals("the") ? of + 2 : of + 1;
                    }
                    if (last > i && !partOfKnown(tokens, last, index) && !sessions.contains(tokens.get(last).start())
                            && !(placeFirst(tokens, i, index) && connected(tokens, i, last))) {
                        Mention acronym = i > 0 ? index.at(tokens.get(i - 1).start()) : null;
                        // "CPV Central Inspection Commission": the body of the organization its acronym names
                        int start = acronym != null && acronym.type() == MentionType.ORGANIZATION
                                && acronym.end() == tokens.get(i - 1).end() && acronym.end() < tokens.get(i).start()
                                && acronym.text().chars().noneMatch(Character::isLowerCase) ? acronym.start()
                                : tokens.get(i).start();
                        int headEnd = tokens.get(last).end();
                        int bodyStart = tokens.get(i).start();
                        all.removeIf(m -> m.type() == MentionType.COUNTRY && m.start() >= bodyStart
                                && m.end() <= headEnd && m.start() > bodyStart
                                || m.type() == MentionType.ORGANIZATION && m.start() >= bodyStart && m.end() <= headEnd);
                        Mention country = ofCountry(tokens, last, index);
                        int tail = country == null ? purposeEnd(tokens, last, end, index) : -1;
                        int stopAt = country != null ? country.end() : tail > last ? tokens.get(tail).end() : headEnd;
                        String text = document.text().substring(start, stopAt);
                        Mention owner = start == bodyStart ? ownerBeforeAcronym(tokens, i, index) : null;
                        if (owner != null) {
                            // "National People's Congress (NPC) Standing Committee": the owner's body, named
                            // without the acronym between
                            text = owner.text() + " " + text;
                        }
                        all.add(body(start, stopAt, text));
                        i = Math.max(last, tail) + 1;
                        continue;
                    }
                }
                int tail = headFirst(tokens, i, index);
                if (tail > i) {
                    int start = tokens.get(i).start();
                    String text = document.text().substring(start, tokens.get(tail).end());
                    all.add(body(start, tokens.get(tail).end(), text));
                    i = tail + 1;
                    continue;
                }
                i++;
            }
        }
        return document.withMentions(shortForms(document.text(), ofCountries(document, all)));
    }

    /**
     * The organization named before the acronym in brackets that stands right before token {@code i}, the
     * acronym itself one ("Communist Party of China (CPC) Central Committee"), or null.
     */
    private static Mention ownerBeforeAcronym(List<Token> tokens, int i, MentionIndex index) {
        if (i < 4 || !TokenWindow.bracketedBefore(tokens, i)) {
            return null;
        }
        Mention acronym = index.at(tokens.get(i - 2).start());
        Mention owner = index.endingAt(tokens.get(i - 4).end());
        return acronym != null && acronym.type() == MentionType.ORGANIZATION && owner != null
                && owner.type() == MentionType.ORGANIZATION ? owner : null;
    }

    /**
     * A body named by the end of a longer name the article also gives ("the Judiciary Committee" after "the House
     * Judiciary Committee") is that one: it takes the longer name's key. Not the end of a name of another body "of"
     * it ("the Political Bureau of the CPC Central Committee" is not the Central Committee), and only names the
     * shapes found are so read: one the gazetteer knows ("Senate") keeps its own. A name right after another
     * capitalized word is part of a longer one ("House Armed Services Committee") and keeps its own key,
     * and where two longer names end with a name ("the Armed Services Committee" beside the House's and the
     * Senate's) it is left as it is.
     */
    private static List<Mention> shortForms(String text, List<Mention> mentions) {
        Map<String, String> longer = new HashMap<>(); // full name to key, null for a qualified name's
        Set<Mention> qualified = new HashSet<>();
        for (Mention m : mentions) {
            if (m.type() != MentionType.ORGANIZATION) {
                continue;
            }
            String before = wordBefore(text, m.start());
            if (!before.isEmpty() && Character.isUpperCase(before.charAt(0)) && !ARTICLES.contains(before)) {
                qualified.add(m);
                longer.putIfAbsent(before + " " + m.text(), null);
            }
            if (!m.text().contains(" of ")) {
                longer.put(m.text(), m.key());
            }
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Set<String> names = new HashSet<>();
            if (m.type() == MentionType.ORGANIZATION && m.key().equals("org/" + Names.slug(m.text()))
                    && !qualified.contains(m)) {
                for (String name : longer.keySet()) {
                    if (name.endsWith(" " + m.text())) {
                        names.add(name);
                    }
                }
            }
            String key = names.size() == 1 ? longer.get(names.iterator().next()) : null;
            out.add(key == null || key.equals(m.key()) ? m
                    : new Mention(m.type(), m.start(), m.end(), m.text(), key));
        }
        return out;
    }

    /** Words that open a name without being part of it. */
    private static final Set<String> ARTICLES = Set.of("The", "A", "An");

    /** The word that ends right before the offset with only spaces between, or "" (punctuation, the text's start). */
    private static String wordBefore(String text, int offset) {
        int end = offset;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
            start--;
        }
        return end < offset ? text.substring(start, end) : "";
    }

    /**
     * A country's body named by its country and a common noun, in either case: "the Iranian foreign ministry",
     * "Indian Army", "the Chilean consulate", "Saudi Foreign Office" (not the British one the gazetteer knows
     * by "Foreign Office"); an embassy or consulate goes on with "in" and its city ("the US embassy in
     * Ankara"). Governments, parliaments and the military are left to the country: news names them in passing.
     */
    private static List<Mention> ofCountries(Document document, List<Mention> found) {
        MentionIndex index = new MentionIndex(found);
        List<Mention> all = new ArrayList<>(found);
        List<Mention> added = new ArrayList<>();
        for (Sentence s : document.sentences()) {
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                Mention country = index.at(tokens.get(i).start());
                if (country == null || country.type() != MentionType.COUNTRY) {
                    continue;
                }
                int k = TokenWindow.lastTokenOf(tokens, i, country);
                int last = -1;
                for (List<String> body : COUNTRY_BODIES) {
                    if (matches(tokens, k + 1, body)) {
                        last = k + body.size();
                        break;
                    }
                }
                if (last < 0) {
                    continue;
                }
                int bodyStart = tokens.get(k + 1).start();
                int bodyEnd = tokens.get(last).end();
                Mention known = index.at(bodyStart);
                if (known != null && !(known.type() == MentionType.ORGANIZATION && known.end() == bodyEnd)
                        || index.coversInside(bodyStart)) {
                    continue; // a longer name the gazetteer or the shapes found ("Chinese Foreign Ministry")
                }
                String head = tokens.get(last).text().toLowerCase(Locale.ROOT);
                if ((head.equals("embassy") || head.equals("consulate")) && last + 2 < tokens.size()
                        && tokens.get(last + 1).text().equals("in")) {
                    Mention city = index.at(tokens.get(last + 2).start());
                    if (city != null && (city.type() == MentionType.PLACE || city.type() == MentionType.COUNTRY)) {
                        bodyEnd = city.end();
                    }
                }
                int start = country.start();
                int end = bodyEnd;
                all.removeIf(m -> m.start() >= bodyStart && m.end() <= end);
                String text = document.text().substring(start, end);
                Mention body = body(start, end, text);
                all.add(body);
                added.add(body);
                i = last;
            }
        }
        // "the Indian embassy" after "the Indian embassy in Kathmandu": the same embassy
        for (Mention m : added) {
            added.stream().filter(o -> o.text().startsWith(m.text() + " in ")).findFirst().ifPresent(o -> {
                all.remove(m);
                all.add(new Mention(m.type(), m.start(), m.end(), m.text(), o.key()));
            });
        }
        return all;
    }

    /** The bodies {@link #ofCountries} names, each as lower-case words. */
    private static final List<List<String>> COUNTRY_BODIES = List.of(List.of("foreign", "ministry"),
            List.of("foreign", "office"), List.of("defence", "ministry"), List.of("defense", "ministry"),
            List.of("ministry", "of", "foreign", "affairs"), List.of("embassy"), List.of("consulate"),
            List.of("army"), List.of("navy"), List.of("air", "force"));

    private static boolean matches(List<Token> tokens, int from, List<String> words) {
        if (from + words.size() > tokens.size()) {
            return false;
        }
        for (int j = 0; j < words.size(); j++) {
            if (!tokens.get(from + j).text().equalsIgnoreCase(words.get(j))) {
                return false;
            }
        }
        return true;
    }

    /** The last index of a run of capitalized words, inner connectors and country adjectives from i. */
    private int phraseEnd(List<Token> tokens, int i, MentionIndex index) {
        if (!placeFirst(tokens, i, index) && (!capitalized(tokens.get(i), index)
                || stop.contains(tokens.get(i).text()) && !heads.contains(tokens.get(i).text())
                || i == 0 && WORDS.common(tokens.get(i).text()) && !heads.contains(tokens.get(i).text()))) {
            return i; // "Students of Cairo University": capitalized only as the sentence opens
        }
        int last = i;
        for (int k = i + 1; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            Mention m = index.at(t.start());
            if (m != null && (m.type() == MentionType.COUNTRY || m.type() == MentionType.PLACE)
                    || m != null && m.type() == MentionType.ORGANIZATION && heads.contains(lastWord(m))
                    && (placeBefore(tokens, i, k, index) || qualifiedBefore(tokens, i, k, m, index))) {
                // "Cairo University"; "the Puerto Rico Senate", not the country's chamber the gazetteer knows
                k = TokenWindow.lastTokenOf(tokens, k, m);
                last = k;
                if (m.type() == MentionType.ORGANIZATION) {
                    break;
                }
            } else if (capitalized(t, index)) {
                last = k;
            } else if (!INNER.contains(t.text()) || m != null || (t.text().equals("and") || t.text().equals("&"))
                    && k + 1 < tokens.size() && (tokens.get(k + 1).text().equalsIgnoreCase("the")
                    || tokens.get(k + 1).text().equals("of") || heads.contains(tokens.get(k + 1).text()))) {
                break; // "Cairo University and the College of Staten Island", "... Center and College of", "a meeting
                // of the Euro-Atlantic Partnership Council and of the NATO-Ukraine Commission": two names
            }
        }
        return last;
    }

    private boolean capitalized(Token t, MentionIndex index) {
        Mention m = index.at(t.start());
        // a word of names joined by hyphens ("NATO-Ukraine" before "Commission") may open a body's name too
        boolean free = m == null || m.type() == MentionType.COUNTRY || m.end() < t.end();
        return free && !index.coversInside(t.start()) && Character.isUpperCase(t.text().charAt(0))
                && t.text().chars().anyMatch(Character::isLowerCase);
    }

    /**
     * A name that starts with its organization word and goes on with "of (the)" and capitalized words or
     * places ("Ministry of Defence", "University of Minnesota", "Parliament of Zimbabwe"): the index of its
     * last token, or -1.
     */
    private int headFirst(List<Token> tokens, int i, MentionIndex index) {
        String head = tokens.get(i).text();
        if (!heads.contains(head) || head.equals("Government") || index.at(tokens.get(i).start()) != null
                || i + 2 >= tokens.size() || !tokens.get(i + 1).text().equals("of")
                || i > 0 && (Character.isUpperCase(tokens.get(i - 1).text().charAt(0))
                || TokenWindow.possessiveMark(tokens.get(i - 1).text()))) {
            return -1; // "the Government of Japan" is the country's; "National People's Congress of" starts before
        }
        int k = i + 2;
        if (tokens.get(k).text().equals("the")) {
            k++;
        }
        int last = -1;
        while (k < tokens.size() && k < i + 9) {
            Token t = tokens.get(k);
            Mention m = index.at(t.start());
            if (m != null && (m.type() == MentionType.PLACE || m.type() == MentionType.COUNTRY)) {
                k = TokenWindow.lastTokenOf(tokens, k, m);
                last = k;
            } else if (capitalized(t, index)) {
                last = k;
            } else if (!(last > 0 && Set.of("and", "&").contains(t.text()) && k + 1 < tokens.size()
                    && capitalized(tokens.get(k + 1), index))) {
                break;
            }
            k++;
        }
        String next = last > 0 && last + 1 < tokens.size() ? tokens.get(last + 1).text() : "";
        boolean goesOn = next.equals("of") || !next.isEmpty() && Character.isUpperCase(next.charAt(0));
        return goesOn ? -1 : last; // "Council of Heads of State of ...", "Council of Economic Advisers": longer
    }

    /** Whether the token opens a place's name. */
    private static boolean placeFirst(List<Token> tokens, int i, MentionIndex index) {
        Mention m = index.at(tokens.get(i).start());
        return m != null && m.type() == MentionType.PLACE;
    }

    /**
     * Whether a connecting word stands between two tokens: a name that opens with a place runs straight to its
     * organization word ("Cairo University", "Dallas City Council"), not "Delaware Democrat on the Foreign
     * Relations Committee".
     */
    private static boolean connected(List<Token> tokens, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (INNER.contains(tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the run from {@code i} to before {@code k} is one place's name: "Puerto Rico" before "Senate". */
    private static boolean placeBefore(List<Token> tokens, int i, int k, MentionIndex index) {
        return placeFirst(tokens, i, index) && k > i && index.at(tokens.get(i).start()).end() == tokens.get(k - 1).end();
    }

    /**
     * Whether a bare name the gazetteer knows ("Senate", "Congress") at token {@code k} names another body, by
     * what the run from {@code i} puts before it: the adjective of a country the known body does not belong to
     * ("Philippine Senate", not "American Congress").
     */
    private boolean qualifiedBefore(List<Token> tokens, int i, int k, Mention known, MentionIndex index) {
        if (k <= i || known.text().indexOf(' ') >= 0) {
            return false;
        }
        Mention country = index.at(tokens.get(i).start());
        if (country == null || country.type() != MentionType.COUNTRY || country.end() != tokens.get(k - 1).end()) {
            return false;
        }
        String own = gazetteer.countryOf(known.key());
        return gazetteer.adjectiveOnly(country.text()) && own != null && !own.equals(country.key());
    }

    /**
     * The mentions with each bare name the gazetteer knows ("Congress") that "National" or "Party" qualifies read
     * anew: with the capitalized words before the qualifier it is another body ("African National Congress", "Indian
     * National Congress" where the gazetteer does not know it whole); after an ordinal it is a session of a party's
     * congress ("the 19th CPC National Congress", "the 20th National Congress of the Communist Party of China"), an
     * event and no organization (its start goes to {@code sessions}); else it is left as it is.
     */
    private List<Mention> qualifiedNames(Document document, Set<Integer> sessions) {
        List<Mention> all = new ArrayList<>(document.mentions());
        MentionIndex index = new MentionIndex(all);
        for (Sentence s : document.sentences()) {
            List<Token> tokens = s.tokens();
            for (int k = 1; k < tokens.size(); k++) {
                Mention known = index.at(tokens.get(k).start());
                if (known == null || known.type() != MentionType.ORGANIZATION || known.text().indexOf(' ') >= 0
                        || !heads.contains(known.text()) || gazetteer.countryOf(known.key()) == null
                        || !QUALIFIERS.contains(tokens.get(k - 1).text())) {
                    continue;
                }
                int first = k - 1;
                while (first > 0 && !INNER.contains(tokens.get(first - 1).text())
                        && Character.isUpperCase(tokens.get(first - 1).text().charAt(0))
                        && !index.coversInside(tokens.get(first - 1).start())) {
                    first--;
                }
                int before = first - 1;
                Mention acronym = first < k - 1 ? index.at(tokens.get(first).start()) : null;
                boolean session = before >= 0 && ORDINAL.matcher(tokens.get(before).text()).matches()
                        && (first == k - 1 || acronym != null && acronym.type() == MentionType.ORGANIZATION
                        && acronym.end() == tokens.get(first).end() && first == k - 2);
                if (session) {
                    all.remove(known);
                    sessions.add(known.start());
                } else if (first < k - 1) {
                    int start = tokens.get(first).start();
                    all.removeIf(m -> m.type() == MentionType.ORGANIZATION && m.start() >= start && m.end() <= known.end());
                    String text = document.text().substring(start, known.end());
                    all.add(body(start, known.end(), text));
                }
            }
        }
        return all;
    }

    /** The mention of an organization this stage reads from the text, keyed by its words. */
    private static Mention body(int start, int end, String text) {
        return new Mention(MentionType.ORGANIZATION, start, end, text, "org/" + Names.slug(text));
    }

    private static String lastWord(Mention m) {
        String[] words = m.text().split("\\s+");
        return words[words.length - 1];
    }

    /**
     * Where a name goes on after its organization word with "for" or "on" and capitalized words to the end of
     * the run ("Orman Association for Orphans", "China-Russia Committee for Parliamentary Cooperation", "Working
     * Group on Côte d'Ivoire"): the index of its last token, or -1. Not across "the" or another organization.
     */
    private int purposeEnd(List<Token> tokens, int last, int end, MentionIndex index) {
        int k = last + 1;
        if (k >= end || !(tokens.get(k).text().equals("for") || tokens.get(k).text().equals("on"))) {
            return -1;
        }
        int out = -1;
        for (k++; k <= end; k++) {
            Token t = tokens.get(k);
            Mention m = index.at(t.start());
            if (m != null && (m.type() == MentionType.COUNTRY || m.type() == MentionType.PLACE)) {
                k = TokenWindow.lastTokenOf(tokens, k, m);
                out = k;
            } else if (capitalized(t, index) && !heads.contains(t.text()) && !CALENDAR.contains(t.text())) {
                out = k;
            } else if (!(out > 0 && (t.text().equals("and") || t.text().equals("&")))) {
                return -1;
            }
        }
        return out;
    }

    /**
     * The first "of" of a run whose organization word stands only after it, with no organization word before it
     * ("Paula Dobriansky of the Harvard Kennedy School", "Jim Kolbe of the International Republican Institute"):
     * what precedes "of" is no part of the body's name; -1 when there is no such "of" ("Bank of Korea", "Council of
     * Economic Advisers" name the body before it).
     */
    private int headlessBeforeOf(List<Token> tokens, int i, int last) {
        for (int k = i; k < last; k++) {
            String w = tokens.get(k).text();
            if (heads.contains(w)) {
                return -1;
            }
            if (w.equals("of")) {
                return k;
            }
        }
        return -1;
    }

    private int lastHead(List<Token> tokens, int i, int end) {
        for (int k = end; k > i; k--) {
            if (heads.contains(tokens.get(k).text())) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The country a name goes on to name after its head, "National Assembly of Vietnam", "Communist Party of
     * Vietnam": "of", perhaps "the", a country, and no capitalized word after it; else null.
     */
    private static Mention ofCountry(List<Token> tokens, int last, MentionIndex index) {
        int k = last + 1;
        if (k + 1 >= tokens.size() || !tokens.get(k).text().equals("of")) {
            return null;
        }
        k++;
        if (tokens.get(k).text().equals("the") && k + 1 < tokens.size()) {
            k++;
        }
        Mention m = index.at(tokens.get(k).start());
        if (m == null || m.type() != MentionType.COUNTRY) {
            return null;
        }
        int after = k;
        while (after < tokens.size() && tokens.get(after).start() < m.end()) {
            after++;
        }
        return after < tokens.size() && Character.isUpperCase(tokens.get(after).text().charAt(0)) ? null : m;
    }

    private static boolean partOfKnown(List<Token> tokens, int last, MentionIndex index) {
        int k = last + 1;
        if (k < tokens.size() && tokens.get(k).text().equals("of")) {
            k++;
            if (k < tokens.size() && tokens.get(k).text().equals("the")) {
                k++;
            }
            Mention m = k < tokens.size() ? index.at(tokens.get(k).start()) : null;
            return m != null && m.type() == MentionType.ORGANIZATION;
        }
        return false;
    }
}
