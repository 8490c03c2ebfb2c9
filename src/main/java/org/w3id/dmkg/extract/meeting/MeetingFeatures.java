package org.w3id.dmkg.extract.meeting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3id.dmkg.extract.ArticleContext;
import org.w3id.dmkg.extract.KnownCountries;
import org.w3id.dmkg.extract.Lexicon;
import org.w3id.dmkg.extract.office.OfficeHolding;
import org.w3id.dmkg.extract.person.NameRuns;
import org.w3id.dmkg.nlp.Mention;
import org.w3id.dmkg.nlp.MentionType;
import org.w3id.dmkg.nlp.Sentence;
import org.w3id.dmkg.nlp.Token;

/**
 * What the meeting judge ({@link MeetingJudge}) sees of a candidate meeting: the meeting word and the words
 * around it, every other word of the sentence that names nothing (a debate, a threshold met, a testimony about
 * a call read otherwise than talks), the channel and tense, how many people and how they are named, whether
 * their countries differ, where the sentence stands in the article, whether the headline speaks of meetings,
 * cue words of denial, hedging or talk about someone in the sentence, and what the whole article tells
 * ({@link ArticleSignals}). Only shapes and words of the text: no names.
 * Stateless.
 */
final class MeetingFeatures {
    /** Words beside the meeting word, each side, that become features. */
    private static final int WINDOW = 3;
    private static final Pattern QUOTE = Pattern.compile("[\"\u201c\u201d]");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** Words of denial, hedging and talk about someone ({@code meeting-cues.txt}). */
    static final Map<String, String> CUES = Lexicon.pairs("meeting-cues.txt");
    private static final KnownCountries KNOWN = KnownCountries.bundled();
    /** The feature of whether the sentence dates the meeting: {@code DATED + true}. */
    static final String DATED = "dated=";
    /** The feature of a cue word in the meeting word's own clause: {@code CUE_NEAR + "habit"}. */
    static final String CUE_NEAR = "cue-near=";

    private MeetingFeatures() {
    }

    /**
     * The features of one candidate.
     *
     * @param trigger       index of the meeting word in the sentence's tokens
     * @param subjects      participants named before the meeting word
     * @param participants  every participant, canonical names
     * @param countryOf     the country of each person whose office the article states
     * @param article       what the whole article tells ({@link ArticleSignals})
     */
    static List<String> of(ArticleContext ctx, Sentence s, int trigger, Set<String> subjects, List<String> participants,
                           MeetingMode mode, boolean planned, boolean dated, boolean placed,
                           Map<String, String> countryOf, boolean headlineSpeaksOfMeeting, ArticleSignals article) {
        List<String> f = new ArrayList<>();
        List<Token> tokens = s.tokens();
        String word = lower(tokens.get(trigger));
        f.add("bias");
        f.add("w=" + word);
        f.add("mode=" + mode);
        f.add("planned=" + planned);
        f.add("n=" + Math.min(participants.size(), 4));
        f.add("subjects=" + Math.min(subjects.size(), 2));
        f.add(DATED + dated);
        f.add("placed=" + placed);
        f.add("sentence=" + bucket(s.index()));
        f.add("headline-meeting=" + headlineSpeaksOfMeeting);
        f.add("quoted=" + QUOTE.matcher(s.text()).find());
        f.add("question=" + s.text().strip().endsWith("?")); // "Will Trump meet Putin?"
        f.add("long-sentence=" + (tokens.size() > 40));
        for (int k = Math.max(0, trigger - WINDOW); k <= Math.min(tokens.size() - 1, trigger + WINDOW); k++) {
            if (k != trigger) {
                f.add((k < trigger ? "before=" : "after=") + shape(tokens.get(k)));
            }
        }
        Set<String> cues = new HashSet<>();
        for (int k = 0; k < tokens.size(); k++) {
            String cue = CUES.get(lower(tokens.get(k)));
            if (cue == null && k + 1 < tokens.size()) {
                cue = CUES.get(lower(tokens.get(k)) + " " + lower(tokens.get(k + 1)));
            }
            if (cue != null) {
                cues.add("cue=" + cue + (k < trigger ? "-before" : "-after"));
                if (sameClause(tokens, k, trigger)) {
                    cues.add(CUE_NEAR + cue); // "whether Putin would meet", "a meeting ... is still possible"
                }
            }
        }
        f.addAll(new java.util.TreeSet<>(cues));
        Set<String> words = new java.util.TreeSet<>(); // the sentence's words outside names, titles and places
        for (int k = 0; k < tokens.size(); k++) {
            Token tok = tokens.get(k);
            String w = lower(tok);
            if (k != trigger && w.chars().allMatch(Character::isLetter) && !ctx.mentions().covers(tok.start())) {
                words.add("word=" + w);
            }
        }
        f.addAll(words);
        int known = 0;
        Set<String> countries = new HashSet<>();
        int single = 0;
        for (String p : participants) {
            String c = countryOf.get(p);
            if (c != null) {
                known++;
                countries.add(c);
            }
            if (!p.contains(" ")) {
                single++;
            }
        }
        f.add("with-office=" + (known == participants.size() ? "all" : known == 0 ? "none" : "some"));
        f.add("countries=" + (countries.size() >= 2 ? "several" : countries.size() == 1 && known >= 2 ? "one" : "unknown"));
        f.add("one-word-names=" + Math.min(single, 2));
        // the countries news in general gives the participants, where the article states none
        Set<String> generally = new HashSet<>();
        int knownPeople = 0;
        for (String p : participants) {
            String c = countryOf(p, countryOf);
            if (c != null) {
                knownPeople++;
                generally.add(c);
            }
        }
        f.add("known-countries=" + (generally.size() >= 2 ? "several" : knownPeople >= 2 ? "one" : "unknown"));
        f.add("spread=" + bucket(spread(ctx, s, participants)));
        arguments(f, ctx, s, trigger, participants);
        f.addAll(article.of(participants));
        pairs(f);
        return f;
    }

    /**
     * Feature families whose pairs the judge also sees: the meeting word, channel, tense, how many people and
     * how they stand to the word, cue words, quotation and the headline. A linear judge weighs each feature
     * alone; a pair lets it learn that a word reads one way with one subject and another with two, or that a
     * cue of planning matters under "will" and not in a past report.
     */
    private static final List<String> PAIRED = List.of("w=", "mode=", "planned=", "subjects=", "n=", "others=",
            "subject-gap=", "object-gap=", "cue=", "quoted=", "headline-meeting=", "gov-kind=", "media=");

    /** Adds every pair of the features of {@link #PAIRED} families, in the order they were added. */
    private static void pairs(List<String> f) {
        List<String> picked = f.stream().filter(x -> PAIRED.stream().anyMatch(x::startsWith)).toList();
        for (int i = 0; i < picked.size(); i++) {
            for (int j = i + 1; j < picked.size(); j++) {
                f.add(picked.get(i) + "&" + picked.get(j));
            }
        }
    }

    /** The features of a one-meeting reading that a later sentence of attendance joined others to. */
    static List<String> attended(List<String> features) {
        List<String> f = new ArrayList<>(features);
        f.add("attended");
        return f;
    }

    /**
     * The features of one reading of a sentence that names one person and several others: the reading
     * ("whole", "each-first", "each-other"), alone and with each of the features that tell readings apart.
     */
    static List<String> reading(List<String> features, String reading, List<String> list) {
        List<String> f = new ArrayList<>(features);
        f.add("reading=" + reading);
        for (String x : features) {
            if (x.startsWith("w=") || x.startsWith("cue=") || x.startsWith("after=") || x.startsWith("mode=")
                    || x.startsWith(DATED) || x.startsWith("countries=")) {
                f.add(reading + ":" + x);
            }
        }
        for (String x : list) {
            f.add(reading + ":" + x);
        }
        return f;
    }

    /** The country of the person's office as the article states it, else as other news gives it, else null. */
    private static String countryOf(String person, Map<String, String> stated) {
        return stated.containsKey(person) ? stated.get(person) : KNOWN.of(person);
    }

    /** Words of a trip: a visitor's hosts receive the visitor in turn. */
    private static final Pattern VISIT = Pattern.compile("visit(s|ed|ing)?|arrived|arrives|trip|tour");

    /** Whether this sentence or the one before speaks of a visit or trip ("X visited Bucharest ... He met with ..."). */
    static boolean visiting(ArticleContext ctx, Sentence s) {
        List<Sentence> all = ctx.document().sentences();
        for (int k = Math.max(0, s.index() - 1); k <= s.index(); k++) {
            for (Token t : all.get(k).tokens()) {
                if (VISIT.matcher(t.text().toLowerCase(Locale.ROOT)).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Offices that lead a state, a government, a party or a chamber: such holders receive a visitor each in turn. */
    private static final Set<String> LEADERS = Set.of("President", "Prime Minister", "Premier", "Chancellor", "King",
            "Queen", "Emir", "Sultan", "Crown Prince", "General Secretary", "Speaker", "Chairman", "Chairwoman");

    /**
     * What tells one event with a list of people from one meeting with each: whether the article states
     * offices for those listed, how many of them lead a state, a government or a chamber (a visitor received
     * by a country's president, prime minister and speaker in turn), whether they serve the subject's own
     * country or another (a president meeting two of his own party's leaders at once), whose country the
     * meeting is in (the dateline's when the sentence names no place: a visitor is received by the hosts in
     * turn; a host receives guests together), whether a visit is told there ({@link #visiting}), all four
     * at once (a visitor received by two or more of the host country's leaders), and how many they are.
     */
    static List<String> list(String subject, Collection<String> listed, Map<String, String> countryOf,
                             List<OfficeHolding> offices, String placeCountry,
                             boolean visiting) {
        Set<String> leaders = new HashSet<>();
        for (var h : offices) {
            if (LEADERS.contains(h.role()) && listed.contains(h.person())) {
                leaders.add(h.person());
            }
        }
        String own = countryOf(subject, countryOf);
        int stated = 0;
        int home = 0;
        int abroad = 0;
        boolean listedHere = false;
        for (String p : listed) {
            stated += countryOf.containsKey(p) ? 1 : 0;
            String c = countryOf(p, countryOf);
            listedHere |= c != null && c.equals(placeCountry);
            if (own != null && c != null) {
                if (c.equals(own)) {
                    home++;
                } else {
                    abroad++;
                }
            }
        }
        return List.of("list-offices=" + (stated == listed.size() ? "all" : stated == 0 ? "none" : "some"),
                "list-side=" + (home + abroad == 0 ? "unknown" : abroad == 0 ? "own" : home == 0 ? "other" : "mixed"),
                "list-size=" + Math.min(listed.size(), 4), "list-leaders=" + Math.min(leaders.size(), 2),
                "list-host=" + (placeCountry == null ? "unknown" : placeCountry.equals(own) ? "subject"
                        : listedHere ? "listed" : "neither"), "list-visit=" + visiting,
                "list-received=" + (visiting && listedHere && !Objects.equals(placeCountry, own)
                        && leaders.size() >= 2));
    }

    /**
     * Where the participants stand to the meeting word, as the grammar of "X met Y" has them: tokens from
     * the nearest participant before it and to the nearest one after it, and how many other people the
     * sentence names (people named together who never met are the commonest false meeting).
     */
    private static void arguments(List<String> f, ArticleContext ctx, Sentence s, int trigger, List<String> participants) {
        List<Token> tokens = s.tokens();
        int at = tokens.get(trigger).start();
        int before = -1;
        int after = -1;
        int others = 0;
        int subjectEnd = -1;
        int media = 0;
        boolean[] naming = namingTokens(ctx, s);
        for (var m : ctx.persons(s)) {
            if (!participants.contains(ctx.name(m))) {
                others++;
                continue;
            }
            media += mediaRole(tokens, m.start()) ? 1 : 0;
            int gap = 0;
            for (int k = 0; k < tokens.size(); k++) {
                Token t = tokens.get(k);
                if ((m.end() <= at ? t.start() >= m.end() && t.end() <= at : t.start() > at && t.end() <= m.start())
                        && !naming[k]) {
                    gap++;
                }
            }
            if (m.end() <= at) {
                before = before < 0 ? gap : Math.min(before, gap);
                subjectEnd = Math.max(subjectEnd, m.end());
            } else if (after < 0 || gap < after) {
                after = gap;
            }
        }
        f.add("subject-gap=" + gapBucket(before));
        f.add("object-gap=" + gapBucket(after));
        f.add("others=" + Math.min(others, 2));
        if (media > 0) {
            f.add("media=yes"); // "He spoke with NPR host Scott Simon": an interview
        }
        String verb = governing(tokens, subjectEnd, trigger);
        f.add("gov=" + (verb == null ? "none" : verb));
        f.add("gov-kind=" + (verb == null ? "none" : CUES.containsKey(verb) ? CUES.get(verb)
                : Lexicon.SPEECH_VERBS.contains(verb) ? "speech"
                : Lexicon.MEETING_AND_SPEECH_WORDS.contains(verb) ? "meeting"
                : AUXILIARIES.contains(verb) ? "auxiliary" : "other"));
    }

    /**
     * Which tokens of the sentence belong to how a party is named rather than to what the sentence says of them: a
     * title, a country, a body, an honorific ("the newly appointed Minister of Foreign Affairs of the Federal
     * Democratic Republic of Ethiopia, H.E. Dr. Workneh Gebeyehu": three words stand between the meeting word and
     * the name).
     */
    private static boolean[] namingTokens(ArticleContext ctx, Sentence s) {
        List<Token> tokens = s.tokens();
        boolean[] naming = new boolean[tokens.size()];
        List<Mention> named = ctx.mentions().within(s.start(), s.end(), null);
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            naming[k] = NameRuns.honorific(t.text());
            for (var m : named) {
                naming[k] |= m.start() <= t.start() && t.end() <= m.end()
                        && m.type() != MentionType.PERSON;
            }
        }
        return naming;
    }

    /** Tokens between a cue word and the meeting word within which the cue is read as bearing on the meeting. */
    private static final int NEAR = 5;

    /** Whether two tokens stand at most {@link #NEAR} apart with no comma, semicolon, colon or dash between them. */
    private static boolean sameClause(List<Token> tokens, int a, int b) {
        int from = Math.min(a, b);
        int to = Math.max(a, b);
        if (to - from > NEAR) {
            return false;
        }
        for (int k = from + 1; k < to; k++) {
            if (ClauseBounds.MARKS.contains(tokens.get(k).text())) {
                return false;
            }
        }
        return true;
    }

    /** How many tokens before a name a media word is looked for: "Morning Edition host Renee Montagne". */
    private static final int ROLE_WINDOW = 3;

    /** Whether a word of media work stands just before the name starting at this offset ("NPR host Scott Simon"). */
    private static boolean mediaRole(List<Token> tokens, int nameStart) {
        return Interviews.mediaWord(tokens, MeetingParties.tokenFrom(tokens, nameStart), ROLE_WINDOW) >= 0;
    }

    /**
     * Forms of "be", "have" and "do" and the modals: they carry tense, not what the subject does, and make no one
     * their object ("Putin is to meet", "Trump has to meet").
     */
    static final Set<String> AUXILIARIES = Set.of("is", "was", "were", "are", "be", "been", "being", "am",
            "has", "have", "had", "having", "do", "does", "did", "will", "would", "can", "could", "may", "might",
            "shall", "should", "must", "'s", "\u2019s");

    /**
     * The verb the nearest participant before the meeting word does to it: the first verb between that name
     * and the word that is not an auxiliary, else the last auxiliary ("Pompeo had a meeting"), else null.
     * "Kelly defended Trump's call", "May said of the upcoming meeting with", "Trump walked out of a
     * meeting": who defends or speaks of a meeting need not have been at it; who holds or leaves it was.
     */
    private static String governing(List<Token> tokens, int subjectEnd, int trigger) {
        if (subjectEnd < 0) {
            return null;
        }
        String auxiliary = null;
        for (int k = MeetingParties.tokenFrom(tokens, subjectEnd); k < trigger; k++) {
            Token t = tokens.get(k);
            if (!t.verbOrModal()) {
                continue;
            }
            String w = lower(t);
            if (!AUXILIARIES.contains(w)) {
                return w;
            }
            auxiliary = w;
        }
        return auxiliary;
    }

    private static String gapBucket(int gap) {
        return gap < 0 ? "none" : gap <= 1 ? "0-1" : gap <= 4 ? "2-4" : gap <= 10 ? "5-10" : "11+";
    }

    /** How many tokens the participants' mentions in this sentence span, in buckets. */
    private static int spread(ArticleContext ctx, Sentence s, List<String> participants) {
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (var m : ctx.persons(s)) {
            if (participants.contains(ctx.name(m))) {
                first = Math.min(first, m.start());
                last = Math.max(last, m.end());
            }
        }
        if (last < 0) {
            return 0;
        }
        int n = 0;
        for (Token t : s.tokens()) {
            if (t.start() >= first && t.end() <= last) {
                n++;
            }
        }
        return n;
    }

    private static String bucket(int n) {
        return n == 0 ? "0" : n < 3 ? "1-2" : n < 10 ? "3-9" : n < 25 ? "10-24" : "25+";
    }

    private static String shape(Token t) {
        String w = t.text();
        if (DIGIT.matcher(w).find()) {
            return "#num";
        }
        return Character.isUpperCase(w.charAt(0)) ? "#Cap" : w.toLowerCase(Locale.ROOT);
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }
}
