package org.w3id.dmkg.extract.meeting;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3id.dmkg.extract.ArticleContext;
import org.w3id.dmkg.extract.Lexicon;
import org.w3id.dmkg.nlp.Mention;
import org.w3id.dmkg.nlp.MentionType;
import org.w3id.dmkg.nlp.Sentence;
import org.w3id.dmkg.nlp.Token;

/**
 * Who a pronoun or a reporter before a meeting word stands for: where a pronoun subject stands, the reporter
 * who speaks of himself ("Tillerson said that he met"), and whoever reports a meeting others held.
 * Stateless.
 */
final class PronounSubjects {
    private PronounSubjects() {
    }

    /** How far before the meeting word a reporter's pronoun may stand ("said he walked into the meeting with"). */
    static final int REPORTED_REACH = 10;

    /**
     * Where the pronoun stands that opens a clause its reporter speaks of himself in, a few words before the
     * meeting word with no one named and no comma between ("Trump said he walked into the meeting with"); -1
     * if none.
     */
    static int reportedPronoun(ArticleContext ctx, Sentence s, int trigger) {
        List<Token> tokens = s.tokens();
        for (int k = trigger - 1; k >= 0 && k >= trigger - REPORTED_REACH; k--) {
            Token tok = tokens.get(k);
            Mention m = ctx.mentions().at(tok.start());
            String w = tok.text().toLowerCase(Locale.ROOT);
            if (tok.text().equals(",") || m != null && m.type() == MentionType.PERSON || SUBORDINATORS.contains(w)
                    || DOUBTING.contains(MeetingFeatures.CUES.getOrDefault(w, ""))) {
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
    static boolean relativeBetween(Sentence s, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (MeetingParties.RELATIVES.contains(s.tokens().get(k).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** "he met ...": where a pronoun subject stands right before the meeting word, or -1. */
    static int pronounAt(ArticleContext ctx, Sentence s, int t) {
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

    /** Verbs that carry a meeting noun, as participles: "holding talks with", "having lunch with". */
    private static final Set<String> CARRYING = Set.of("holding", "having");

    /**
     * "He went through the motions of a visit, greeting staff and holding talks with A and B": where the pronoun
     * stands that opens the sentence and is the subject of a participle clause of the meeting word after a
     * comma, no one named between it and the clause; or -1.
     */
    static int participleSubject(ArticleContext ctx, Sentence s, int t) {
        List<Token> tokens = s.tokens();
        if (tokens.isEmpty() || !PRONOUNS.contains(tokens.get(0).text().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        int k = t;
        if (!MeetingTriggers.gerund(tokens.get(k).text())) {
            k = t - 1;
            while (k > 0 && (tokens.get(k).text().equals("a") || tokens.get(k).text().equals("an"))) {
                k--;
            }
            if (k <= 0 || !CARRYING.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
                return -1;
            }
        }
        String before = tokens.get(k - 1).text().toLowerCase(Locale.ROOT);
        if (!before.equals(",") && !before.equals("and")) {
            return -1;
        }
        for (int j = 1; j < k; j++) {
            Mention m = ctx.mentions().at(tokens.get(j).start());
            if (m != null && m.type() == MentionType.PERSON
                    || PRONOUNS.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))) {
                return -1;
            }
        }
        return tokens.get(0).start();
    }

    /** "between him, Pelosi and Schumer": where the pronoun stands that opens the parties after "between", or -1. */
    static int firstParty(Sentence s, int t) {
        List<Token> tokens = s.tokens();
        return t + 3 < tokens.size() && OBJECT_PRONOUNS.contains(tokens.get(t + 2).text())
                && (tokens.get(t + 3).text().equals(",") || tokens.get(t + 3).text().equals("and"))
                ? tokens.get(t + 2).start() : -1;
    }

    static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her");

    /** Modal verbs and verbs of wish or offer: what one says one would, could or wished to do. */
    static final Set<String> MODALS = Set.of("would", "could", "might", "may", "should", "can", "must",
            "wants", "wanted", "hopes", "hoped", "wished", "offered", "offers", "asked", "sought", "tried", "proposed");

    /** Auxiliaries between a pronoun and the word that says what it did: "he has offered to meet". */
    static final Set<String> AUXILIARIES = Set.of("has", "had", "have", "is", "was", "'s", "’s");

    /** Words that open a clause of its own, whose subject is not the reporter's pronoun before it. */
    static final Set<String> SUBORDINATORS = Set.of("that", "whether", "if", "because", "when", "while",
            "after", "before", "since", "until", "although", "though");


    static final Set<String> DOUBTING = Set.of("negation", "called-off", "hedge");

    /** Words between a word of speech and the pronoun opening the clause it reports: "said Tuesday that he". */
    static final Set<String> REPORT_FILLERS = Set.of("that", ",", "on", "last", "this", "early", "late",
            "earlier", "later", "reporters", "journalists", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "twitter", "facebook", "instagram", "television", "radio", "camera");

    /**
     * The person who reports, with a word of speech, a clause the pronoun at {@code pronounAt} opens ("Rex
     * Tillerson said Tuesday that he met", "McCain told reporters he spoke with"), or null: the pronoun then
     * stands for that person. Not when a modal or a verb of wish or offer follows the pronoun: what one says
     * one would, could, hopes or offered to do is no meeting reported ("said he will meet" is a plan, and stays).
     */
    static String selfReporter(ArticleContext ctx, Sentence s, int pronounAt) {
        List<Token> tokens = s.tokens();
        int at = MeetingParties.tokenFrom(tokens, pronounAt);
        int said = at + 1 < tokens.size() && AUXILIARIES.contains(tokens.get(at + 1).text().toLowerCase(Locale.ROOT))
                ? at + 2 : at + 1;
        if (said < tokens.size() && MODALS.contains(tokens.get(said).text().toLowerCase(Locale.ROOT))) {
            return null; // "Trump said he would hold a summit with Xi if ...", "said he hopes to meet": only spoken of
        }
        int k = at - 1;
        while (k >= 0 && (REPORT_FILLERS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))
                || MeetingParties.TIME.contains(tokens.get(k).text().toLowerCase(Locale.ROOT)))) {
            k--;
        }
        if (k < 1 || !Lexicon.SPEECH_VERBS.contains(tokens.get(k).text())) {
            return null;
        }
        k--;
        while (k > 0 && "RB".equals(tokens.get(k).pos())) {
            k--; // "Kerry also said he"
        }
        if (k > 0 && tokens.get(k).text().equals(",")) {
            k--; // "America's National Security Adviser, Susan Rice, said on Twitter that she spoke ..."
        }
        Mention m = ctx.mentions().endingAt(tokens.get(k).end());
        return m != null && m.type() == MentionType.PERSON && ctx.persons(s).contains(m) ? ctx.name(m) : null;
    }

    /**
     * Whoever reports a meeting that others hold: the name is followed by a word of speech, and someone
     * else is the subject between that word and the meeting word ("Peskov said that Putin ... he also spoke
     * with", "Spicer also emphasized that Trump's meeting"). "Wang said during talks with X" and "Li said during
     * his meeting with X" keep Wang and Li.
     */
    static boolean reporter(ArticleContext ctx, Sentence s, Mention p, int triggerAt) {
        List<Token> tokens = s.tokens();
        int k = MeetingParties.tokenFrom(tokens, p.end());
        if (k + 2 < tokens.size() && tokens.get(k).text().equals(",")
                && Lexicon.SPEECH_VERBS.contains(tokens.get(k + 1).text())) {
            k++; // "Ukraine's Foreign Minister, Vadym Prystaiko, told the BBC that ..."
        }
        while (k + 1 < tokens.size() && "RB".equals(tokens.get(k).pos())) {
            k++; // "Spicer also emphasized that ..."
        }
        if (k + 1 >= tokens.size() || !Lexicon.SPEECH_VERBS.contains(tokens.get(k).text())) {
            return false;
        }
        int from = k + 1;
        Mention addressee = ctx.mentions().at(tokens.get(from).start());
        if (TELLING.contains(tokens.get(k).text()) && addressee != null && addressee.type() == MentionType.PERSON) {
            from = MeetingParties.tokenFrom(tokens, addressee.end()); // "Obama told Singh in their first meeting": Singh is told, and a party
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

    /**
     * Where "he" or "she" stands joined by "and" right before a name and its titles, as one subject ("he and
     * Russian President Vladimir Putin met", "Merkel said she and Trump spoke by telephone"); -1 when nothing
     * is joined so.
     */
    static int joinedPronoun(ArticleContext ctx, Sentence s, Mention p) {
        List<Token> tokens = s.tokens();
        // "he and Senate Majority Leader Mitch McConnell": the body before the title names him too
        int first = MeetingParties.firstOf(ctx, tokens, p, NAMING);
        if (first < 2 || !tokens.get(first - 1).text().equals("and")) {
            return -1;
        }
        Token pronoun = tokens.get(first - 2);
        return PRONOUNS.contains(pronoun.text().toLowerCase(Locale.ROOT)) ? pronoun.start() : -1;
    }

    /** Mentions that stand in a name's naming before it: titles, countries and bodies. */
    private static final Set<MentionType> NAMING = Set.of(MentionType.TITLE, MentionType.COUNTRY,
            MentionType.ORGANIZATION);

    /** Words that open a reported clause with a subject of its own. */
    static final Set<String> CLAUSE_SUBJECTS = Set.of("he", "she", "they", "we", "i");

    static final Set<String> TELLING = Set.of("told", "tells", "tell");

    static final Set<String> PRONOUNS = Set.of("he", "she");
}
