package org.w3id.dmkg.extract.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.dmkg.extract.ArticleContext;
import org.w3id.dmkg.extract.Lexicon;
import org.w3id.dmkg.extract.Span;
import org.w3id.dmkg.extract.office.Byline;
import org.w3id.dmkg.extract.office.OfficeHolding;
import org.w3id.dmkg.nlp.Mention;
import org.w3id.dmkg.nlp.MentionType;
import org.w3id.dmkg.nlp.Sentence;
import org.w3id.dmkg.nlp.Token;

/**
 * Finds meetings: a sentence with a meeting word and at least two people on its two sides. When each
 * person met carries a date of their own ("X will meet A on Sunday and B on Monday"), each gives a meeting.
 * Date and place come from the sentence, else from the dateline when the sentence is the dateline's
 * lead; the article's first meeting takes the article's date when nothing else dates it. A transcript's
 * title line with one party is a meeting of its byline's speaker ({@link Byline}). These patterns propose
 * candidates; the {@link MeetingJudge} decides which are meetings, and reports of one meeting are merged
 * by {@link MeetingMerger}. Thread-safe.
 */
public final class MeetingExtractor {
    /** The longest heading that names a meeting without saying who met. */
    private static final int HEADING_TOKENS = 14;
    /** Most words a heading may put before its meeting word ("Remarks Prior to a Meeting With"). */
    private static final int HEADING_LEAD = 4;
    /** What {@link #titledSubject} gives for a title standing as the subject that names no one the article names. */
    private static final String UNRESOLVED = "";

    /** Most words between "The" and a meeting word that opens a sentence ("The two-hour bilateral meeting"). */
    private static final int DEFINITE_LEAD = 4;
    private final MeetingTriggers triggers = new MeetingTriggers();
    private final DateResolver dates = new DateResolver();
    private final MeetingJudge judge;
    private final SettingJudge settings;

    public MeetingExtractor(MeetingJudge judge, SettingJudge settings) {
        this.judge = judge;
        this.settings = settings;
    }

    public List<MeetingFact> extract(ArticleContext ctx, List<OfficeHolding> offices) {
        return settings.decide(ctx, merged(ctx, offices)).stream().map(f -> EvidenceMarks.of(ctx, f)).toList();
    }

    /** The dates and places of the judged meetings and the article's they might be: what training learns from. */
    public List<SettingCandidate> settingCandidates(ArticleContext ctx, List<OfficeHolding> offices) {
        return settings.candidates(ctx, merged(ctx, offices), true);
    }

    private List<MeetingFact> merged(ArticleContext ctx, List<OfficeHolding> offices) {
        return MeetingMerger.merge(judge.judge(candidates(ctx, offices)), ctx.gazetteer());
    }

    /** The meetings the patterns propose, each report apart, before the judge and the merger. */
    public List<MeetingCandidate> candidates(ArticleContext ctx, List<OfficeHolding> offices) {
        Map<String, String> countryOfPerson = new java.util.HashMap<>();
        for (OfficeHolding h : offices) {
            if (h.country() != null) {
                countryOfPerson.putIfAbsent(h.person(), h.country());
            }
        }
        List<MeetingFact> found = new ArrayList<>();
        List<List<String>> features = new ArrayList<>();
        List<int[]> readings = new ArrayList<>(); // {reading, whole, dated by its own sentence}
        Byline byline = Byline.find(ctx);
        String headline = ctx.document().source().headline();
        boolean headlineMeeting = triggers.speaksOfMeeting(headline != null ? headline : firstLine(ctx));
        Map<Integer, int[]> cues = new java.util.HashMap<>(); // sentence -> its phrase of attendance
        List<List<Integer>> meetingWords = ctx.document().sentences().stream().map(triggers::findAll).toList();
        ArticleSignals article = ArticleSignals.of(ctx, offices, meetingWords);
        LocalDate[] anchors = anchors(ctx);
        for (Sentence s : ctx.document().sentences()) {
            List<Integer> words = new ArrayList<>(meetingWords.get(s.index()));
            words.removeIf(t -> ctx.credits().covers(s.tokens().get(t).start(), s.tokens().get(t).end())); // teasers
            int[] attendance = Attendance.cue(s);
            if (attendance != null) {
                cues.put(s.index(), attendance);
                words.removeIf(t -> s.tokens().get(t).start() >= attendance[0]
                        && s.tokens().get(t).end() <= attendance[1]);
            }
            if (words.isEmpty() || ctx.persons(s).isEmpty()) {
                MeetingSetting.settingOfToldMeeting(ctx, s, found, !readings.isEmpty() && readings.get(readings.size() - 1)[2] == 1,
                        () -> datesOutsideDateline(ctx, s, false, anchors).stream().map(DateResolver.Found::date).distinct().toList());
                continue;
            }
            Set<Set<String>> proposed = new java.util.HashSet<>(); // one proposal per set of people per sentence
            for (int w = 0; w < words.size(); w++) {
                int t = words.get(w);
                int next = nextWord(words, w);
                int kind = t; // the word that names the kind of meeting: "talks" of "held talks with"
                if (w + 1 < words.size() && triggers.carries(s, t, words.get(w + 1))) {
                    kind = words.get(w + 1);
                    next = nextWord(words, w + 1); // "held a series of meetings with Trump": one meeting
                }
                MeetingParties parties = MeetingParties.of(ctx, s, t, previousWord(words, w), next);
                boolean planned = triggers.planned(s, t) || shorthand(ctx, s) && MeetingTriggers.headlineFuture(s, t);
                MeetingMode mode = triggers.mode(s, kind);
                if (mode == MeetingMode.IN_PERSON && triggers.speakingWith(s.tokens(), t)
                        && MeetingTriggers.reportsCall(ctx.document().source().headline(), firstLine(ctx))) {
                    mode = MeetingMode.PHONE; // "spoke today with" in the readout of a call
                }
                List<DateResolver.Found> inSentence =
                        MeetingSetting.besideReport(s, datesOutsideDateline(ctx, s, planned, anchors), t);
                String place = mode == MeetingMode.PHONE ? null
                        : MeetingSetting.place(ctx, s, parties.placeStart(), parties.placeEnd());
                int firstNamed = ctx.persons(s).get(0).start();
                if (place == null && mode != MeetingMode.PHONE && parties.placeStart() > firstNamed) {
                    // "During his stay in Hanoi, Xi will hold talks with A and meet with B": the fronted place is B's too
                    place = MeetingSetting.place(ctx, s, s.start(), firstNamed);
                }
                String antecedent = mode == MeetingMode.PHONE ? null : placeBeforeWhere(ctx, s, t);
                if (antecedent != null) {
                    // "The Moscow trip ... follows a surprise visit to Kyiv on Tuesday, where the Hungarian leader met
                    // with ...": the place the clause before ", where" names, whatever else the sentence names
                    place = antecedent;
                }
                String titled = parties.subjects().isEmpty() ? titledSubject(ctx, s, t, offices)
                        : parties.pronounAt() >= 0 ? titleBefore(ctx, s, parties.pronounAt(), offices)
                        : titleAtVerb(ctx, s, t, offices);
                if (UNRESOLVED.equals(titled)) {
                    // "The president also met with Xi and Modi", the article naming no one president it can mean:
                    // those met did not meet each other
                    continue;
                } else if (titled != null) {
                    // "The Secretary-General met ...": its holder, named elsewhere
                    parties = parties.withSubject(titled);
                } else if (byline != null && s.index() == 0) {
                    // a transcript's title line ("Remarks Before Meeting With ...", "Remarks With A and B Before Their
                    // Meeting"): its speaker, the byline's, is one of the parties, speaking where the place line says
                    String speaker = ctx.name(byline.person());
                    parties = parties.subjects().isEmpty() ? parties.withSubject(speaker) : parties.alsoWith(speaker);
                    place = place == null && !mode.remote() ? ctx.datelinePlace() : place;
                } else if (parties.subjects().isEmpty() && parties.objects().size() == 1 && heading(ctx, s, t)) {
                    // a heading over one of several reports ("Meeting with Kazakh President Nazarbayev on Sept 1"):
                    // the one who meets is the article's principal
                    String principal = principal(ctx, ctx.name(parties.objects().get(0)));
                    parties = principal == null ? parties : parties.withSubject(principal);
                } else if (parties.subjects().isEmpty() && parties.objects().size() == 1 && definiteOpening(s, t)
                        && s.index() > 0) {
                    // "Austin has met with his Chinese counterpart ... The meeting Friday ... with Chinese Defense
                    // Minister Dong Jun": the meeting told before, of the person it named first
                    String before = ctx.personBefore(s.start());
                    if (before != null && !before.equals(ctx.name(parties.objects().get(0)))) {
                        parties = parties.withSubject(before);
                    }
                }
                if (inSentence.isEmpty() && parties.subjects().size() == 1 && s.index() > 0) {
                    // "X visited Bucharest on 11 January. He met with ...", "Li said in Cairo on Thursday ... Li said
                    // during his meeting with ...": told on from the sentence before, of the same person
                    Sentence before = ctx.document().sentences().get(s.index() - 1);
                    List<Mention> named = ctx.persons(before);
                    List<DateResolver.Found> told = datesOutsideDateline(ctx, before, planned, anchors);
                    if (told.size() == 1 && !named.isEmpty() && parties.subjects().contains(ctx.name(named.get(0)))) {
                        inSentence = told;
                        place = place != null || mode.remote() ? place
                                : MeetingSetting.place(ctx, before, before.start(), before.end());
                    }
                }
                if (negated(s, t)) {
                    continue; // "there are no plans for a bilateral meeting with Putin", "did not meet"
                }
                if (doubted(s, t)) {
                    continue; // "whether Putin would meet with Tillerson": a question, not a report
                }
                if (acquainted(s, t)) {
                    continue; // "they met when she lived in one of his buildings": how two people came to know each other
                }
                if (Interviews.interview(ctx, s, t)) {
                    continue; // "NPR's Audie Cornish speaks with ...": an interview
                }
                List<List<Mention>> groups = byOwnDate(parties.objects(), inSentence, s);
                String titledObject = parties.objects().isEmpty() ? titledObject(ctx, s, t, offices, parties.subjects()) : null;
                for (List<Mention> group : groups) {
                    Set<String> objects = new LinkedHashSet<>();
                    group.forEach(m -> objects.add(ctx.name(m)));
                    if (titledObject != null) {
                        objects.add(titledObject); // "Trump spoke with the South Korean leader": Moon, named elsewhere
                    }
                    Set<String> all = new LinkedHashSet<>(parties.subjects());
                    all.addAll(objects);
                    if (all.size() < 2 || parties.subjects().isEmpty() && objects.size() < 2 || !proposed.add(all)) {
                        continue;
                    }
                    LocalDate date = groups.size() > 1 ? dateAfter(inSentence, group.get(0), s)
                            : inSentence.isEmpty() ? MeetingSetting.leadDate(ctx, s) : nearest(inSentence, s, kind);
                    String[] roles = roles(ctx, s, t, parties.subjects(), objects, mode, place, countryOfPerson);
                    double confidence = 0.55 + (date != null ? 0.15 : 0) + (place != null ? 0.1 : 0)
                            + (parties.subjects().isEmpty() ? 0 : 0.1);
                    boolean rivals = parties.subjects().size() == 1 && objects.size() >= 2;
                    int reading = rivals ? found.size() : -1;
                    List<MeetingMark> word = List.of(new MeetingMark(new Span(s.tokens().get(kind).start(),
                            s.tokens().get(kind).end()), MeetingMark.Role.WORD, null));
                    found.add(new MeetingFact(mode, planned, new ArrayList<>(all), roles[0], roles[1], date, place,
                            Math.min(confidence, 0.95), new Span(s.start(), s.end()), word));
                    List<String> f = MeetingFeatures.of(ctx, s, t, parties.subjects(), new ArrayList<>(all), mode,
                            planned, date != null, place != null, countryOfPerson, headlineMeeting, article);
                    String where = place != null ? place : ctx.datelinePlace();
                    List<String> list = rivals ? MeetingFeatures.list(parties.subjects().iterator().next(), objects,
                            countryOfPerson, offices, where == null ? null : ctx.gazetteer().countryOf(where),
                            MeetingFeatures.visiting(ctx, s)) : List.of();
                    features.add(rivals ? MeetingFeatures.reading(f, "whole", list) : f);
                    readings.add(new int[] {reading, 1, inSentence.isEmpty() ? 0 : 1});
                    if (rivals) {
                        // the other reading: the one person met each of the others
                        String subject = parties.subjects().iterator().next();
                        int k = 0;
                        for (String o : objects) {
                            List<String> pair = List.of(subject, o);
                            String[] r = roles(ctx, s, t, parties.subjects(), Set.of(o), mode, place, countryOfPerson);
                            found.add(new MeetingFact(mode, planned, pair, r[0], r[1], date, place,
                                    Math.min(confidence, 0.95), new Span(s.start(), s.end()), word));
                            features.add(MeetingFeatures.reading(MeetingFeatures.of(ctx, s, t, parties.subjects(),
                                    pair, mode, planned, date != null, place != null, countryOfPerson, headlineMeeting,
                                    article),
                                    k++ == 0 ? "each-first" : "each-other", list));
                            readings.add(new int[] {reading, 0, inSentence.isEmpty() ? 0 : 1});
                        }
                    }
                }
            }
        }
        List<MeetingFact> attended = Attendance.apply(ctx, found, readings.stream().map(r -> r[1] == 1).toList(),
                cues);
        List<MeetingCandidate> out = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            MeetingFact fact = attended.get(i);
            List<String> f = fact.participants().size() > found.get(i).participants().size()
                    ? MeetingFeatures.attended(features.get(i)) : features.get(i);
            out.add(new MeetingCandidate(fact, f, readings.get(i)[0], readings.get(i)[1] == 1));
        }
        return out;
    }

    /**
     * The one person the article names in the office a title stands for when the title alone is the subject
     * of the meeting word ("The Secretary-General met ...", "The Chinese President held talks ..."): the
     * title ends at most five tokens before the meeting word ("is then scheduled to") with no one named between;
     * {@link #UNRESOLVED} when such a title stands there but the article names no one holder it can mean; null
     * otherwise.
     */
    private static String titledSubject(ArticleContext ctx, Sentence s, int t, List<OfficeHolding> offices) {
        int triggerAt = s.tokens().get(t).start();
        Mention title = lastTitle(ctx, s, triggerAt);
        if (title == null || !ctx.mentions().within(title.end(), triggerAt, MentionType.PERSON).isEmpty()) {
            return null;
        }
        int between = 0;
        for (var tok : s.tokens()) {
            if (tok.start() >= title.end() && tok.end() <= triggerAt) {
                between++;
            }
        }
        if (between > 5) { // "The president is then scheduled to meet ..."
            return null;
        }
        String holder = holder(ctx, title, offices);
        return holder == null ? UNRESOLVED : holder;
    }

    /**
     * The subject a title gives when it stands right before the meeting verb, after everyone named before it
     * ("The day after firing Comey, the president met ..."), as {@link #titledSubject} reads it; null when the
     * title is an apposition ("Obama, the president, met") or does not stand right there.
     */
    private static String titleAtVerb(ArticleContext ctx, Sentence s, int t, List<OfficeHolding> offices) {
        List<org.w3id.dmkg.nlp.Token> tokens = s.tokens();
        Mention title = lastTitle(ctx, s, tokens.get(t).start());
        if (title == null) {
            return null;
        }
        int after = MeetingParties.tokenFrom(tokens, title.end());
        if (after < t && MeetingParties.possessive(tokens.get(after)) && t - after <= 3) {
            after = t; // "the president's recent meetings with Kim": the title owns the meeting
        }
        if (after < t && !(after + 1 == t && ClauseBounds.BEFORE_VERB.contains(tokens.get(after).text()))) {
            return null;
        }
        int first = MeetingParties.tokenFrom(tokens, title.start());
        if (countryBefore(ctx, title)) {
            first = MeetingParties.tokenFrom(tokens, ctx.mentions().endingAt(title.start() - 1).start()); // "the Chinese president"
        }
        if (first > 0 && MeetingParties.DETERMINERS.contains(tokens.get(first - 1).text().toLowerCase(java.util.Locale.ROOT))) {
            first--;
        }
        if (first == 0 || !tokens.get(first).text().equals("the")) {
            return null;
        }
        for (Mention m : ctx.persons(s)) {
            if (m.start() >= title.start() && m.start() < tokens.get(t).start()) {
                return null;
            }
        }
        return titledSubject(ctx, s, t, offices);
    }

    /**
     * The holder of a title standing alone as the nearest naming before a pronoun in its sentence ("the
     * Secretary-General opened the conference, which he co-chaired with ..."), or, where the sentence names
     * no one before the pronoun, opening the nearest sentence before that names anyone ("Meanwhile, the
     * president faces a test abroad. As he hosted Prime Minister Abe ..."); null when a person is named
     * nearer, the title goes with a name, or the article names no one holder.
     */
    private static String titleBefore(ArticleContext ctx, Sentence s, int pronounAt, List<OfficeHolding> offices) {
        Mention nearest = lastTitle(ctx, s, pronounAt);
        for (Mention m : ctx.persons(s)) {
            if (m.start() < pronounAt && (nearest == null || m.start() >= nearest.start())) {
                return null;
            }
        }
        if (nearest == null) {
            nearest = openingTitle(ctx, s);
        }
        if (nearest == null) {
            return null;
        }
        Mention next = ctx.mentions().at(nearest.end() + 1);
        return next != null && next.type() == MentionType.PERSON ? null : holder(ctx, nearest, offices);
    }

    /**
     * The title of the nearest sentence before {@code s} that names anyone, when it names no person before it;
     * titles inside a quotation are the speaker's words, not the story's naming.
     */
    private static Mention openingTitle(ArticleContext ctx, Sentence s) {
        List<Sentence> all = ctx.document().sentences();
        for (int i = s.index() - 1; i >= 0; i--) {
            Sentence before = all.get(i);
            List<Mention> persons = ctx.persons(before);
            List<Mention> titles = new ArrayList<>(ctx.mentions().within(before.start(), before.end(), MentionType.TITLE));
            titles.removeIf(m -> MeetingTriggers.insideQuote(before, m.start())); // "'The president and I talked,' Pence said"
            if (!persons.isEmpty() || !titles.isEmpty()) {
                return !titles.isEmpty() && (persons.isEmpty() || titles.get(0).start() < persons.get(0).start())
                        ? titles.get(0) : null;
            }
        }
        return null;
    }

    /** The last title mentioned in the sentence before the offset, or null. */
    private static Mention lastTitle(ArticleContext ctx, Sentence s, int before) {
        List<Mention> titles = ctx.mentions().within(s.start(), before, MentionType.TITLE);
        return titles.isEmpty() ? null : titles.get(titles.size() - 1);
    }

    /** How many tokens after the meeting word a title met may start: "spoke by phone with the Mexican leader". */
    private static final int TITLED_OBJECT_REACH = 6;

    /**
     * The one holder of an office met by its title alone, with its country before it, soon after the meeting word
     * and in its clause ("spoke with the South Korean leader", "a call with the Chinese president"); not a title
     * before a name or a possessive ("the Russian leader Vladimir Putin", "the Chinese president's envoy"). Null
     * when there is none or the article names no one holder of it other than the subjects.
     */
    private static String titledObject(ArticleContext ctx, Sentence s, int t, List<OfficeHolding> offices,
                                       Set<String> subjects) {
        List<org.w3id.dmkg.nlp.Token> tokens = s.tokens();
        if (shorthand(ctx, s)) {
            return null; // "Xi meets Hungarian PM": a headline's shorthand, which the story tells with the names
        }
        int reach = tokens.get(Math.min(tokens.size() - 1, t + TITLED_OBJECT_REACH)).end();
        List<Mention> titles = ctx.mentions().within(tokens.get(t).end(), reach, MentionType.TITLE);
        int stop = titles.isEmpty() ? -1 : ClauseBounds.clauseEnd(ctx, s, t); // the clause only when a title is near
        for (Mention m : titles) {
            if (m.end() > stop) {
                continue; // past the clause of the meeting word
            }
            int after = MeetingParties.tokenFrom(tokens, m.end());
            Mention next = after < tokens.size() ? ctx.mentions().at(tokens.get(after).start()) : null;
            if (!countryBefore(ctx, m) || next != null && next.type() == MentionType.PERSON
                    || after < tokens.size() && (MeetingParties.possessive(tokens.get(after))
                    || Lexicon.SPEECH_VERBS.contains(tokens.get(after).text()))) {
                continue; // "the Russian leader Vladimir Putin", "the Chinese president's envoy", "the Mexican president said"
            }
            int country = MeetingParties.tokenFrom(tokens, ctx.mentions().endingAt(m.start() - 1).start());
            String determiner = country > 0 ? tokens.get(country - 1).text().toLowerCase(java.util.Locale.ROOT) : "";
            if (m.text().endsWith("s") || INDEFINITE.contains(determiner)) {
                continue; // "talk with Iranian leaders", "has met every US president", "an American president"
            }
            return holder(ctx, m, offices.stream().filter(h -> !subjects.contains(h.person())).toList());
        }
        return null;
    }

    /** Determiners that make a title anyone who holds it, not the one the article names. */
    private static final Set<String> INDEFINITE = Set.of("a", "an", "every", "any", "each", "another", "no");

    /** The key of the bare title "leader". */
    private static final String LEADER = "!Leader";

    /**
     * The one person the article names in the office of a title (of the country before it, if any); else null.
     * A title without a country ("the president") means, among several holders, the one the article titles
     * without a country too ("President Obama" beside "Chinese President Xi Jinping") when that one is the
     * person it names most.
     */
    private static String holder(ArticleContext ctx, Mention title, List<OfficeHolding> offices) {
        Mention country = ctx.mentions().endingAt(title.start() - 1);
        boolean bare = country == null || country.type() != MentionType.COUNTRY;
        // "the Hungarian leader": whoever of the article leads that country, as head of state or government
        boolean leader = !bare && title.key().equals(LEADER);
        Set<String> holders = new LinkedHashSet<>();
        for (OfficeHolding h : offices) {
            if ((leader ? h.leadsCountry() : h.role().equals(title.key())) && (bare || country.key().equals(h.country()))) {
                holders.add(h.person());
            }
        }
        holders.removeIf(h -> onlyFormerly(ctx, title.key(), h));
        if (holders.size() > 1 && bare) {
            Set<String> titledBare = new LinkedHashSet<>();
            for (Mention m : titlesOfPeople(ctx, title.key())) {
                String person = ctx.name(ctx.mentions().at(m.end() + 1));
                if (!countryBefore(ctx, m) && holders.contains(person)) {
                    titledBare.add(person);
                }
            }
            String bareHolder = titledBare.size() == 1 ? titledBare.iterator().next() : null;
            return bareHolder != null && bareHolder.equals(principal(ctx, null)) ? bareHolder : null;
        }
        return holders.size() == 1 ? holders.iterator().next() : null;
    }

    /**
     * Whether the article titles the person in this office only as having held it ("former President Barack
     * Obama", "then-Secretary of State"): not whom a title in the present means.
     */
    private static boolean onlyFormerly(ArticleContext ctx, String role, String person) {
        boolean titled = false;
        for (Mention m : titlesOfPeople(ctx, role)) {
            if (person.equals(ctx.name(ctx.mentions().at(m.end() + 1)))) {
                String before = ctx.document().text().substring(Math.max(0, m.start() - 8), m.start())
                        .toLowerCase(java.util.Locale.ROOT);
                if (!(before.endsWith("former ") || before.endsWith("then-") || before.endsWith("then ")
                        || before.endsWith("late ") || before.endsWith("ex-"))) {
                    return false;
                }
                titled = true;
            }
        }
        return titled;
    }

    /** The article's titles of this office that stand right before a person's name ("President Barack Obama"). */
    private static List<Mention> titlesOfPeople(ArticleContext ctx, String role) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : ctx.mentions().all()) {
            Mention next = ctx.mentions().at(m.end() + 1);
            if (m.type() == MentionType.TITLE && m.key().equals(role) && next != null
                    && next.type() == MentionType.PERSON) {
                out.add(m);
            }
        }
        return out;
    }

    /** Whether a country or its demonym stands right before the title ("Chinese President"). */
    private static boolean countryBefore(ArticleContext ctx, Mention title) {
        Mention country = ctx.mentions().endingAt(title.start() - 1);
        return country != null && country.type() == MentionType.COUNTRY;
    }

    /**
     * The meeting word before the w-th that starts a phrase of its own, or -1: "held talks" is one phrase,
     * "met X in P, and held talks" two.
     */
    private static int previousWord(List<Integer> words, int w) {
        for (int k = w - 1; k >= 0; k--) {
            if (words.get(w) - words.get(k) > 2) {
                return words.get(k);
            }
        }
        return -1;
    }

    /**
     * Whether a negation governs the meeting word itself: "no", "not", "n't", "never" or "without" before it
     * with only words of its phrase between ("no plans for a bilateral meeting", "did not meet", "without
     * meeting").
     */
    private static boolean negated(Sentence s, int t) {
        List<org.w3id.dmkg.nlp.Token> tokens = s.tokens();
        for (int k = t - 1; k >= 0 && k >= t - NEGATION_REACH; k--) {
            String w = tokens.get(k).text().toLowerCase(java.util.Locale.ROOT);
            if (NEGATIONS.contains(w)) {
                return true;
            }
            if (!NEGATED_PHRASE.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /** Words that ask whether something will happen. */
    private static final Set<String> DOUBTS = Set.of("whether", "if");
    /** Modal verbs: what may happen, not what did. */
    private static final Set<String> MODALS = Set.of("will", "would", "could", "might", "may", "can", "'ll",
            "\u2019ll", "should", "shall");
    /** Words that open another clause or end this one, where the look back for a doubt stops. */
    private static final Set<String> CLAUSE_BREAKS = java.util.stream.Stream.concat(ClauseBounds.MARKS.stream(),
            java.util.stream.Stream.of("when", "that", "who", "which", "after", "before", "because", "while", "said",
                    "says")).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** How far before the meeting word its "whether" may stand. */
    private static final int DOUBT_REACH = 10;

    /**
     * Whether the meeting word stands in a clause that asks whether a meeting will be: "whether" or "if", then
     * a modal, before the meeting word in the same clause ("declined to say whether Putin would meet with
     * Tillerson", "whether there could be a meeting between", "unclear if Trump and Cruz would meet"). Past
     * meetings in such a clause are told as facts ("whether he had heard the recordings at meetings with").
     */
    private static boolean doubted(Sentence s, int t) {
        List<org.w3id.dmkg.nlp.Token> tokens = s.tokens();
        boolean modal = false;
        for (int k = t - 1; k >= 0 && k >= t - DOUBT_REACH; k--) {
            String w = tokens.get(k).text().toLowerCase(java.util.Locale.ROOT);
            if (DOUBTS.contains(w)) {
                return modal;
            }
            if (CLAUSE_BREAKS.contains(w)) {
                return false;
            }
            modal |= MODALS.contains(w);
        }
        return false;
    }

    /** Pronouns that open the clause of "when" after "met". */
    private static final Set<String> WHEN_SUBJECTS = Set.of("he", "she", "they", "i", "we");
    /** Verbs of a state or a stage of life: "when they were in school", "when she lived in", "when he worked at". */
    private static final Set<String> STATES = Set.of("was", "were", "lived", "worked", "studied", "attended");
    /** How far after "met" its "when" may stand: "met Somers in 2007 when he was hired". */
    private static final int WHEN_REACH = 8;

    /**
     * Whether "met" tells how people came to know each other rather than a meeting: a "when" clause after it
     * whose pronoun subject was somewhere or lived, worked or studied somewhere ("met Damaris when they were in
     * school", "they met when she lived in one of his buildings"), or an age before it ("he was 21 when he met
     * Vivian at Shaw University").
     */
    private static boolean acquainted(Sentence s, int t) {
        List<org.w3id.dmkg.nlp.Token> tokens = s.tokens();
        if (!tokens.get(t).text().equals("met")) {
            return false;
        }
        for (int k = t + 1; k + 2 < tokens.size() && k <= t + WHEN_REACH; k++) {
            String w = tokens.get(k).text().toLowerCase(java.util.Locale.ROOT);
            if (w.equals(",") || w.equals(";")) {
                break;
            }
            if (w.equals("when") && WHEN_SUBJECTS.contains(tokens.get(k + 1).text().toLowerCase(java.util.Locale.ROOT))
                    && STATES.contains(tokens.get(k + 2).text().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return t >= 4 && WHEN_SUBJECTS.contains(tokens.get(t - 1).text().toLowerCase(java.util.Locale.ROOT))
                && tokens.get(t - 2).text().equalsIgnoreCase("when") && "CD".equals(tokens.get(t - 3).pos())
                && STATES.contains(tokens.get(t - 4).text().toLowerCase(java.util.Locale.ROOT));
    }

    private static final int NEGATION_REACH = 6;
    private static final Set<String> NEGATIONS = Set.of("no", "not", "n't", "n\u2019t", "never", "without");
    /** Words that may stand between a negation and the meeting word it governs. */
    private static final Set<String> NEGATED_PHRASE = Set.of("plans", "plan", "for", "a", "an", "the", "any",
            "bilateral", "formal", "separate", "one-on-one", "private", "face-to-face", "to", "do", "did", "does",
            "have", "has", "had", "be", "been", "will", "would", "yet", "immediately", "directly", "personally",
            "such", "further", "scheduled", "planned");

    /** The meeting word after the w-th that starts a phrase of its own, or -1. */
    private static int nextWord(List<Integer> words, int w) {
        for (int k = w + 1; k < words.size(); k++) {
            if (words.get(k) - words.get(w) > 2) {
                return words.get(k);
            }
        }
        return -1;
    }

    /**
     * Whether the sentence is a heading that opens with the meeting word, or with at most
     * {@value #HEADING_LEAD} words before it: a whole line of at most {@value #HEADING_TOKENS} tokens after
     * those, with no verb after its first word.
     */
    private static boolean heading(ArticleContext ctx, Sentence s, int t) {
        // "Meeting with X"; a transcript's "Remarks Prior to a Meeting With X of the United Kingdom in New York City"
        if (t > HEADING_LEAD || !wholeLine(ctx, s) || s.tokens().size() > HEADING_TOKENS + t) {
            return false;
        }
        return s.tokens().stream().skip(1).noneMatch(k -> k.pos() != null && k.pos().startsWith("VB"));
    }

    /** Whether the sentence is a line of its own without a full stop: a headline, a teaser, a caption's title. */
    private static boolean shorthand(ArticleContext ctx, Sentence s) {
        return wholeLine(ctx, s) && !s.text().strip().endsWith(".");
    }

    /** Whether the sentence is a line of the text by itself. */
    private static boolean wholeLine(ArticleContext ctx, Sentence s) {
        String text = ctx.document().text();
        return (s.start() == 0 || text.charAt(s.start() - 1) == '\n')
                && (s.end() == text.length() || text.charAt(s.end()) == '\n');
    }

    /** "The meeting ...", "The bilateral talks ...": a sentence opening with the meeting noun under "The". */
    private static boolean definiteOpening(Sentence s, int t) {
        return t >= 1 && t <= DEFINITE_LEAD && s.tokens().get(0).text().equals("The")
                && s.tokens().get(t).pos() != null && s.tokens().get(t).pos().startsWith("NN")
                && s.tokens().subList(1, t).stream().noneMatch(k -> k.pos() != null
                && (k.pos().startsWith("VB") || k.pos().startsWith("NNP") || k.pos().startsWith("PRP")
                || k.pos().equals("CD")));
    }

    /** The person the article names most often, other than {@code other}; the first named on a tie; null if none. */
    private static String principal(ArticleContext ctx, String other) {
        String best = null;
        int most = 0;
        for (var p : ctx.people().persons()) {
            if (!p.name().equals(other) && p.mentions().size() > most) {
                best = p.name();
                most = p.mentions().size();
            }
        }
        return best;
    }

    /** The article's first line, which is its title when the input gives none apart. */
    private static String firstLine(ArticleContext ctx) {
        var sentences = ctx.document().sentences();
        return sentences.isEmpty() ? null : sentences.get(0).text();
    }

    /** Indexes of the sentences that speak of a meeting. */
    public java.util.Set<Integer> sentences(ArticleContext ctx) {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        for (Sentence s : ctx.document().sentences()) {
            if (triggers.speaksOfMeeting(s)) {
                out.add(s.index());
            }
        }
        return out;
    }

    /**
     * The dates of the sentence, less the dateline's own: it dates the report, not the meeting.
     *
     * @param anchors {@link #anchors}: null when the article has a reference date, which then resolves them
     */
    private List<DateResolver.Found> datesOutsideDateline(ArticleContext ctx, Sentence s, boolean planned,
                                                          LocalDate[] anchors) {
        List<DateResolver.Found> found = new ArrayList<>(anchors == null
                ? dates.find(s.text(), ctx.referenceDate(), planned) : dates.findAfter(s.text(), anchors[s.index()]));
        var d = ctx.document().source().dateline();
        if (d != null) {
            found.removeIf(f -> s.start() + f.start() >= d.start() && s.start() + f.end() <= d.end());
        }
        return found;
    }

    /**
     * For an article without a reference date, the last full date (with its year) told before each sentence,
     * which the sentence's weekdays follow; null when the article has a reference date.
     */
    private LocalDate[] anchors(ArticleContext ctx) {
        if (ctx.referenceDate() != null) {
            return null;
        }
        List<Sentence> sentences = ctx.document().sentences();
        LocalDate[] out = new LocalDate[sentences.size()];
        LocalDate last = null;
        for (Sentence s : sentences) {
            out[s.index()] = last;
            for (DateResolver.Found f : dates.find(s.text(), null, false)) {
                last = f.explicitYear() ? f.date() : last;
            }
        }
        return out;
    }

    /** One group per person met when each is followed by a date of their own, else one group of all. */
    private static List<List<Mention>> byOwnDate(List<Mention> objects, List<DateResolver.Found> found, Sentence s) {
        if (objects.size() < 2 || found.size() < objects.size()) {
            return List.of(objects);
        }
        Set<LocalDate> distinct = new LinkedHashSet<>();
        for (Mention o : objects) {
            LocalDate d = dateAfter(found, o, s);
            if (d == null) {
                return List.of(objects);
            }
            distinct.add(d);
        }
        if (distinct.size() < objects.size()) {
            return List.of(objects);
        }
        List<List<Mention>> out = new ArrayList<>();
        objects.forEach(o -> out.add(List.of(o)));
        return out;
    }

    /**
     * The place that ends the clause before ", where" when "where" opens the clause of the meeting word ("Riyadh,
     * where he met", "a visit to Kyiv on Tuesday, where the Hungarian leader met with"): the last place named there,
     * at most {@value #WHERE_REACH} words before the comma (its date may stand between); null when the meeting word's
     * clause opens otherwise or no place stands there ("is hosting soccer in Glasgow ... a volleyball court behind No.
     * 10 Downing Street, where Romney met with Cameron": the court, which names no place, not Glasgow).
     */
    private static String placeBeforeWhere(ArticleContext ctx, Sentence s, int trigger) {
        List<Token> tokens = s.tokens();
        for (int k = trigger - 1; k >= 1; k--) {
            String w = tokens.get(k).text();
            if (w.equalsIgnoreCase("where") && tokens.get(k - 1).text().equals(",")) {
                int comma = tokens.get(k - 1).start();
                // far enough back for a place of several words and its date ("Nay Pyi Taw on Friday morning")
                int from = tokens.get(Math.max(0, k - 1 - 3 * WHERE_REACH)).start();
                List<Mention> places = ctx.mentions().within(from, comma, MentionType.PLACE);
                if (places.isEmpty()) {
                    return null;
                }
                Mention last = places.get(places.size() - 1);
                int between = 0;
                for (Token t : tokens) {
                    between += t.start() >= last.end() && t.end() <= comma ? 1 : 0;
                }
                return between <= WHERE_REACH ? last.key() : null;
            }
            if (ClauseBounds.MARKS.contains(w)) {
                return null;
            }
        }
        return null;
    }

    /** How many words may stand between the place a ", where" clause refers to and its comma: "Kyiv on Tuesday". */
    private static final int WHERE_REACH = 4;

    /** The date of the sentence that stands nearest the meeting word, in characters; the first on a tie. */
    private static LocalDate nearest(List<DateResolver.Found> found, Sentence s, int word) {
        Token w = s.tokens().get(word);
        int from = w.start() - s.start();
        int to = w.end() - s.start();
        DateResolver.Found best = null;
        int bestGap = Integer.MAX_VALUE;
        for (DateResolver.Found f : found) {
            int gap = f.end() <= from ? from - f.end() : Math.max(0, f.start() - to);
            if (gap < bestGap) {
                best = f;
                bestGap = gap;
            }
        }
        return best.date();
    }

    private static LocalDate dateAfter(List<DateResolver.Found> found, Mention person, Sentence s) {
        for (DateResolver.Found f : found) {
            if (s.start() + f.start() >= person.end()) {
                return f.date();
            }
        }
        return null;
    }

    private String[] roles(ArticleContext ctx, Sentence s, int t, Set<String> subjects, Set<String> objects,
                           MeetingMode mode, String place, Map<String, String> countryOfPerson) {
        if (subjects.size() != 1 || objects.size() != 1 || mode.remote()) {
            return new String[2];
        }
        String subject = subjects.iterator().next();
        String object = objects.iterator().next();
        String placeCountry = place == null ? null : ctx.gazetteer().countryOf(place);
        if (triggers.hosting(s, t) || placeCountry != null && placeCountry.equals(countryOfPerson.get(subject))) {
            return new String[] {subject, object};
        }
        if (placeCountry != null && placeCountry.equals(countryOfPerson.get(object))) {
            return new String[] {object, subject};
        }
        return new String[2];
    }

}
