package org.w3id.dmkg.extract.meeting;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3id.dmkg.extract.ArticleContext;
import org.w3id.dmkg.extract.Lexicon;
import org.w3id.dmkg.extract.TokenWindow;
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
    static final Set<String> TIME = Set.of("today", "tonight", "yesterday", "tomorrow", "morning",
            "afternoon", "evening", "night", "week", "month", "year", "day", "days", "weeks", "months", "years",
            "hours", "nights");
    /** Words of when before a noun ("past meetings", "earlier talks"), which the tagger may take for others. */
    static final Set<String> WHEN = Set.of("past", "recent", "earlier", "previous", "prior", "former", "last",
            "first", "latest", "upcoming", "next");
    static final Set<String> LISTING = Set.of("and", "or", "&");
    static final Set<String> DETERMINERS = Set.of("the", "his", "her", "their", "its");
    /** Words that open a relative clause (capitalized in a headline: ", Who Arrived in Astana"). */
    static final Set<String> RELATIVES = Set.of("who", "whose", "which", "whom");
    /** Nouns whose "of" names those who take part: "a summit of", "at the invitation of", "a delegation of". */
    private static final Set<String> OF_PARTIES = Set.of("summit", "summits", "invitation", "delegation",
            "delegations", "visit", "visits", "meeting", "meetings", "talks", "conversation", "call");
    /**
     * The parties of the meeting word at token {@code trigger}.
     *
     * @param previous the sentence's meeting word before this one, or -1: when someone is named before it,
     *                 the people between the two words are the first word's ("X met A in P, and held talks
     *                 with B": A met X, not B)
     * @param next     the sentence's meeting word after this one, or -1: the people after it are its own
     */
    static MeetingParties of(ArticleContext ctx, Sentence s, int trigger, int previous, int next) {
        int triggerAt = s.tokens().get(trigger).start();
        int previousAt = previous >= 0 ? s.tokens().get(previous).start() : -1;
        int stop = ClauseBounds.clauseEnd(ctx, s, trigger);
        if (next >= 0) {
            stop = Math.min(stop, s.tokens().get(next).start()); // "met with A and plans to meet later with B": B is the next word's
        }
        Set<String> subjects = new LinkedHashSet<>();
        Set<String> reporters = new LinkedHashSet<>();
        List<Mention> objects = new ArrayList<>();
        // "He met A in P, and had dinner with B": a pronoun subject of the earlier word is this one's too
        int previousPronoun = previous >= 0 && !PronounSubjects.relativeBetween(s, previous, trigger)
                ? PronounSubjects.pronounAt(ctx, s, previous) : -1;
        boolean namedBeforePrevious = previousPronoun >= 0;
        boolean group = groupSubject(ctx, s, trigger);
        boolean sent = false; // someone sent or urged to meet is the subject, whoever sent them ("he dispatched Pompeo")
        for (Mention p : ctx.persons(s)) {
            if (group && p.start() < triggerAt) {
                continue; // "in Tampa, where the GOP met", "when House Republicans met with X": the group's meeting
            }
            Owned owns = p.start() < triggerAt ? owned(s, p, trigger) : Owned.NOTHING;
            if (isCredit(s, p) || ctx.credits().covers(p.start(), p.end())
                    || attributive(s, p, p.start() >= triggerAt) || byProxy(ctx, s, p) || aside(ctx, s, p, triggerAt)
                    || p.start() > triggerAt && whose(s, p)
                    || owns == Owned.OTHER
                    || p.start() < triggerAt && MeetingTriggers.insideQuote(s, p.start())
                    && !MeetingTriggers.insideQuote(s, triggerAt)) {
                // "'I'm a Hillary supporter,' said Joan Thorup, who has met O'Malley": the quotation is another matter
                continue;
            }
            if (owns == Owned.PROXIES_AT) {
                subjects.clear(); // "Pelosi criticized Trump's aides at the meeting with Putin": neither Pelosi nor Trump
                reporters.clear();
                continue;
            }
            if (p.start() < triggerAt) {
                if (opensClauseOf(ctx, s, p, trigger) || ownerOfTrigger(ctx, s, p, owns)) {
                    // "..., the same day that Majority Leader Harry Reid met with ...", "Bossert told ABC that Trump's
                    // phone call with Zelensky ...": his meeting, not the teller's
                    subjects.clear();
                    reporters.clear();
                    subjects.add(ctx.name(p));
                    continue;
                }
                if (namedBeforePrevious && p.start() > previousAt && opensClause(ctx, s, p)) {
                    subjects.clear(); // "X will meet A, and Obama will pursue talks with B": Obama's talks
                    subjects.add(ctx.name(p));
                    continue;
                }
                if (otherClause(ctx, s, p, trigger)) {
                    continue; // "Kerry was to visit Seoul, while South Korea's president was due for talks with Obama"
                }
                if (namedBeforePrevious && p.start() > previousAt || !subjects.isEmpty() && relative(s, p, triggerAt)) {
                    continue; // the earlier word's people, or someone in a clause about the subject
                }
                if (sentToMeet(ctx, s, p, trigger)) {
                    subjects.clear(); // "Trump tapped Mnuchin to meet with Pelosi": Mnuchin meets her, not Trump
                    reporters.clear();
                    sent = true;
                }
                namedBeforePrevious |= p.start() < previousAt;
                boolean tells = PronounSubjects.reporter(ctx, s, p, triggerAt) || spokesperson(ctx, s, p, trigger);
                (tells ? reporters : subjects).add(ctx.name(p));
            } else if (p.start() < stop && objects.stream().noneMatch(o -> ctx.name(o).equals(ctx.name(p)))) {
                objects.add(p);
            }
        }
        subjects.removeAll(setAside(ctx, s, triggerAt));
        if (subjects.size() == 1) {
            joinPronoun(ctx, s, triggerAt, subjects);
        }
        List<Mention> antecedents = relativeAntecedents(ctx, s, trigger);
        if (!antecedents.isEmpty()) {
            // "Kerry had a discussion with Jose Meade, who met with Hillary Clinton": who met is Meade alone
            subjects.clear();
            antecedents.forEach(a -> subjects.add(ctx.name(a)));
            return finish(ctx, s, trigger, previous, namedBeforePrevious, subjects, objects, -1);
        }
        int pronounAt = sent ? -1 : PronounSubjects.pronounAt(ctx, s, trigger);
        if (pronounAt < 0 && subjects.isEmpty() && reporters.isEmpty()) {
            pronounAt = previousPronoun >= 0 ? previousPronoun : PronounSubjects.participleSubject(ctx, s, trigger);
        } else if (pronounAt < 0 && subjects.isEmpty()) {
            pronounAt = PronounSubjects.reportedPronoun(ctx, s, trigger); // "Trump said he walked into the meeting with Pelosi"
        }
        Set<String> met = new LinkedHashSet<>();
        objects.forEach(o -> met.add(ctx.name(o)));
        Set<String> notThePronoun = new LinkedHashSet<>(met);
        if (pronounAt > s.start() && pronounAt < s.end()) {
            // "Before meeting with Mr. Putin, Mr. Trump will try ... when he meets with Pena Nieto": he is Trump
            notThePronoun.addAll(setAside(ctx, s, pronounAt));
        }
        String pronoun = pronounAt < 0 ? null : ctx.personBefore(pronounAt, notThePronoun);
        String self = pronounAt < 0 ? null : PronounSubjects.selfReporter(ctx, s, pronounAt);
        if (self != null && reporters.contains(self)) {
            pronoun = self; // "Tillerson said Tuesday that he met with Trump": the reporter speaks of himself
        } else if (pronoun != null && reporters.contains(pronoun)) {
            // "X said that Y ... she also spoke with": the pronoun is the one reported on, not the reporter
            pronoun = subjects.isEmpty() ? null : List.copyOf(subjects).get(subjects.size() - 1);
        }
        Mention main = subjects.isEmpty() ? ClauseBounds.frontedSubject(ctx, s, trigger, stop) : null;
        if (main != null && pronoun != null && ClauseBounds.speaks(s, main)) {
            main = null; // "He will meet with Rice Friday, spokesman Tommy Vietor said": who tells of it; but "While
                         // he was in talks with Trump, Barrack was communicating ...": he is Barrack
        }
        boolean between = between(s, trigger);
        int partyPronoun = between ? PronounSubjects.firstParty(s, trigger) : -1;
        String party = partyPronoun < 0 ? null : ctx.personBefore(partyPronoun, met);
        if (main != null) {
            subjects.add(ctx.name(main)); // "During his meeting with X at Y, Kwatra conveyed ..."
        } else if (between) {
            subjects.clear(); // "talks between X and Y": the people after the word are all the parties
            if (party != null) {
                subjects.add(party); // "the meeting between him, Pelosi and Schumer": he is one of them
                pronounAt = partyPronoun;
            }
        } else if (pronoun != null) {
            subjects.clear();
            subjects.add(pronoun);
        }
        boolean byPronoun = main == null && (between ? party != null : pronoun != null);
        String owner = between ? null : possessiveOwner(ctx, s, trigger, subjects, met);
        if (owner != null) {
            // "Brennan criticized Trump's handling of his meeting with Putin": his is Trump, the nearer one
            subjects.clear();
            subjects.add(owner);
            byPronoun = false;
        }
        return finish(ctx, s, trigger, previous, namedBeforePrevious, subjects, objects, byPronoun ? pronounAt : -1);
    }

    /**
     * Adds to the one named subject the person a "he" or "she" joined to it by "and" stands for ("He and Putin
     * met", "Obama said he and Castro spoke"): the one who reports it, else the one {@link
     * ArticleContext#personBefore} finds for the pronoun.
     */
    private static void joinPronoun(ArticleContext ctx, Sentence s, int triggerAt, Set<String> subjects) {
        String named = subjects.iterator().next();
        for (Mention p : ctx.persons(s)) {
            if (p.end() <= triggerAt && ctx.name(p).equals(named)) {
                int pronoun = PronounSubjects.joinedPronoun(ctx, s, p);
                if (pronoun < 0) {
                    return;
                }
                String self = PronounSubjects.selfReporter(ctx, s, pronoun);
                String who = self != null ? self : ctx.personBefore(pronoun, Set.of(named));
                if (who != null && !who.equals(named)) {
                    subjects.clear();
                    subjects.add(who);
                    subjects.add(named);
                }
                return;
            }
        }
    }

    /** The parties once the subjects are known: those met less the subjects, and where the place is looked for. */
    private static MeetingParties finish(ArticleContext ctx, Sentence s, int trigger, int previous,
                                         boolean namedBeforePrevious, Set<String> subjects, List<Mention> objects,
                                         int pronounAt) {
        objects.removeIf(o -> subjects.contains(ctx.name(o)));
        if (objects.isEmpty() && ClauseBounds.meetsAnAudience(ctx, s.tokens(), trigger)) {
            // "Cassidy, accompanied by Barrasso and McConnell, speaks with reporters": no one met the others
            return new MeetingParties(Set.of(), objects, s.start(), s.start(), -1);
        }
        // the place of "..., and held talks with B in P" lies after the first word's people
        int triggerAt = s.tokens().get(trigger).start();
        int placeStart = namedBeforePrevious ? Math.min(ClauseBounds.clauseEnd(ctx, s, previous), triggerAt) : s.start();
        return new MeetingParties(subjects, objects, placeStart, ClauseBounds.placeEnd(ctx, s, trigger), pronounAt);
    }

    /**
     * Names before the meeting word that are not its subject although another name is: those of an opening
     * subordinate clause ({@link #openingClauseEnd}) when names follow it, those of a phrase set before the
     * subject with a comma ("A day after firing FBI Director James Comey, Trump met ...": one
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
        int opened = openingClauseEnd(tokens, triggerAt);
        if (opened >= 0 && before.stream().anyMatch(p -> p.start() > opened)) {
            // "While Mr. O'Rourke visited Iowa, Mr. Biden and Stacey Abrams met": the opening clause's people
            Set<String> later = new LinkedHashSet<>();
            before.stream().filter(p -> p.start() > opened).map(ctx::name).forEach(later::add);
            before.stream().filter(p -> p.end() <= opened).map(ctx::name).filter(n -> !later.contains(n))
                    .forEach(out::add);
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

    /** How many modifiers may stand between a possessive pronoun and the meeting noun: "his first bilateral meeting". */
    private static final int MODIFIERS = 4;

    /**
     * The person a possessive pronoun before the meeting noun stands for when someone else than its one subject
     * is named nearer before it, as the object of a noun's preposition or a possessive ("a complaint against
     * President Trump over his phone call with", "Trump's handling of his meeting with") with no title between:
     * that nearer person; else null.
     */
    private static String possessiveOwner(ArticleContext ctx, Sentence s, int trigger, Set<String> subjects,
                                          Set<String> objects) {
        List<Token> tokens = s.tokens();
        int k = trigger - 1;
        while (k >= 0 && trigger - k <= MODIFIERS && modifier(ctx, tokens.get(k))) {
            k--;
        }
        if (k < 0 || subjects.isEmpty()
                || !POSSESSIVE_PRONOUNS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
            return null;
        }
        Mention nearest = null;
        for (Mention p : ctx.persons(s)) {
            if (p.end() <= tokens.get(k).start() && !ctx.credits().covers(p.start(), p.end())) {
                nearest = p;
            }
        }
        if (nearest == null || subjects.equals(Set.of(ctx.name(nearest))) || objects.contains(ctx.name(nearest))) {
            return null;
        }
        if (!ctx.mentions().within(nearest.end(), tokens.get(k).start(), MentionType.TITLE).isEmpty()) {
            return null; // "Trudeau's comments undermined the U.S. president ahead of his meeting": the title is nearer
        }
        int after = tokenFrom(tokens, nearest.end());
        int first = firstOfTitled(ctx, tokens, nearest);
        boolean owned = after < k && possessive(tokens.get(after));
        return owned || first > 0 && NOUN_PREPOSITIONS.contains(tokens.get(first - 1).text().toLowerCase(Locale.ROOT))
                ? ctx.name(nearest) : null;
    }

    /** Possessive pronouns of one person before a meeting noun: "his meeting", "her phone call". */
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her");

    /**
     * Prepositions that join a person to a noun rather than to the verb ("a complaint against Trump", "criticism
     * of Trump", "the decision by Trump"); a verb's ("referred to X in his call", "swapped A for B ahead of his
     * meeting") leaves the possessive to the subject.
     */
    private static final Set<String> NOUN_PREPOSITIONS = Set.of("against", "of", "by");

    /** Whether a token may modify a meeting noun between its determiner and it: an adjective, number or noun. */
    private static boolean modifier(ArticleContext ctx, Token t) {
        String pos = t.pos() == null ? "" : t.pos();
        Mention m = ctx.mentions().at(t.start());
        return (pos.startsWith("JJ") || pos.equals("CD") || pos.startsWith("NN"))
                && (m == null || m.type() != MentionType.PERSON);
    }

    /**
     * A name in an aside between two dashes ({@link #clausal}) that people named outside it on the same side of the
     * meeting word frame, the meeting word outside it: "During a phone call, Corker and Romney -- who Trump
     * considered for secretary of state -- discussed ...".
     */
    private static boolean aside(ArticleContext ctx, Sentence s, Mention p, int triggerAt) {
        List<Token> tokens = s.tokens();
        int open = -1;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!dash(tokens, k)) {
                continue;
            }
            if (open < 0) {
                open = t.start();
                continue;
            }
            int close = t.start();
            boolean side = p.start() < triggerAt;
            if (p.start() > open && p.end() <= close && (triggerAt < open || triggerAt > close)
                    && clausal(tokens, open, close)) {
                int from = open;
                return ctx.persons(s).stream().anyMatch(o -> o.end() <= from && (o.start() < triggerAt) == side);
            }
            open = -1;
        }
        return false;
    }

    /**
     * Whether the words between two dashes make a clause or a circumstance ("-- who Trump considered --", "-- a
     * passion her brother shares with --", "-- with Flynn in the room --") rather than more names of the list
     * ("-- as well as Indian Prime Minister Narendra Modi --", "two envoys -- retired Gen. John Allen and
     * Ambassador Brett McGurk --"): a verb, a relative word or "with" first.
     */
    private static boolean clausal(List<Token> tokens, int open, int close) {
        int first = tokenFrom(tokens, open + 1);
        if (first < tokens.size() && tokens.get(first).text().equalsIgnoreCase("with")) {
            return true;
        }
        for (int k = first; k < tokens.size() && tokens.get(k).start() < close; k++) {
            if (tokens.get(k).verbOrModal() || RELATIVES.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Dashes that set an aside off: "--", an en dash or an em dash. */
    private static final Set<String> DASHES = Set.of("--", "\u2013", "\u2014");

    /**
     * Whether token {@code k} is a dash: one of {@link #DASHES}, or a hyphen with a space on each side ("Guterres -
     * who, like Trump, took office in January - plans to meet"), not the one of "Secretary-General".
     */
    static boolean dash(List<Token> tokens, int k) {
        String w = tokens.get(k).text();
        return DASHES.contains(w) || w.equals("-") && k > 0 && k + 1 < tokens.size()
                && tokens.get(k - 1).end() < tokens.get(k).start() && tokens.get(k).end() < tokens.get(k + 1).start();
    }

    /** Words that open a sentence with a clause of its own before the main one. */
    private static final Set<String> SUBORDINATORS = Set.of("while", "when", "after", "as", "although", "though",
            "since", "before", "because", "if", "whereas");

    /**
     * Where a sentence's opening subordinate clause ends ("While X visited Iowa, ..."): the offset of the
     * comma closing it, when that comma stands before the meeting word; else -1.
     */
    private static int openingClauseEnd(List<Token> tokens, int triggerAt) {
        if (tokens.isEmpty() || !SUBORDINATORS.contains(tokens.get(0).text().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        for (Token tok : tokens) {
            if (tok.start() >= triggerAt) {
                return -1;
            }
            if (tok.text().equals(",")) {
                return tok.start();
            }
        }
        return -1;
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
     * Whether a name opens the clause of the meeting word itself: a word such as "that", "when" or "where"
     * before it and the meeting word right after it, perhaps past an adverb or an auxiliary or two, or past a
     * verb that carries a meeting noun ("the same day that Majority Leader Harry Reid met with", "when Obama
     * also met", "confirmed that Obama recently met", "in Dublin, where Pence held meetings with", "when Obama
     * had a brief meeting with"). Who is named before that word is not the meeting's subject.
     */
    private static boolean opensClauseOf(ArticleContext ctx, Sentence s, Mention p, int trigger) {
        List<Token> tokens = s.tokens();
        int next = tokenFrom(tokens, p.end());
        if (next > trigger || trigger - next > 4) {
            return false;
        }
        boolean carried = false; // "where Pence held meetings with", "when Obama had a meeting with"
        for (int k = next; k < trigger; k++) {
            String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
            if (!carried && CARRIERS.contains(w) && (k + 1 == trigger
                    || CARRIED.contains(tokens.get(k + 1).text().toLowerCase(Locale.ROOT)))) {
                carried = true;
            } else if (!(carried ? CARRIED.contains(w) : beforeVerb(tokens.get(k)) && k - next < 2)) {
                return false;
            }
        }
        int first = firstOfTitled(ctx, tokens, p);
        return first > 0 && CLAUSE_OPENERS.contains(tokens.get(first - 1).text().toLowerCase(Locale.ROOT));
    }

    /** Verbs that carry a meeting noun: "held talks", "had a meeting". */
    private static final Set<String> CARRIERS = Set.of("held", "holds", "hold", "holding", "had", "has", "have");
    /** Words between a carrying verb and its meeting noun: "had a brief meeting", "held their talks". */
    private static final Set<String> CARRIED = Set.of("a", "an", "the", "their", "his", "her", "brief", "private",
            "separate", "long", "short", "first", "second");

    /** Verbs whose object is asked to meet with their subject: "Trudeau invited Trump to visit". */
    private static final Set<String> INVITING = Set.of("invite", "invites", "invited", "inviting", "welcomed");
    /** How many words may stand between the one sent and "to": "dispatched Pompeo earlier this month to meet". */
    private static final int SENT_WITHIN = 4;

    /**
     * Whether the name is the object of a verb and the subject of the meeting word's "to": "Trump tapped Treasury
     * Secretary Steven Mnuchin to meet with Pelosi", "Trump urged Chinese President Xi Jinping to meet personally
     * with the protesters", "he dispatched CIA Director Mike Pompeo earlier this month to meet with Kim". Who sends,
     * asks or urges does not meet; one who invites does.
     */
    private static boolean sentToMeet(ArticleContext ctx, Sentence s, Mention p, int trigger) {
        List<Token> tokens = s.tokens();
        int first = firstOfTitled(ctx, tokens, p);
        Mention body = first < 1 ? null : ctx.mentions().endingAt(tokens.get(first - 1).end());
        if (body != null && body.type() == MentionType.ORGANIZATION) {
            first = tokenFrom(tokens, body.start()); // "dispatched CIA Director Mike Pompeo"
        }
        if (first < 1) {
            return false;
        }
        Token verb = tokens.get(first - 1);
        String v = verb.text().toLowerCase(Locale.ROOT);
        if (!verb.verbOrModal() || MeetingFeatures.AUXILIARIES.contains(v) || INVITING.contains(v)) {
            return false;
        }
        int to = trigger - 1;
        while (to > 0 && tokens.get(to).pos() != null && tokens.get(to).pos().equals("RB")) {
            to--; // "to personally meet"
        }
        int after = tokenFrom(tokens, p.end());
        if (to < after || !tokens.get(to).text().equals("to") || to - after > SENT_WITHIN) {
            return false;
        }
        for (int k = after; k < to; k++) {
            Token t = tokens.get(k);
            if (t.verbOrModal() || !Character.isLetter(t.text().charAt(0))) {
                return false; // "Trump asked Comey, who had met", "urged Xi, and wanted to meet"
            }
        }
        return true;
    }

    /** Mentions that title a name: "Russian President Vladimir Putin". */
    private static final Set<MentionType> TITLING = Set.of(MentionType.TITLE, MentionType.COUNTRY);

    /** The first token of a name with the titles and country before it ("Russian President Vladimir Putin"). */
    static int firstOfTitled(ArticleContext ctx, List<Token> tokens, Mention p) {
        return firstOf(ctx, tokens, p, TITLING);
    }

    /** The first token of a name with the mentions of these kinds that stand right before it, one after another. */
    static int firstOf(ArticleContext ctx, List<Token> tokens, Mention p, Set<MentionType> kinds) {
        int first = tokenFrom(tokens, p.start());
        while (first > 0) {
            Mention m = ctx.mentions().endingAt(tokens.get(first - 1).end());
            if (m == null || !kinds.contains(m.type())) {
                break;
            }
            first = tokenFrom(tokens, m.start());
        }
        return first;
    }

    /**
     * Whether a group named by nouns, not a person, is the subject of the meeting verb in a clause of its own: a
     * clause word, perhaps "the", then capitalized or plural nouns (a body or country among them may be), then
     * the verb, perhaps past an adverb or auxiliary ("where the GOP met", "when House Republicans met with").
     */
    private static boolean groupSubject(ArticleContext ctx, Sentence s, int trigger) {
        List<Token> tokens = s.tokens();
        if (!ClauseBounds.verb(tokens.get(trigger))) {
            return false;
        }
        int k = trigger - 1;
        while (k >= 0 && trigger - k <= 2 && beforeVerb(tokens.get(k))) {
            k--;
        }
        int nouns = 0;
        while (k >= 0 && nouns < 4) {
            Token tok = tokens.get(k);
            Mention m = ctx.mentions().at(tok.start());
            if (m == null) {
                m = ctx.mentions().endingAt(tok.end());
            }
            boolean noun = tok.pos() != null && (tok.pos().startsWith("NN")
                    || tok.pos().startsWith("JJ") && Character.isUpperCase(tok.text().charAt(0)));
            if (!noun || m != null && (m.type() == MentionType.PERSON || m.type() == MentionType.TITLE)) {
                break;
            }
            nouns++;
            k--;
        }
        if (nouns == 0 || k < 0) {
            return false;
        }
        if (tokens.get(k).text().equalsIgnoreCase("the") && k > 0) {
            k--;
        }
        String opener = tokens.get(k).text().toLowerCase(Locale.ROOT);
        return CLAUSE_OPENERS.contains(opener) || opener.equals("where");
    }

    /** Whether a word may stand between a subject and its verb: an adverb or an auxiliary ("also met", "had met"). */
    private static boolean beforeVerb(Token t) {
        return ClauseBounds.BEFORE_VERB.contains(t.text()) || "RB".equals(t.pos());
    }

    /** Words that open a clause whose subject may follow: "the same day that X met", "when X met", "where X met". */
    private static final Set<String> CLAUSE_OPENERS = Set.of("that", "when", "while", "after", "before", "as", "where");

    /**
     * Whether a name opens a clause of its own: "and", a comma, a semicolon, a colon or a word that opens a
     * clause before it and a verb right after it ("..., and Obama will pursue discussions with", "...; Kerry
     * met", "the same day that Majority Leader Harry Reid met").
     */
    private static boolean opensClause(ArticleContext ctx, Sentence s, Mention p) {
        List<Token> tokens = s.tokens();
        int first = firstOfTitled(ctx, tokens, p); // "and Russian President Vladimir Putin will"
        int next = tokenFrom(tokens, p.end());
        if (first == 0 || next >= tokens.size()) {
            return false;
        }
        String before = tokens.get(first - 1).text().toLowerCase(Locale.ROOT);
        return (LISTING.contains(before) || CLAUSE_OPENERS.contains(before) || before.equals(",") || before.equals(";")
                || before.equals(":")) && ClauseBounds.verb(tokens.get(next));
    }

    /** Words that open a clause of its own after a comma. */
    private static final Set<String> CLAUSE_JOINS = Set.of("while", "whereas", "but", "although", "though", "and");

    /**
     * Whether a name before the meeting word stands in another clause than the word: between them a comma or
     * semicolon, a word that opens a clause ("while", "but", "and"), a subject of its own that names no one
     * (a title, a noun, a pronoun; a list's last name is no such subject) and its finite verb ("Kerry was to
     * visit Seoul, while South Korea's president was due in Washington for talks with Obama"). A verb right
     * after the opener shares the name's subject ("Trump arrived on Tuesday, and was due to meet Kim").
     */
    private static boolean otherClause(ArticleContext ctx, Sentence s, Mention p, int trigger) {
        List<Token> tokens = s.tokens();
        for (int k = tokenFrom(tokens, p.end()); k + 2 < trigger; k++) {
            String w = tokens.get(k).text();
            if (!w.equals(",") && !w.equals(";")) {
                continue;
            }
            int j = k + 1;
            if (CLAUSE_JOINS.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))) {
                j++;
            } else if (w.equals(",")) {
                continue;
            }
            int subjectWords = 0;
            for (; j < trigger; j++) {
                String pos = tokens.get(j).pos() == null ? "" : tokens.get(j).pos();
                if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")) {
                    if (subjectWords > 0) {
                        return true;
                    }
                    break;
                }
                Mention m = ctx.mentions().at(tokens.get(j).start());
                if (m != null && m.type() == MentionType.PERSON || !(pos.startsWith("NN") || pos.startsWith("JJ")
                        || pos.equals("DT") || pos.equals("PRP") || pos.equals("PRP$") || possessive(tokens.get(j))
                        || pos.equals("CD"))) {
                    break; // a named subject opens a clause that opensClause reads
                }
                subjectWords++;
            }
        }
        return false;
    }

    /** Titles of those who speak for others. */
    private static final Set<String> SPEAKERS = Set.of("spokesman", "spokeswoman", "spokesperson", "press secretary");

    /**
     * Whether a name is that of someone's spokesperson, by the title right before it or before a comma in
     * front of it, whose sentence does not go on with the meeting word ("the Russian leader's spokesman,
     * Dmitri S. Peskov, held out the possibility of a meeting": he tells of it; "Spokesman John Kirby met
     * with ...", "Ventura's spokesman, Paulo Reis, met with ..." take part).
     */
    private static boolean spokesperson(ArticleContext ctx, Sentence s, Mention p, int trigger) {
        List<Token> tokens = s.tokens();
        int first = tokenFrom(tokens, p.start());
        int k = first > 0 && tokens.get(first - 1).text().equals(",") ? first - 1 : first;
        Mention title = k > 0 ? ctx.mentions().endingAt(tokens.get(k - 1).end()) : null;
        if (title == null || title.type() != MentionType.TITLE || SPEAKERS.stream()
                .noneMatch(w -> title.text().toLowerCase(Locale.ROOT).endsWith(w))) {
            return false;
        }
        int next = tokenFrom(tokens, p.end());
        if (k < first && next < trigger && tokens.get(next).text().equals(",")) {
            next++; // "Ventura's spokesman, Paulo Reis, met with ...": the appositive's closing comma
        }
        while (next < trigger && ClauseBounds.BEFORE_VERB.contains(tokens.get(next).text())) {
            next++;
        }
        return next != trigger;
    }

    /** The same parties with {@code name} as the one subject. */
    MeetingParties withSubject(String name) {
        return new MeetingParties(Set.of(name), objects, placeStart, placeEnd, -1);
    }

    /** The same parties with {@code name} among the subjects. */
    MeetingParties alsoWith(String name) {
        Set<String> more = new LinkedHashSet<>(subjects);
        more.add(name);
        return new MeetingParties(more, objects, placeStart, placeEnd, pronounAt);
    }

    /** "talks between ...", "the phone call between ...": the meeting word names its parties after it. */
    private static boolean between(Sentence s, int t) {
        List<Token> tokens = s.tokens();
        return t + 1 < tokens.size() && tokens.get(t + 1).text().equalsIgnoreCase("between");
    }

    /**
     * The people a relative "who" right before the meeting word stands for, when they are named right before it
     * ("Jose Meade, who met with Clinton", "Xi and Putin, who met in Moscow"; between "who" and the word only
     * adverbs and auxiliaries: "who has also met"); empty when no "who" stands there or it follows no name ("one
     * of the senators who spoke with Biden": the sentence's subject is the one).
     */
    static List<Mention> relativeAntecedents(ArticleContext ctx, Sentence s, int trigger) {
        List<Token> tokens = s.tokens();
        int k = trigger - 1;
        while (k >= 0 && (MeetingFeatures.AUXILIARIES.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))
                || tokens.get(k).pos() != null && tokens.get(k).pos().startsWith("RB"))) {
            k--;
        }
        if (k < 1 || !tokens.get(k).text().equalsIgnoreCase("who")) {
            return List.of();
        }
        int j = tokens.get(k - 1).text().equals(",") ? k - 2 : k - 1;
        List<Mention> out = new ArrayList<>();
        while (j >= 0) {
            Mention m = ctx.mentions().endingAt(tokens.get(j).end());
            if (m == null || m.type() != MentionType.PERSON) {
                break;
            }
            out.add(0, m);
            j = firstOfTitled(ctx, tokens, m) - 1; // "Xi and Russian President Vladimir Putin, who"
            if (j < 1 || !(tokens.get(j).text().equals("and") || tokens.get(j).text().equals(","))) {
                break; // "Xi and Putin, who": the names joined before it
            }
            j--;
        }
        return out;
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
     * A name that qualifies a noun, singular or plural, rather than naming a party: "Trump campaign aides", "Trump
     * administration officials", "African leaders met"; and after the meeting word a possessive ("a call with
     * Zelensky about Biden's remarks").
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
        return next.pos() != null && next.pos().startsWith("NN") && !next.pos().startsWith("NNP")
                && Character.isLowerCase(w.charAt(0)) && !TIME.contains(w)
                && !Lexicon.MEETING_AND_SPEECH_WORDS.contains(w); // the tagger takes "Kim hold talks" for a noun too
    }

    /** Nouns of those who act for someone: "the office of Speaker Paul Ryan", "aides to Trump", "lawyers for Flynn". */
    private static final Set<String> PROXIES = Set.of("office", "offices", "aide", "aides", "staff", "staffers",
            "representative", "representatives", "lawyer", "lawyers", "attorney", "attorneys", "spokesman",
            "spokeswoman", "spokesperson", "adviser", "advisers", "advisor", "advisors", "associates", "allies",
            "emissary", "emissaries", "envoy", "envoys", "surrogates", "campaign", "team");

    /** Prepositions between a noun of {@link #PROXIES} and the name it acts for: "aides to Trump". */
    private static final Set<String> PROXY_PREPOSITIONS = Set.of("of", "to", "for");

    /**
     * A name that stands for whose people they are, not for someone present: a noun of those who act for
     * someone and "of", "to" or "for" before it ("spoke with the office of Speaker Paul Ryan", "met with aides to
     * Trump", "lawyers for Flynn met").
     */
    private static boolean byProxy(ArticleContext ctx, Sentence s, Mention p) {
        List<Token> tokens = s.tokens();
        int first = firstOfTitled(ctx, tokens, p);
        if (first < 2 || !PROXY_PREPOSITIONS.contains(tokens.get(first - 1).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        String noun = tokens.get(first - 2).text().toLowerCase(Locale.ROOT);
        // not "chief of staff to Bob Dole": a title before the name, no one acting for him
        return PROXIES.contains(noun) && !(first > 2 && tokens.get(first - 3).text().equals("of"));
    }

    /** What a name in the possessive before the meeting word owns ({@link #owned}). */
    private enum Owned {
        /** No possessive, or nothing it owns before the meeting word. */
        NOTHING,
        /** The meeting, or what was said or done at it: "Trump's phone call with", "Trump's comments at a summit with". */
        MEETING,
        /**
         * Someone or something else: "Trump's newly appointed chief of staff, Mark Meadows, also met", "Mueller's
         * investigators met", "Bain Capital, Romney's former firm, told Reid in a phone conversation".
         */
        OTHER,
        /** Those who act for the name, at the meeting: "Trump's aides at the meeting with Putin". */
        PROXIES_AT
    }

    /**
     * A name in the possessive whose phrase leads to the meeting word ({@code owns}, what {@link #owned} gives it:
     * "Trump's phone call with", "Comey's January dinner with") and that no "and" or comma joins to a name before
     * it ("Biden and Xi's meeting"): the meeting is this one's, whoever tells of it earlier in the sentence.
     */
    private static boolean ownerOfTrigger(ArticleContext ctx, Sentence s, Mention p, Owned owns) {
        if (owns != Owned.MEETING) {
            return false;
        }
        List<Token> tokens = s.tokens();
        int first = firstOfTitled(ctx, tokens, p);
        String before = first > 0 ? tokens.get(first - 1).text().toLowerCase(Locale.ROOT) : "";
        return !LISTING.contains(before) && !before.equals(",");
    }

    /**
     * What a name before the meeting word owns when "'s" follows it. The words after "'s" run on as modifiers
     * and nouns; when they lead to the meeting word ("Trump's first meeting with", "Xi's phone call with") the
     * name owns the meeting, when they stop short of it at a common noun it owns that.
     */
    private static Owned owned(Sentence s, Mention p, int trigger) {
        List<Token> tokens = s.tokens();
        int k = tokenFrom(tokens, p.end());
        Token last = k > 0 ? tokens.get(k - 1) : null;
        boolean apostrophe = last != null && last.end() == p.end() + 1
                && TokenWindow.apostropheGlued(last.text()); // "Sessions' past meetings"
        if (k > trigger || !apostrophe && (k == trigger || !possessive(tokens.get(k)) || tokens.get(k).start() != p.end())) {
            return Owned.NOTHING;
        }
        boolean common = false;
        String noun = null;
        for (k += apostrophe ? 0 : 1; k < tokens.size(); k++) {
            String pos = tokens.get(k).pos() == null ? "" : tokens.get(k).pos();
            if (common && k < trigger && atEvent(tokens, k, trigger)) {
                // "Trump's comments at a recent summit with Putin": he was there; "Trump's aides at the meeting": they
                return PROXIES.contains(noun) ? Owned.PROXIES_AT : Owned.MEETING;
            }
            if (k == trigger) {
                // right after the possessive and its modifiers the meeting word is its noun, however the tagger
                // reads it ("Trump's summit with Putin", tagged a verb); after a common noun it is that noun's
                // verb ("Reid's aides met with ...")
                return pos.startsWith("NN") || !common ? Owned.MEETING : Owned.OTHER;
            }
            if (!(pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("VBN") || pos.equals("RB")
                    || WHEN.contains(tokens.get(k).text()) // "Sessions' past meetings", the tagger's IN
                    || pos.equals("CD") || pos.equals("HYPH") || pos.startsWith("VB") && modifies(tokens, k))) {
                break;
            }
            if (pos.startsWith("NN") && Character.isLowerCase(tokens.get(k).text().charAt(0))) {
                common = true;
                noun = tokens.get(k).text().toLowerCase(Locale.ROOT);
            }
        }
        return common ? Owned.OTHER : Owned.NOTHING;
    }

    /** Prepositions that set what someone said, wrote or did at an event: "remarks at", "notes from". */
    private static final Set<String> AT_EVENT = Set.of("at", "during", "from", "after", "before", "following");

    /**
     * Whether token {@code k} is such a preposition and only a determiner and modifiers stand between it and the
     * meeting word ("comments at a recent summit with", "notes from the 2016 Trump Tower meeting with"): what
     * the possessive owns happened at that meeting.
     */
    private static boolean atEvent(List<Token> tokens, int k, int trigger) {
        if (!AT_EVENT.contains(tokens.get(k).text().toLowerCase(Locale.ROOT)) || trigger - k > MODIFIERS + 1) {
            return false;
        }
        for (int j = k + 1; j < trigger; j++) {
            String pos = tokens.get(j).pos() == null ? "" : tokens.get(j).pos();
            if (!(pos.equals("DT") || pos.startsWith("JJ") || pos.equals("CD") || pos.startsWith("NN")
                    || pos.equals("PRP$"))) {
                return false;
            }
        }
        return true;
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

    /** A name in a photo credit or byline: "(Xinhua/Liu Weibing)", "[Photo by Li Tao/Xinhua]". */
    private static boolean isCredit(Sentence s, Mention p) {
        String before = s.text().substring(0, p.start() - s.start()).stripTrailing();
        String after = s.text().substring(p.end() - s.start()).stripLeading();
        return before.endsWith("/") || after.startsWith("/") || PHOTO_BY.matcher(before).matches();
    }
}
