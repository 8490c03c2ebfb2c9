package org.w3id.dmkg.extract.meeting;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3id.dmkg.extract.ArticleContext;
import org.w3id.dmkg.extract.Lexicon;
import org.w3id.dmkg.extract.person.NameRuns;
import org.w3id.dmkg.nlp.Mention;
import org.w3id.dmkg.nlp.MentionType;
import org.w3id.dmkg.nlp.Sentence;
import org.w3id.dmkg.nlp.Token;

/**
 * Who meets whom in one sentence: the people before the meeting word (or the person a pronoun subject
 * stands for) and those after it, up to the end of the clause; where in the sentence the meeting's place
 * may be looked for ({@code placeStart} to {@code placeEnd}); and where the pronoun subject stands
 * ({@code pronounAt}, -1 when the subject is named). Photo credits are nobody's meeting.
 */
record MeetingParties(Set<String> subjects, List<Mention> objects, int placeStart, int placeEnd, int pronounAt) {
    private static final Pattern PHOTO_BY = Pattern.compile("(?is).*\\bphotos?\\s+by$");
    /** Nouns of time that may follow a name without qualifying it: "met Putin today". */
    private static final Set<String> TIME = Set.of("today", "tonight", "yesterday", "tomorrow", "morning",
            "afternoon", "evening", "night", "week", "month", "year", "day");
    /** Words that open a reported clause with a subject of its own. */
    private static final Set<String> CLAUSE_SUBJECTS = Set.of("he", "she", "they", "we", "i");
    private static final Set<String> TELLING = Set.of("told", "tells", "tell");
    private static final Set<String> PRONOUNS = Set.of("he", "she");
    private static final Set<String> LISTING = Set.of("and", "or", "&");
    private static final Set<String> DETERMINERS = Set.of("the", "his", "her", "their", "its");
    /** Words that open a relative clause (capitalized in a headline: ", Who Arrived in Astana"). */
    private static final Set<String> RELATIVES = Set.of("who", "whose", "which", "whom");
    /** Nouns whose "of" names those who take part: "a summit of", "at the invitation of", "a delegation of". */
    private static final Set<String> OF_PARTIES = Set.of("summit", "summits", "invitation", "delegation",
            "delegations", "visit", "visits", "meeting", "meetings", "talks", "conversation", "call");
    private static final Set<String> CLAUSE_END = Set.of("saying", "said", "says", ";", "where", "adding", "while",
            "told", "tells");

    /**
     * The parties of the meeting word at token {@code trigger}.
     *
     * @param previous the sentence's meeting word before this one, or -1: when someone is named before it,
     *                 the people between the two words are the first word's ("X met A in P, and held talks
     *                 with B": A met X, not B)
     */
    static MeetingParties of(ArticleContext ctx, Sentence s, int trigger, int previous) {
        int triggerAt = s.tokens().get(trigger).start();
        int previousAt = previous >= 0 ? s.tokens().get(previous).start() : -1;
        int stop = clauseEnd(ctx, s, trigger);
        Set<String> subjects = new LinkedHashSet<>();
        Set<String> reporters = new LinkedHashSet<>();
        List<Mention> objects = new ArrayList<>();
        // "He met A in P, and had dinner with B": a pronoun subject of the earlier word is this one's too
        int previousPronoun = previous >= 0 && !relativeBetween(s, previous, trigger) ? pronounAt(ctx, s, previous) : -1;
        boolean namedBeforePrevious = previousPronoun >= 0;
        for (Mention p : ctx.persons(s)) {
            if (isCredit(s, p) || ctx.credits().covers(p.start(), p.end())
                    || attributive(s, p, p.start() >= triggerAt) || p.start() > triggerAt && whose(s, p)
                    || p.start() < triggerAt && ownerOfOther(s, p, trigger)) {
                continue;
            }
            if (p.start() < triggerAt) {
                if (namedBeforePrevious && p.start() > previousAt && opensClause(ctx, s, p)) {
                    subjects.clear(); // "X will meet A, and Obama will pursue talks with B": Obama's talks
                    subjects.add(ctx.name(p));
                    continue;
                }
                if (namedBeforePrevious && p.start() > previousAt || !subjects.isEmpty() && relative(s, p, triggerAt)) {
                    continue; // the earlier word's people, or someone in a clause about the subject
                }
                namedBeforePrevious |= p.start() < previousAt;
                (reporter(ctx, s, p, triggerAt) ? reporters : subjects).add(ctx.name(p));
            } else if (p.start() < stop && objects.stream().noneMatch(o -> ctx.name(o).equals(ctx.name(p)))) {
                objects.add(p);
            }
        }
        subjects.removeAll(setAside(ctx, s, triggerAt));
        int pronounAt = pronounAt(ctx, s, trigger);
        if (pronounAt < 0 && subjects.isEmpty() && reporters.isEmpty()) {
            pronounAt = previousPronoun;
        } else if (pronounAt < 0 && subjects.isEmpty()) {
            pronounAt = reportedPronoun(ctx, s, trigger); // "Trump said he walked into the meeting with Pelosi"
        }
        Set<String> met = new LinkedHashSet<>();
        objects.forEach(o -> met.add(ctx.name(o)));
        String pronoun = pronounAt < 0 ? null : ctx.personBefore(pronounAt, met);
        String self = pronounAt < 0 ? null : selfReporter(ctx, s, pronounAt);
        if (self != null && reporters.contains(self)) {
            pronoun = self; // "Tillerson said Tuesday that he met with Trump": the reporter speaks of himself
        } else if (pronoun != null && reporters.contains(pronoun)) {
            // "X said that Y ... she also spoke with": the pronoun is the one reported on, not the reporter
            pronoun = subjects.isEmpty() ? null : List.copyOf(subjects).get(subjects.size() - 1);
        }
        Mention main = subjects.isEmpty() ? frontedSubject(ctx, s, trigger, stop) : null;
        if (main != null && pronoun != null && speaks(s, main)) {
            main = null; // "He will meet with Rice Friday, spokesman Tommy Vietor said": who tells of it; but "While
                         // he was in talks with Trump, Barrack was communicating ...": he is Barrack
        }
        boolean between = between(s, trigger);
        if (main != null) {
            subjects.add(ctx.name(main)); // "During his meeting with X at Y, Kwatra conveyed ..."
        } else if (between) {
            subjects.clear(); // "talks between X and Y": the people after the word are all the parties
        } else if (pronoun != null) {
            subjects.clear();
            subjects.add(pronoun);
        }
        boolean byPronoun = main == null && !between && pronoun != null;
        objects.removeIf(o -> subjects.contains(ctx.name(o)));
        // the place of "..., and held talks with B in P" lies after the first word's people
        int placeStart = namedBeforePrevious ? Math.min(clauseEnd(ctx, s, previous), triggerAt) : s.start();
        return new MeetingParties(subjects, objects, placeStart, placeEnd(ctx, s, trigger), byPronoun ? pronounAt : -1);
    }

    /**
     * Names before the meeting word that are not its subject although another name is: those of a phrase
     * set before the subject with a comma ("A day after firing FBI Director James Comey, Trump met ...": one
     * person between the last comma and the word, and no "and" making a list), and a possessive before
     * another name ("Trump's son, Donald Trump Jr., met ...").
     */
    private static Set<String> setAside(ArticleContext ctx, Sentence s, int triggerAt) {
        List<Token> tokens = s.tokens();
        List<Mention> before = ctx.persons(s).stream().filter(p -> p.end() <= triggerAt).toList();
        Set<String> out = new LinkedHashSet<>();
        if (before.size() < 2) {
            return out;
        }
        int comma = -1;
        boolean listed = false;
        for (Token tok : tokens) {
            if (tok.start() >= triggerAt) {
                break;
            }
            if (tok.text().equals(",")) {
                comma = tok.start();
                listed = false;
            } else if (LISTING.contains(tok.text().toLowerCase(Locale.ROOT))) {
                listed = true;
            }
        }
        final int lastComma = comma;
        List<Mention> after = before.stream().filter(p -> p.start() > lastComma).toList();
        if (comma >= 0 && !listed && after.size() == 1 && fronted(tokens, before.get(0).start(), comma)) {
            String subject = ctx.name(after.get(0));
            before.stream().filter(p -> p.end() <= lastComma).map(ctx::name)
                    .filter(n -> !n.equals(subject)).forEach(out::add);
        }
        for (int i = 0; i + 1 < before.size(); i++) {
            Mention p = before.get(i);
            int k = tokenFrom(tokens, p.end());
            if (k < tokens.size() && tokens.get(k).start() == p.end()
                    && possessive(tokens.get(k))
                    && !ctx.name(before.get(i + 1)).equals(ctx.name(p))) {
                out.add(ctx.name(p));
            }
        }
        return out;
    }

    /**
     * Whether the words before the comma make a phrase of time or circumstance around the first name: a
     * preposition or an -ing verb comes before it ("After firing X,", "According to X,"), and no "and" joins
     * it to what follows before the comma ("Premier Abiy and South Sudanese President, Salva Kiir ..." is a
     * list; "Abe, Putin agree" a headline's).
     */
    private static boolean fronted(List<Token> tokens, int firstName, int comma) {
        boolean opened = false;
        for (Token tok : tokens) {
            if (tok.start() >= comma) {
                break;
            }
            String pos = tok.pos() == null ? "" : tok.pos();
            if (tok.start() < firstName && (pos.equals("IN") || pos.equals("VBG"))) {
                opened = true;
            }
            if (tok.start() > firstName && LISTING.contains(tok.text().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return opened;
    }

    /**
     * Whether a name opens a clause of its own: "and", a comma, a semicolon or a colon before it and a verb
     * right after it ("..., and Obama will pursue discussions with", "...; Kerry met").
     */
    private static boolean opensClause(ArticleContext ctx, Sentence s, Mention p) {
        List<Token> tokens = s.tokens();
        int first = tokenFrom(tokens, p.start());
        int next = tokenFrom(tokens, p.end());
        while (first > 0) { // "and Russian President Vladimir Putin will": past the title and the country
            Mention m = ctx.mentions().endingAt(tokens.get(first - 1).end());
            if (m == null || m.type() != MentionType.TITLE && m.type() != MentionType.COUNTRY) {
                break;
            }
            first = tokenFrom(tokens, m.start());
        }
        if (first == 0 || next >= tokens.size()) {
            return false;
        }
        String before = tokens.get(first - 1).text().toLowerCase(Locale.ROOT);
        return (LISTING.contains(before) || before.equals(",") || before.equals(";") || before.equals(":"))
                && verb(tokens.get(next));
    }

    /** The same parties with {@code name} as the one subject. */
    MeetingParties withSubject(String name) {
        return new MeetingParties(Set.of(name), objects, placeStart, placeEnd, -1);
    }

    /**
     * The clause ends at a reporting word, or at a comma once someone has been named after the meeting
     * word, unless another person follows the comma ("met X, Y and Z", "met Kenyan President X, Ghanaian
     * President Y").
     */
    private static int clauseEnd(ArticleContext ctx, Sentence s, int t) {
        List<Token> tokens = s.tokens();
        boolean named = false;
        for (int k = t + 1; k < tokens.size(); k++) {
            Token tok = tokens.get(k);
            Mention m = ctx.mentions().at(tok.start());
            named |= m != null && m.type() == MentionType.PERSON;
            if (tok.text().equals(";") && named && personNext(ctx, tokens, k + 1)) {
                continue; // "a meeting that included Kelly, his chief of staff; White House Counsel Don McGahn and ..."
            }
            if (CLAUSE_END.contains(tok.text().toLowerCase(Locale.ROOT))) {
                Mention speaker = ctx.mentions().endingAt(tok.start() - 1);
                // "..., Kremlin spokesman Dmitry Peskov told reporters": who reports it is no party
                return speaker != null && speaker.type() == MentionType.PERSON ? speaker.start() : tok.start();
            }
            int aside = tok.text().equals(",") ? asideEnd(tokens, k + 1) : -1;
            if (aside > 0) {
                k = aside - 1; // "Iowa Gov. Kim Reynolds, left, her husband ...", "Richard Shelby, R-Ala., and ...": the list goes on
                continue;
            }
            if (tok.text().equals(",") && k + 1 < tokens.size()) {
                int j = k + 1;
                int adding = adding(tokens, j);
                if (adding > 0 && j + adding < tokens.size()) {
                    j += adding - 1; // "met with Trump, along with Republican Party head Reince Priebus"
                }
                boolean joined = (adding > 0 || LISTING.contains(tokens.get(j).text())) && j + 1 < tokens.size();
                if (joined) {
                    j++; // "a meeting with the speaker, Nancy Pelosi, and the Senate minority leader, Chuck Schumer"
                    while (j + 1 < tokens.size() && DETERMINERS.contains(tokens.get(j).text())) {
                        j++;
                    }
                    int modifiers = j;
                    while (modifiers + 1 < tokens.size() && modifiers - j < 2
                            && tokens.get(modifiers).text().chars().allMatch(Character::isLowerCase)) {
                        modifiers++; // "and state Sen. Randy Feenstra", "and former Gov. X"
                    }
                    Mention titled = ctx.mentions().at(tokens.get(modifiers).start());
                    if (modifiers > j && (titled != null && titled.type() == MentionType.TITLE
                            || NameRuns.honorific(tokens.get(modifiers).text()))) {
                        j = modifiers;
                        while (j + 1 < tokens.size() && (NameRuns.honorific(tokens.get(j).text())
                                || tokens.get(j).text().equals("."))) {
                            j++; // "and state Sen. Randy Feenstra": the name after the abbreviated title
                        }
                    }
                }
                boolean kinned = false;
                if (!joined && j + 1 < tokens.size() && DETERMINERS.contains(tokens.get(j).text())) {
                    Mention kin = ctx.mentions().at(tokens.get(j + 1).start());
                    if (kin != null && kin.type() == MentionType.TITLE) {
                        j++; // "Kim Reynolds, left, her husband Kevin, and ..."
                        kinned = true;
                    }
                }
                Mention next = ctx.mentions().at(tokens.get(j).start());
                while (next != null && (next.type() == MentionType.COUNTRY || next.type() == MentionType.ORGANIZATION
                        && (joined || titleAfter(ctx, next)))) {
                    // ", Ghanaian President X", ", Senate Appropriations Committee Chairman Richard Shelby": the
                    // title after the country or the body
                    next = ctx.mentions().at(next.end() + 1);
                }
                boolean person = next != null && (next.type() == MentionType.PERSON || next.type() == MentionType.TITLE)
                        && (joined || kinned || Character.isUpperCase(tokens.get(j).text().charAt(0)));
                if (named && !person || named && mainSubject(ctx, s, j - 1) != null) {
                    return tok.start();
                }
            }
        }
        return s.end();
    }

    /**
     * Whether a person is named from token {@code j} on, after titles, countries, bodies, places and
     * honorifics ("White House Counsel Don McGahn", "Mr. Scalise", "Reps. Robert Aderholt").
     */
    private static boolean personNext(ArticleContext ctx, List<Token> tokens, int j) {
        int k = j;
        while (k < tokens.size()) {
            Mention m = ctx.mentions().at(tokens.get(k).start());
            if (m != null && m.type() == MentionType.PERSON) {
                return true;
            }
            if (m != null && m.type() != MentionType.PERSON) {
                k = tokenFrom(tokens, m.end());
            } else if (NameRuns.honorific(tokens.get(k).text()) || tokens.get(k).text().equals(".")) {
                k++;
            } else {
                return false;
            }
        }
        return false;
    }

    /** Where a photo caption places someone: "Kim Reynolds, left, ...". */
    private static final Set<String> POSITIONS = Set.of("left", "right", "center", "centre");

    /**
     * Where the comma stands that closes a caption's position or a lawmaker's party and state opening at token
     * {@code j} ("left,", "R-Ala.,"); -1 when no such aside opens there.
     */
    private static int asideEnd(List<Token> tokens, int j) {
        if (j >= tokens.size()) {
            return -1;
        }
        int k = j + 1;
        if (k < tokens.size() && tokens.get(k).start() == tokens.get(j).end()
                && NameRuns.partyAndState(tokens.get(j).text() + tokens.get(k).text())) {
            k++; // the tokenizer's "R-" "Ala."
        } else if (!POSITIONS.contains(tokens.get(j).text()) && !NameRuns.partyAndState(tokens.get(j).text())) {
            return -1;
        }
        if (k < tokens.size() && tokens.get(k).text().equals(".")) {
            k++;
        }
        return k < tokens.size() && tokens.get(k).text().equals(",") ? k : -1;
    }

    /** Whether a title follows the mention at once: the body of "Senate Appropriations Committee Chairman". */
    private static boolean titleAfter(ArticleContext ctx, Mention m) {
        Mention after = ctx.mentions().at(m.end() + 1);
        while (after != null && (after.type() == MentionType.ORGANIZATION || after.type() == MentionType.COUNTRY)) {
            after = ctx.mentions().at(after.end() + 1); // "Senate" "Appropriations Committee" "Chairman"
        }
        return after != null && after.type() == MentionType.TITLE;
    }

    /** Phrases after a comma that add people to those named before it. */
    private static final List<List<String>> ADDING = List.of(List.of("along", "with"), List.of("as", "well", "as", "with"),
            List.of("as", "well", "as"), List.of("together", "with"), List.of("accompanied", "by"));

    /** How many tokens from {@code j} make a phrase that adds people ("along with", "as well as"), or 0. */
    private static int adding(List<Token> tokens, int j) {
        for (List<String> phrase : ADDING) {
            boolean match = j + phrase.size() <= tokens.size();
            for (int i = 0; match && i < phrase.size(); i++) {
                match = tokens.get(j + i).text().equalsIgnoreCase(phrase.get(i));
            }
            if (match) {
                return phrase.size();
            }
        }
        return 0;
    }

    /**
     * Where the sentence turns to another matter: a reporting word, or a comma followed by a capitalized
     * word that is not a place, title or person (", China is looking forward to ..."). Relative clauses,
     * appositives and place phrases (", who is in China ..., in Wuzhen, east China's ...", ", President of
     * Brazil, in New York", a headline's ", Who Arrived in Astana") still belong to the meeting.
     */
    private static int placeEnd(ArticleContext ctx, Sentence s, int t) {
        List<Token> tokens = s.tokens();
        for (int k = t + 1; k < tokens.size(); k++) {
            Token tok = tokens.get(k);
            if (CLAUSE_END.contains(tok.text().toLowerCase(Locale.ROOT))) {
                return tok.start();
            }
            if (tok.text().equals(",") && k + 1 < tokens.size()
                    && Character.isUpperCase(tokens.get(k + 1).text().charAt(0))
                    && !RELATIVES.contains(tokens.get(k + 1).text().toLowerCase(Locale.ROOT))) {
                Mention next = ctx.mentions().at(tokens.get(k + 1).start());
                if (next == null || next.type() != MentionType.PLACE && next.type() != MentionType.TITLE
                        && next.type() != MentionType.PERSON) {
                    return tok.start();
                }
            }
        }
        return s.end();
    }

    /**
     * The subject of the main clause when the meeting word stands in a phrase before it ("At the start of a
     * meeting with X, Trump said ...", "During his talks with X, Y conveyed ..."): the person right after the
     * comma that ends the people met, followed by a verb; null otherwise.
     */
    private static Mention frontedSubject(ArticleContext ctx, Sentence s, int trigger, int stop) {
        List<Token> tokens = s.tokens();
        for (int k = trigger + 1; k < tokens.size(); k++) {
            if (tokens.get(k).start() == stop) {
                return tokens.get(k).text().equals(",") ? mainSubject(ctx, s, k) : null;
            }
        }
        return null;
    }

    /** Whether a word of speech follows the person's name: ", spokesman Tommy Vietor said". */
    private static boolean speaks(Sentence s, Mention person) {
        int j = tokenFrom(s.tokens(), person.end());
        return j < s.tokens().size() && Lexicon.SPEECH_VERBS.contains(s.tokens().get(j).text());
    }

    /** The person right after the comma at token k when a verb follows the name, else null. */
    private static Mention mainSubject(ArticleContext ctx, Sentence s, int k) {
        List<Token> tokens = s.tokens();
        if (k + 1 >= tokens.size()) {
            return null;
        }
        Mention m = ctx.mentions().at(tokens.get(k + 1).start());
        while (m != null && (m.type() == MentionType.TITLE || m.type() == MentionType.COUNTRY
                || m.type() == MentionType.PLACE || m.type() == MentionType.ORGANIZATION)) {
            Mention qualifier = m;
            m = ctx.mentions().at(m.end() + 1); // ", Chinese President Xi said"
            int j = tokenFrom(tokens, qualifier.end());
            if (m == null && qualifier.type() != MentionType.TITLE && j + 1 < tokens.size()
                    && tokens.get(j).text().chars().allMatch(Character::isLowerCase)) {
                m = ctx.mentions().at(tokens.get(j + 1).start()); // ", Moscow attorney Natalia Veselnitskaya showed"
            }
        }
        if (m == null || m.type() != MentionType.PERSON || !ctx.persons(s).contains(m)) {
            return null;
        }
        int j = tokenFrom(tokens, m.end());
        return j < tokens.size() && verb(tokens.get(j)) ? m : null;
    }

    /**
     * A verb by its tag, or a word of meeting or speech, which the tagger often takes for a noun after a name
     * ("British Foreign Secretary Boris Johnson met/NN with Trump").
     */
    private static boolean verb(Token t) {
        return t.verbOrModal() || Lexicon.MEETING_AND_SPEECH_WORDS.contains(t.text());
    }

    /** "talks between ...", "the phone call between ...": the meeting word names its parties after it. */
    private static boolean between(Sentence s, int t) {
        List<Token> tokens = s.tokens();
        return t + 1 < tokens.size() && tokens.get(t + 1).text().equalsIgnoreCase("between");
    }

    /** How far before the meeting word a reporter's pronoun may stand ("said he walked into the meeting with"). */
    private static final int REPORTED_REACH = 10;

    /**
     * Where the pronoun stands that opens a clause its reporter speaks of himself in, a few words before the
     * meeting word with no one named and no comma between ("Trump said he walked into the meeting with"); -1
     * if none.
     */
    private static int reportedPronoun(ArticleContext ctx, Sentence s, int trigger) {
        List<Token> tokens = s.tokens();
        for (int k = trigger - 1; k >= 0 && k >= trigger - REPORTED_REACH; k--) {
            Token tok = tokens.get(k);
            Mention m = ctx.mentions().at(tok.start());
            String w = tok.text().toLowerCase(Locale.ROOT);
            if (tok.text().equals(",") || m != null && m.type() == MentionType.PERSON || SUBORDINATORS.contains(w)
                    || DOUBTING.contains(CUES.getOrDefault(w, ""))) {
                // places and dates may stand between ("said he was in Washington for a meeting with"); not another
                // clause ("said she became convinced that a meeting ..."), nor a doubt ("he had cancelled meetings")
                return -1;
            }
            if (PRONOUNS.contains(tok.text().toLowerCase(Locale.ROOT))) {
                return selfReporter(ctx, s, tok.start()) != null ? tok.start() : -1;
            }
        }
        return -1;
    }

    /** Whether a relative word ("who", "which") stands between two tokens: "met X, who later spoke with Y". */
    private static boolean relativeBetween(Sentence s, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (RELATIVES.contains(s.tokens().get(k).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** "he met ...": where a pronoun subject stands right before the meeting word, or -1. */
    private static int pronounAt(ArticleContext ctx, Sentence s, int t) {
        for (int k = t - 1; k >= 0 && k >= t - 3; k--) {
            Token tok = s.tokens().get(k);
            if (PRONOUNS.contains(tok.text().toLowerCase(Locale.ROOT))) {
                return tok.start();
            }
            if (ctx.mentions().at(tok.start()) != null) {
                return -1;
            }
        }
        return -1;
    }

    /** Modal verbs and verbs of wish or offer: what one says one would, could or wished to do. */
    private static final Set<String> MODALS = Set.of("would", "could", "might", "may", "should", "can", "must",
            "wants", "wanted", "hopes", "hoped", "wished", "offered", "offers", "asked", "sought", "tried", "proposed");
    /** Auxiliaries between a pronoun and the word that says what it did: "he has offered to meet". */
    private static final Set<String> AUXILIARIES = Set.of("has", "had", "have", "is", "was", "'s", "’s");
    /** Words that open a clause of its own, whose subject is not the reporter's pronoun before it. */
    private static final Set<String> SUBORDINATORS = Set.of("that", "whether", "if", "because", "when", "while",
            "after", "before", "since", "until", "although", "though");
    /** Cue words of denial, a meeting called off or hedging ({@code meeting-cues.txt}). */
    private static final Map<String, String> CUES = Lexicon.pairs("meeting-cues.txt");
    private static final Set<String> DOUBTING = Set.of("negation", "called-off", "hedge");

    /** Words between a word of speech and the pronoun opening the clause it reports: "said Tuesday that he". */
    private static final Set<String> REPORT_FILLERS = Set.of("that", ",", "on", "last", "this", "early", "late",
            "earlier", "later", "reporters", "journalists", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    /**
     * The person who reports, with a word of speech, a clause the pronoun at {@code pronounAt} opens ("Rex
     * Tillerson said Tuesday that he met", "McCain told reporters he spoke with"), or null: the pronoun then
     * stands for that person. Not when a modal or a verb of wish or offer follows the pronoun: what one says
     * one would, could, hopes or offered to do is no meeting reported ("said he will meet" is a plan, and stays).
     */
    private static String selfReporter(ArticleContext ctx, Sentence s, int pronounAt) {
        List<Token> tokens = s.tokens();
        int at = tokenFrom(tokens, pronounAt);
        int said = at + 1 < tokens.size() && AUXILIARIES.contains(tokens.get(at + 1).text().toLowerCase(Locale.ROOT))
                ? at + 2 : at + 1;
        if (said < tokens.size() && MODALS.contains(tokens.get(said).text().toLowerCase(Locale.ROOT))) {
            return null; // "Trump said he would hold a summit with Xi if ...", "said he hopes to meet": only spoken of
        }
        int k = at - 1;
        while (k >= 0 && (REPORT_FILLERS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))
                || TIME.contains(tokens.get(k).text().toLowerCase(Locale.ROOT)))) {
            k--;
        }
        if (k < 1 || !Lexicon.SPEECH_VERBS.contains(tokens.get(k).text())) {
            return null;
        }
        k--;
        while (k > 0 && "RB".equals(tokens.get(k).pos())) {
            k--; // "Kerry also said he"
        }
        Mention m = ctx.mentions().endingAt(tokens.get(k).end());
        return m != null && m.type() == MentionType.PERSON && ctx.persons(s).contains(m) ? ctx.name(m) : null;
    }

    /**
     * Whether a name before the meeting word stands in a relative clause set off by commas ("Kwatra, who is
     * on a visit at the invitation of Paudyal, also met ..."): a comma and "who", "whose" or "which" open
     * it before the name, and a comma closes it before the meeting word.
     */
    private static boolean relative(Sentence s, Mention p, int triggerAt) {
        List<Token> tokens = s.tokens();
        int at = tokenFrom(tokens, p.start());
        boolean opened = false;
        for (int k = at - 1; k >= 0; k--) {
            if (tokens.get(k).text().equals(",")) {
                opened = RELATIVES.contains(tokens.get(k + 1).text().toLowerCase(Locale.ROOT));
                break;
            }
        }
        if (!opened) {
            return false;
        }
        for (int k = tokenFrom(tokens, p.end()); k < tokens.size() && tokens.get(k).start() < triggerAt; k++) {
            if (tokens.get(k).text().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name that qualifies a noun rather than naming a party: "Trump campaign aides", "Trump administration
     * officials", and after the meeting word a possessive ("a call with Zelensky about Biden's remarks").
     */
    private static boolean attributive(Sentence s, Mention p, boolean afterTrigger) {
        List<Token> tokens = s.tokens();
        int k = tokenFrom(tokens, p.end());
        if (k >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(k);
        String w = next.text();
        if (afterTrigger && possessive(next) && next.start() == p.end()) {
            return true;
        }
        return "NN".equals(next.pos()) && Character.isLowerCase(w.charAt(0)) && !TIME.contains(w)
                && !Lexicon.MEETING_AND_SPEECH_WORDS.contains(w); // the tagger takes "Kim hold talks" for a noun too
    }

    /**
     * A name before the meeting word in the possessive whose phrase names someone or something else: "Trump's
     * newly appointed chief of staff, Mark Meadows, also met", "Mueller's investigators met", "Bain Capital,
     * Romney's former firm, told Reid in a phone conversation". The words after "'s" run on as modifiers and
     * nouns; when the meeting word is the noun they lead to ("Trump's first meeting with", "Xi's phone call
     * with") the name is a party, when they stop short of it at a common noun it is the owner of that.
     */
    private static boolean ownerOfOther(Sentence s, Mention p, int trigger) {
        List<Token> tokens = s.tokens();
        int k = tokenFrom(tokens, p.end());
        if (k >= trigger || !possessive(tokens.get(k)) || tokens.get(k).start() != p.end()) {
            return false;
        }
        boolean common = false;
        for (k++; k < tokens.size(); k++) {
            String pos = tokens.get(k).pos() == null ? "" : tokens.get(k).pos();
            if (k == trigger) {
                return !pos.startsWith("NN") && common;
            }
            if (!(pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("VBN") || pos.equals("RB")
                    || pos.equals("CD") || pos.equals("HYPH") || pos.startsWith("VB") && modifies(tokens, k))) {
                break;
            }
            common |= pos.startsWith("NN") && Character.isLowerCase(tokens.get(k).text().charAt(0));
        }
        return common;
    }

    /** A verb form before a noun or adjective, which modifies it: "newly appointed national", "acting". */
    private static boolean modifies(List<Token> tokens, int k) {
        String next = k + 1 < tokens.size() && tokens.get(k + 1).pos() != null ? tokens.get(k + 1).pos() : "";
        return next.startsWith("NN") || next.startsWith("JJ");
    }

    /**
     * A name after "of" or "for" and a common noun, which says whose that is rather than who took part: "met
     * with family and friends of Castile", "spoke with the widow of John McCain", "met with staff for Adam
     * Schiff". A meeting word or an invitation before "of" keeps its people ("a meeting of Putin and Xi", "at
     * the invitation of Paudyal").
     */
    private static boolean whose(Sentence s, Mention p) {
        List<Token> tokens = s.tokens();
        int k = tokenFrom(tokens, p.start());
        if (k < 2 || !tokens.get(k - 1).text().equals("of") && !tokens.get(k - 1).text().equals("for")) {
            return false;
        }
        Token noun = tokens.get(k - 2);
        String w = noun.text().toLowerCase(java.util.Locale.ROOT);
        return noun.pos() != null && noun.pos().startsWith("NN") && Character.isLowerCase(noun.text().charAt(0))
                && !Lexicon.MEETING_AND_SPEECH_WORDS.contains(w) && !OF_PARTIES.contains(w);
    }

    /** Whether the token is the possessive ending "'s". */
    static boolean possessive(Token t) {
        return t.text().equals("'s") || t.text().equals("\u2019s");
    }

    /** The index of the sentence's first token starting at or after the offset; the token count if none does. */
    static int tokenFrom(List<Token> tokens, int offset) {
        int k = 0;
        while (k < tokens.size() && tokens.get(k).start() < offset) {
            k++;
        }
        return k;
    }

    /**
     * Whoever reports a meeting that others hold: the name is followed by a word of speech, and someone
     * else is the subject between that word and the meeting word ("Peskov said that Putin ... he also spoke
     * with", "Spicer also emphasized that Trump's meeting"). "Wang said during talks with X" and "Li said during
     * his meeting with X" keep Wang and Li.
     */
    private static boolean reporter(ArticleContext ctx, Sentence s, Mention p, int triggerAt) {
        List<Token> tokens = s.tokens();
        int k = tokenFrom(tokens, p.end());
        while (k + 1 < tokens.size() && "RB".equals(tokens.get(k).pos())) {
            k++; // "Spicer also emphasized that ..."
        }
        if (k + 1 >= tokens.size() || !Lexicon.SPEECH_VERBS.contains(tokens.get(k).text())) {
            return false;
        }
        int from = k + 1;
        Mention addressee = ctx.mentions().at(tokens.get(from).start());
        if (TELLING.contains(tokens.get(k).text()) && addressee != null && addressee.type() == MentionType.PERSON) {
            from = tokenFrom(tokens, addressee.end()); // "Obama told Singh in their first meeting": Singh is told, and a party
        }
        for (int j = from; j < tokens.size() && tokens.get(j).start() < triggerAt; j++) {
            Mention m = ctx.mentions().at(tokens.get(j).start());
            if (m != null && m.type() == MentionType.PERSON
                    || CLAUSE_SUBJECTS.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** A name in a photo credit or byline: "(Xinhua/Liu Weibing)", "[Photo by Li Tao/Xinhua]". */
    private static boolean isCredit(Sentence s, Mention p) {
        String before = s.text().substring(0, p.start() - s.start()).stripTrailing();
        String after = s.text().substring(p.end() - s.start()).stripLeading();
        return before.endsWith("/") || after.startsWith("/") || PHOTO_BY.matcher(before).matches();
    }
}
