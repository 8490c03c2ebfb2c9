package org.w3id.dmkg.extract.meeting;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3id.dmkg.extract.ArticleContext;
import org.w3id.dmkg.extract.Lexicon;
import org.w3id.dmkg.extract.person.NameRuns;
import org.w3id.dmkg.nlp.Mention;
import org.w3id.dmkg.nlp.MentionType;
import org.w3id.dmkg.nlp.Sentence;
import org.w3id.dmkg.nlp.Token;

/**
 * Where the people of a meeting word end in its sentence: the clause ends at a reporting word or at a comma
 * that turns to another matter, while lists go on past "and", "along with", semicolons, a caption's "left,"
 * and a lawmaker's "R-Ala.,"; where its place may still be told; and the subject of a main clause after a
 * fronted phrase. Stateless.
 */
final class ClauseBounds {
    private ClauseBounds() {
    }

    /**
     * The clause ends at a reporting word, at "and" before another predicate ({@link #predicateAfter}), or at a
     * comma once someone has been named after the meeting word, unless another person follows the comma ("met
     * X, Y and Z", "met Kenyan President X, Ghanaian President Y").
     */
    static int clauseEnd(ArticleContext ctx, Sentence s, int t) {
        List<Token> tokens = s.tokens();
        boolean named = false;
        int unnamed = unnamedObjectEnd(ctx, tokens, t);
        for (int k = t + 1; k < tokens.size(); k++) {
            Token tok = tokens.get(k);
            Mention m = ctx.mentions().at(tok.start());
            named |= k == unnamed; // "lunch with 49 Republican senators, McConnell had planned": the met are given
            if (m != null && m.type() == MentionType.PERSON && meetsOnOwn(tokens, MeetingParties.tokenFrom(tokens, m.end()))) {
                return m.start(); // "..., the same day that Majority Leader Harry Reid met with ...": another meeting
            }
            if (named && m != null && m.type() == MentionType.PERSON) {
                int opens = MeetingParties.firstOfTitled(ctx, tokens, m);
                int after = MeetingParties.tokenFrom(tokens, m.end());
                if (opens > 0 && commonNoun(tokens.get(opens - 1)) && after < tokens.size()
                        && otherVerb(tokens.get(after))) {
                    // "discussed with Pence the public statement Trump was demanding": a clause of its own on a noun;
                    // not "the summit between Modi and his counterpart Scott Morrison began", the list's last
                    return m.start();
                }
            }
            named |= m != null && m.type() == MentionType.PERSON;
            if (m == null && k + 1 < tokens.size() && OTHER_EVENT.contains(tok.text().toLowerCase(Locale.ROOT))
                    && PronounSubjects.CLAUSE_SUBJECTS.contains(tokens.get(k + 1).text().toLowerCase(Locale.ROOT))) {
                return tok.start(); // "met with the Russians a day after he fired FBI Director James Comey": a clause of its own
            }
            if (m == null && (OTHER_EVENT.contains(tok.text().toLowerCase(Locale.ROOT)) || tok.text().equals("as"))
                    && namedSubjectAfter(ctx, tokens, k + 1)) {
                return tok.start(); // "met with Saudi leaders as President Donald Trump signed new sanctions"
            }
            if (named && m == null && MeetingParties.LISTING.contains(tok.text()) && k + 1 < tokens.size()
                    && tokens.get(k + 1).text().equals("that")) {
                return tok.start(); // "plans to talk soon with federal officials and that Hickenlooper has no choice"
            }
            if (m == null && MeetingParties.LISTING.contains(tok.text()) && predicateAfter(tokens, k + 1)) {
                return tok.start(); // "met with his security chiefs and urgently dispatched the FSB head, X": X is sent
            }
            if (m == null && (INQUIRY.contains(tok.text()) || named && TOPIC.contains(tok.text()))) {
                // "a phone call for help investigating Joe Biden", "the probe into Michael Flynn", "talks with X about
                // Y": whom it is about, not who took part
                return tok.start();
            }
            if (named && m == null && otherVerb(tok)) {
                // "a call in which Trump asked Zelenskiy to investigate Biden": Biden is investigated; "met with Rivlin
                // and plans to meet later with Netanyahu": another predicate
                return tok.start();
            }
            if (tok.text().equals(";") && named && personNext(ctx, tokens, afterModifiers(tokens, k + 1))) {
                // "a meeting that included Kelly, his chief of staff; White House Counsel Don McGahn and ...", "met
                // with Rep. X (R-Calif.); former Arizona Congressman Y; ..."
                continue;
            }
            if (CLAUSE_END.contains(tok.text().toLowerCase(Locale.ROOT))) {
                Mention speaker = ctx.mentions().endingAt(tok.start() - 1);
                // "..., Kremlin spokesman Dmitry Peskov told reporters": who reports it is no party; but "talks with
                // President Barack Obama where the sides reaffirmed ...": the one met, before another clause
                boolean speaks = !SPEECHLESS_END.contains(tok.text().toLowerCase(Locale.ROOT));
                return speaks && speaker != null && speaker.type() == MentionType.PERSON ? speaker.start() : tok.start();
            }
            int aside = tok.text().equals(",") ? asideEnd(tokens, k + 1) : -1;
            if (aside < 0 && tok.text().equals(",") && personEnds(ctx, tokens, k - 1)) {
                aside = appositiveEnd(ctx, tokens, k + 1); // "Anna Wintour, the editor of Vogue magazine, and ..."
            }
            if (aside > 0) {
                k = aside - 1; // "Iowa Gov. Kim Reynolds, left, her husband ...", "Richard Shelby, R-Ala., and ...": the list goes on
                continue;
            }
            if (tok.text().equals(",") && unnamed >= 0 && k + 1 < tokens.size()
                    && NAMING.contains(tokens.get(k + 1).text().toLowerCase(Locale.ROOT))) {
                continue; // "met with a handful of Republican senators on Monday, including Tom Cotton"
            }
            if (tok.text().equals(",") && k + 1 < tokens.size()) {
                int j = k + 1;
                int adding = adding(tokens, j);
                if (adding > 0 && j + adding < tokens.size()) {
                    j += adding - 1; // "met with Trump, along with Republican Party head Reince Priebus"
                }
                boolean joined = (adding > 0 || MeetingParties.LISTING.contains(tokens.get(j).text())) && j + 1 < tokens.size();
                if (joined) {
                    j++; // "a meeting with the speaker, Nancy Pelosi, and the Senate minority leader, Chuck Schumer"
                    while (j + 1 < tokens.size() && MeetingParties.DETERMINERS.contains(tokens.get(j).text())) {
                        j++;
                    }
                    int modifiers = j;
                    while (modifiers + 1 < tokens.size() && modifiers - j < 2
                            && tokens.get(modifiers).text().chars().allMatch(Character::isLowerCase)) {
                        modifiers++; // "and state Sen. Randy Feenstra", "and former Gov. X"
                    }
                    Mention titled = ctx.mentions().at(tokens.get(modifiers).start());
                    if (modifiers > j && titled != null && titled.type() == MentionType.PERSON) {
                        j = modifiers; // "and the actress Sarah Jessica Parker", "and his wife Michelle"
                    } else if (modifiers > j && (titled != null && titled.type() == MentionType.TITLE
                            || NameRuns.honorific(tokens.get(modifiers).text()))) {
                        j = modifiers;
                        while (j + 1 < tokens.size() && (NameRuns.honorific(tokens.get(j).text())
                                || tokens.get(j).text().equals("."))) {
                            j++; // "and state Sen. Randy Feenstra": the name after the abbreviated title
                        }
                    }
                }
                boolean kinned = false;
                if (!joined && j + 1 < tokens.size() && MeetingParties.DETERMINERS.contains(tokens.get(j).text())) {
                    Mention kin = ctx.mentions().at(tokens.get(j + 1).start());
                    if (kin != null && kin.type() == MentionType.TITLE) {
                        j++; // "Kim Reynolds, left, her husband Kevin, and ..."
                        kinned = true;
                    }
                }
                // "..., and the commander of U.S. forces in Afghanistan, Gen. Scott Miller"
                Mention honored = personPastHonorifics(ctx, tokens, j);
                if (honored == null && ctx.mentions().at(tokens.get(j).start()) == null && acronym(tokens.get(j))
                        && j + 1 < tokens.size() && titleAt(ctx, tokens.get(j + 1))) {
                    j++; // ", CBC Chairman G.K. Butterfield", ", NAACP President X": a body's initials before the title
                }
                Mention next = honored != null ? honored : ctx.mentions().at(tokens.get(j).start());
                while (next != null && (next.type() == MentionType.COUNTRY || next.type() == MentionType.ORGANIZATION
                        && (joined || titleAfter(ctx, next)) || next.type() == MentionType.PLACE && titleAfter(ctx, next))) {
                    // ", Ghanaian President X", ", Senate Appropriations Committee Chairman Richard Shelby", ", and
                    // Kansas Gov. Laura Kelly": the title after the country, the body or the state
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
    static boolean personNext(ArticleContext ctx, List<Token> tokens, int j) {
        int k = j;
        while (k < tokens.size()) {
            Mention m = ctx.mentions().at(tokens.get(k).start());
            if (m != null && m.type() == MentionType.PERSON) {
                return true;
            }
            if (m != null && m.type() != MentionType.PERSON) {
                k = MeetingParties.tokenFrom(tokens, m.end());
            } else if (NameRuns.honorific(tokens.get(k).text()) || tokens.get(k).text().equals(".")) {
                k++;
            } else {
                return false;
            }
        }
        return false;
    }

    /** Where a photo caption places someone: "Kim Reynolds, left, ...". */
    static final Set<String> POSITIONS = Set.of("left", "right", "center", "centre");

    /** Marks that end a clause: a comma, semicolon, colon or dash. */
    static final Set<String> MARKS = Set.of(",", ";", ":", "--", "\u2014");

    /**
     * Where the comma stands that closes a caption's position or a lawmaker's party and state opening at token
     * {@code j} ("left,", "R-Ala.,"); -1 when no such aside opens there.
     */
    static int asideEnd(List<Token> tokens, int j) {
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

    /** How many tokens an appositive after a person may run before its closing comma. */
    private static final int APPOSITIVE_TOKENS = 10;
    private static final Set<String> APPOSITIVE_OPENERS = Set.of("the", "a", "an", "his", "her", "their", "its");

    /**
     * Where the comma stands that closes an appositive describing the person just named, opening at token
     * {@code j} with a determiner and naming no one ("Anna Wintour, the editor of Vogue magazine, and the actress
     * ..."), when the list goes on after it ("and", "or"); -1 otherwise.
     */
    private static int appositiveEnd(ArticleContext ctx, List<Token> tokens, int j) {
        if (j >= tokens.size() || !APPOSITIVE_OPENERS.contains(tokens.get(j).text())) {
            return -1;
        }
        for (int k = j + 1; k < tokens.size() && k <= j + APPOSITIVE_TOKENS; k++) {
            Token t = tokens.get(k);
            Mention m = ctx.mentions().at(t.start());
            if (m != null && m.type() == MentionType.PERSON || otherVerb(t) || CLAUSE_END.contains(t.text().toLowerCase(Locale.ROOT))) {
                return -1;
            }
            if (t.text().equals(",")) {
                return k + 1 < tokens.size() && MeetingParties.LISTING.contains(tokens.get(k + 1).text()) ? k : -1;
            }
        }
        return -1;
    }

    /**
     * The person named from token {@code j} on past the honorifics before the name ("Gen. Scott Miller", "Mr.
     * Trump"), or null when no person's name starts there.
     */
    private static Mention personPastHonorifics(ArticleContext ctx, List<Token> tokens, int j) {
        int k = j;
        while (k + 1 < tokens.size() && (NameRuns.honorific(tokens.get(k).text())
                || k > j && tokens.get(k).text().equals("."))) {
            k++;
        }
        Mention m = ctx.mentions().at(tokens.get(k).start());
        return m != null && m.type() == MentionType.PERSON ? m : null;
    }

    /** Whether token {@code k} ends the name of a person. */
    private static boolean personEnds(ArticleContext ctx, List<Token> tokens, int k) {
        Mention m = k < 0 ? null : ctx.mentions().endingAt(tokens.get(k).end());
        return m != null && m.type() == MentionType.PERSON;
    }

    /** The first token from {@code j} after "and" and at most two lower-case words ("; and former Gov. X"). */
    private static int afterModifiers(List<Token> tokens, int j) {
        int k = j < tokens.size() && MeetingParties.LISTING.contains(tokens.get(j).text()) ? j + 1 : j;
        int from = k;
        while (k + 1 < tokens.size() && k - from < 2 && tokens.get(k).text().chars().allMatch(Character::isLowerCase)) {
            k++;
        }
        return k;
    }

    /** Whether the token is a body's initials: two to six capital letters ("CBC", "NAACP"). */
    private static boolean acronym(Token t) {
        String w = t.text();
        return w.length() >= 2 && w.length() <= 6 && w.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    /** Whether a title is named from this token on. */
    private static boolean titleAt(ArticleContext ctx, Token t) {
        Mention m = ctx.mentions().at(t.start());
        return m != null && m.type() == MentionType.TITLE;
    }

    /** Whether a title follows the mention at once: the body of "Senate Appropriations Committee Chairman". */
    static boolean titleAfter(ArticleContext ctx, Mention m) {
        Mention after = ctx.mentions().at(m.end() + 1);
        while (after != null && (after.type() == MentionType.ORGANIZATION || after.type() == MentionType.COUNTRY)) {
            after = ctx.mentions().at(after.end() + 1); // "Senate" "Appropriations Committee" "Chairman"
        }
        return after != null && after.type() == MentionType.TITLE;
    }

    /** Phrases after a comma that add people to those named before it. */
    static final List<List<String>> ADDING = List.of(List.of("along", "with"), List.of("as", "well", "as", "with"),
            List.of("as", "well", "as"), List.of("together", "with"), List.of("accompanied", "by"));

    /** How many tokens from {@code j} make a phrase that adds people ("along with", "as well as"), or 0. */
    static int adding(List<Token> tokens, int j) {
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
    static int placeEnd(ArticleContext ctx, Sentence s, int t) {
        List<Token> tokens = s.tokens();
        for (int k = t + 1; k < tokens.size(); k++) {
            Token tok = tokens.get(k);
            if (CLAUSE_END.contains(tok.text().toLowerCase(Locale.ROOT))) {
                return tok.start();
            }
            if (tok.text().equals(",") && k + 1 < tokens.size()
                    && Character.isUpperCase(tokens.get(k + 1).text().charAt(0))
                    && !MeetingParties.RELATIVES.contains(tokens.get(k + 1).text().toLowerCase(Locale.ROOT))) {
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
    static Mention frontedSubject(ArticleContext ctx, Sentence s, int trigger, int stop) {
        List<Token> tokens = s.tokens();
        for (int k = trigger + 1; k < tokens.size(); k++) {
            if (tokens.get(k).start() == stop) {
                return tokens.get(k).text().equals(",") ? mainSubject(ctx, s, k) : null;
            }
        }
        return null;
    }

    /** Whether a word of speech follows the person's name: ", spokesman Tommy Vietor said". */
    static boolean speaks(Sentence s, Mention person) {
        int j = MeetingParties.tokenFrom(s.tokens(), person.end());
        return j < s.tokens().size() && Lexicon.SPEECH_VERBS.contains(s.tokens().get(j).text());
    }

    /** The person right after the comma at token k (and an honorific) when a verb follows the name, else null. */
    static Mention mainSubject(ArticleContext ctx, Sentence s, int k) {
        List<Token> tokens = s.tokens();
        if (k + 1 >= tokens.size()) {
            return null;
        }
        Mention m = personPastHonorifics(ctx, tokens, k + 1); // ", Mr. Trump said"
        if (m == null) {
            m = ctx.mentions().at(tokens.get(k + 1).start());
        }
        while (m != null && (m.type() == MentionType.TITLE || m.type() == MentionType.COUNTRY
                || m.type() == MentionType.PLACE || m.type() == MentionType.ORGANIZATION)) {
            Mention qualifier = m;
            m = ctx.mentions().at(m.end() + 1); // ", Chinese President Xi said"
            int j = MeetingParties.tokenFrom(tokens, qualifier.end());
            if (m == null && qualifier.type() != MentionType.TITLE && j + 1 < tokens.size()
                    && tokens.get(j).text().chars().allMatch(Character::isLowerCase)) {
                m = ctx.mentions().at(tokens.get(j + 1).start()); // ", Moscow attorney Natalia Veselnitskaya showed"
            }
        }
        if (m == null || m.type() != MentionType.PERSON || !ctx.persons(s).contains(m)) {
            return null;
        }
        int j = MeetingParties.tokenFrom(tokens, m.end());
        return j < tokens.size() && verb(tokens.get(j)) ? m : null;
    }

    /**
     * Whether a finite meeting verb that tells a meeting by itself ("met", "hosted", "spoke", not "held") stands
     * at token k, perhaps after an adverb or auxiliary ("also met", "had met", "will meet"): a clause of its own.
     */
    static boolean meetsOnOwn(List<Token> tokens, int k) {
        boolean auxiliary = false;
        if (k < tokens.size() && BEFORE_VERB.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
            auxiliary = !tokens.get(k).text().equals("also") && !tokens.get(k).text().equals("later");
            k++;
        }
        if (k >= tokens.size() || !OWN_MEETING_WORDS.contains(tokens.get(k).text())) {
            return false;
        }
        String tag = tokens.get(k).pos();
        // the tagger takes "met" after a name for a base form now and then, so VB counts
        return tag != null && (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("VB")
                || auxiliary && tag.equals("VBN"));
    }

    /** Tags of the words a noun phrase of common nouns is made of: determiners, numbers, adjectives, nouns. */
    private static final Set<String> PHRASE_TAGS = Set.of("DT", "PDT", "CD", "JJ", "JJR", "JJS", "NN", "NNS", "NNP",
            "NNPS", "PRP$", "VBN", "VBG", "HYPH", "POS");

    /**
     * Where the object of the meeting word ends when it is a phrase of common nouns that names no one: "lunch with
     * 49 Republican senators", "met with a Zelenskiy aide", "talk soon with federal officials", "met business
     * leaders", "a group of members of Congress". The token after the phrase, or -1 when the object names a
     * person or an office (the phrase runs into a name, "senators Susan Collins and Lisa Murkowski", or holds a
     * singular title, "the Russian president"), goes on to name its members ("including", "that included", "led
     * by", a dash or a colon), ends in no lower-case noun ("talks with the US") or stands not right after the
     * word, an adverb or "with" (after a verb, only one of {@link #MEETS_SOMEONE}). Once such an object is
     * given, the people named after it are no longer the ones met, as after a name.
     */
    static int unnamedObjectEnd(ArticleContext ctx, List<Token> tokens, int t) {
        int k = t + 1;
        while (k < tokens.size() && "RB".equals(tokens.get(k).pos())) {
            k++; // "talk soon with", "met privately with"
        }
        if (k < tokens.size() && tokens.get(k).text().equalsIgnoreCase("with")) {
            k++;
        } else if (!tokens.get(t).verbOrModal() || !MEETS_SOMEONE.contains(tokens.get(t).text().toLowerCase(Locale.ROOT))) {
            return -1; // a noun's object follows "with"; a verb's may follow right away, if it is whom one meets
        }
        int start = k;
        int lastNoun = -1;
        int lastNamed = -1;
        while (k < tokens.size() && tokens.get(k).pos() != null && PHRASE_TAGS.contains(tokens.get(k).pos())) {
            Token tok = tokens.get(k);
            Mention m = ctx.mentions().at(tok.start());
            if (m != null && m.type() == MentionType.TITLE && !(Character.isLowerCase(tok.text().charAt(0))
                    && tok.text().endsWith("s"))) {
                return -1; // "with the Russian president", "with Trade Minister X"; not "with 49 Republican senators"
            }
            if (m != null && m.type() == MentionType.PERSON) {
                lastNamed = MeetingParties.tokenFrom(tokens, m.end()) - 1; // "a Zelenskiy aide": a name that qualifies
                k = lastNamed + 1;
                continue;
            }
            if (commonNoun(tok)) {
                lastNoun = k;
            }
            k++;
            if (k + 1 < tokens.size() && lastNoun == k - 1 && tokens.get(k).text().equals("of")
                    && tokens.get(k + 1).pos() != null && PHRASE_TAGS.contains(tokens.get(k + 1).pos())) {
                k++; // "a bipartisan group of members of Congress"
            }
        }
        if (lastNoun < start || lastNoun != k - 1 || lastNoun < lastNamed) {
            return -1;
        }
        if (k < tokens.size() && personNext(ctx, tokens, k)) {
            return -1; // "met with senators Collins and Murkowski": the noun is their title
        }
        if (k < tokens.size() && (MeetingParties.dash(tokens, k)
                || tokens.get(k).text().equals(":"))) {
            return -1; // "with the principals of the Quartet -- Russian Foreign Minister Sergey Lavrov, ..."
        }
        int next = k < tokens.size() && (tokens.get(k).text().equals(",")
                || MeetingParties.RELATIVES.contains(tokens.get(k).text()) || tokens.get(k).text().equals("that")) ? k + 1 : k;
        if (next < tokens.size() && NAMING.contains(tokens.get(next).text().toLowerCase(Locale.ROOT))) {
            return -1; // "with several regional leaders, including ...", "with a delegation led by ..."
        }
        return k;
    }

    /** Groups of the public or the press ({@code public-audiences.txt}). */
    private static final Set<String> AUDIENCES = Set.copyOf(Lexicon.lines("public-audiences.txt"));

    /**
     * Whether the object of the meeting word is the press or a crowd that names no one ("speaks with reporters",
     * "met with voters in Iowa"): those who meet it together have not met each other for it.
     */
    static boolean meetsAnAudience(ArticleContext ctx, List<Token> tokens, int t) {
        int end = unnamedObjectEnd(ctx, tokens, t);
        return end > 0 && AUDIENCES.contains(tokens.get(end - 1).text().toLowerCase(Locale.ROOT));
    }

    /** Verbs whose object is whom one meets ("met business leaders"), not what is talked of ("discussed trade"). */
    private static final Set<String> MEETS_SOMEONE = Set.of("meet", "meets", "met", "meeting", "receive", "receives",
            "received", "receiving", "host", "hosts", "hosted", "hosting", "welcome", "welcomes", "welcomed",
            "welcoming", "greet", "greets", "greeted", "greeting");

    /** Words after a group that go on to name its members or its head. */
    private static final Set<String> NAMING = Set.of("including", "includes", "included", "such", "among", "notably",
            "namely", "like", "led", "headed", "chaired", "comprising", "especially", "particularly");

    /** A common noun in lower case: "statement" in "the statement Trump was demanding". */
    private static boolean commonNoun(Token t) {
        return t.pos() != null && t.pos().startsWith("NN") && Character.isLowerCase(t.text().charAt(0));
    }

    /**
     * A verb of another predicate after the people met: in lower case, finite, a base form or a modal; not a
     * word in -ing, which the tagger now and then takes for a base form where it modifies a name.
     */
    private static boolean otherVerb(Token t) {
        String tag = t.pos();
        return tag != null && Character.isLowerCase(t.text().charAt(0)) && !Lexicon.MEETING_AND_SPEECH_WORDS.contains(t.text())
                && !t.text().endsWith("ing") // "Kerry and visiting British Foreign Minister Philip Hammond", tagged VB
                && (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("VB") || tag.equals("MD"));
    }

    /**
     * Whether another predicate of the same subject starts at token {@code j}: a verb in the past or third
     * person or a modal ("and dispatched", "and plans to", "and will"), perhaps after an adverb ("and urgently
     * dispatched", where any "-ed" form will do); a bare form ("and state Sen. X") or an "-ed" form without an
     * adverb ("and retired General X") is too often a noun or an adjective to tell.
     */
    private static boolean predicateAfter(List<Token> tokens, int j) {
        boolean adverb = j < tokens.size() && "RB".equals(tokens.get(j).pos());
        if (adverb) {
            j++;
        }
        if (j >= tokens.size() || PERFECT.contains(tokens.get(j).text())) {
            return false; // "has also met with and has had phone conversations with X": the same people
        }
        Token t = tokens.get(j);
        String tag = t.pos() == null ? "" : t.pos();
        if (adverb && t.text().endsWith("ed") && (tag.equals("VB") || tag.equals("VBN"))
                && !Lexicon.MEETING_AND_SPEECH_WORDS.contains(t.text())) {
            return true; // the tagger reads "and urgently dispatched", "and later appointed" so
        }
        return otherVerb(t) && (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("MD"));
    }

    /** The auxiliaries of the perfect, which lead to a verb of their own. */
    private static final Set<String> PERFECT = Set.of("has", "have", "had");

    /** Words that may stand between a subject and its verb: "also met", "had met", "will meet". */
    static final Set<String> BEFORE_VERB = Set.of("also", "later", "had", "has", "have", "will", "would");

    /** Meeting words that need no other word after them ({@code meeting-verbs.txt} lines with two columns). */
    private static final Set<String> OWN_MEETING_WORDS = Lexicon.lines("meeting-verbs.txt").stream()
            .filter(l -> l.split("\t").length == 2).map(l -> l.split("\t")[0].strip())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * A verb by its tag, or a word of meeting or speech, which the tagger often takes for a noun after a name
     * ("British Foreign Secretary Boris Johnson met/NN with Trump").
     */
    static boolean verb(Token t) {
        return t.verbOrModal() || Lexicon.MEETING_AND_SPEECH_WORDS.contains(t.text());
    }

    /**
     * Whether a person named from token {@code from} on, perhaps after a title or country, is the subject of a verb
     * right after the name (past adverbs): "as President Donald Trump formally signed", "after Putin arrived".
     */
    private static boolean namedSubjectAfter(ArticleContext ctx, List<Token> tokens, int from) {
        int k = from;
        while (k < tokens.size()) {
            Mention m = ctx.mentions().at(tokens.get(k).start());
            if (m != null && (m.type() == MentionType.TITLE || m.type() == MentionType.COUNTRY)) {
                k = MeetingParties.tokenFrom(tokens, m.end());
            } else if (m != null && m.type() == MentionType.PERSON) {
                int j = MeetingParties.tokenFrom(tokens, m.end());
                while (j < tokens.size() && "RB".equals(tokens.get(j).pos())) {
                    j++;
                }
                return j < tokens.size() && tokens.get(j).verbOrModal();
            } else {
                return false;
            }
        }
        return false;
    }

    /** Words after which the people named are investigated, not met: "for help investigating Biden". */
    private static final Set<String> INQUIRY = Set.of("investigate", "investigating", "investigation", "investigations",
            "probe", "probes", "probing", "prosecute", "prosecuting", "prosecution", "subpoena", "subpoenaing");
    /** Words after which, once someone has been named, the people named are the matter talked of. */
    private static final Set<String> TOPIC = Set.of("about", "regarding", "concerning", "against");
    /**
     * Words that open a clause of another event, whose people are not met: "after he fired", "because she
     * wanted". Not "when" or "that", whose clause may tell the meeting itself ("the call when he asked X").
     */
    private static final Set<String> OTHER_EVENT = Set.of("after", "before", "because", "since", "until",
            "although", "though", "unless");

    /** The words of {@link #CLAUSE_END} that tell no speech, so the name before them is no speaker's. */
    private static final Set<String> SPEECHLESS_END = Set.of(";", "where", "while");

    static final Set<String> CLAUSE_END = Set.of("saying", "said", "says", ";", "where", "adding", "while",
            "told", "tells");
}
