package org.w3id.dmkg.extract.person;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3id.dmkg.extract.Lexicon;
import org.w3id.dmkg.extract.MentionIndex;
import org.w3id.dmkg.extract.TokenWindow;
import org.w3id.dmkg.nlp.Mention;
import org.w3id.dmkg.nlp.MentionType;
import org.w3id.dmkg.nlp.Token;

/**
 * Whether the context of a name-shaped run says it names a person: a title before it ("President X",
 * "President of Kazakhstan X", "the Minister of State Security, X"), an appositive title after it, a
 * speech or meeting verb beside it, a country's possessive. Thread-safe.
 */
final class PersonEvidence {
    private final Set<String> speech = Lexicon.SPEECH_VERBS;
    private final Set<String> meeting = new HashSet<>(Lexicon.pairs("meeting-verbs.txt").keySet());

    /** Which context says the run is a person ("title-before", "speech-verb" ...), or null when none does. */
    String reason(List<Token> tokens, NameRuns.Run r, MentionIndex index, boolean wholeLine) {
        int first = NameRuns.honorificsStart(k -> tokens.get(k).text(), r.first());
        Token before = first > 0 ? tokens.get(first - 1) : null;
        Token after = r.last() + 1 < tokens.size() ? tokens.get(r.last() + 1) : null;
        if (before != null && titledBefore(tokens, first, index)) {
            return "title-before";
        }
        if (after != null && after.text().equals(",") && titleFollows(tokens, r.last() + 2, index)) {
            return "title-after";
        }
        if (before != null && before.text().equals(",") && first >= 2 && titledBefore(tokens, first - 1, index)) {
            return "title-comma";
        }
        if (before != null && before.text().equals("and") && underPluralTitle(tokens, first - 1, index)) {
            return "title-coordinated"; // "Presidents Lula da Silva of Brazil and Hugo Chavez of Venezuela"
        }
        if (first < r.first()) {
            return "honorific"; // "Mr. Kwatra", "the Hon Julie Bishop MP", "H.E. Mr. Charles Michel"
        }
        if (r.size() >= 2) {
            if (after != null && speech.contains(lower(after)) || before != null && speech.contains(lower(before))) {
                return "speech-verb";
            }
            if (before != null && before.text().equals("by")) {
                return "by";
            }
            if (before != null && (meeting.contains(lower(before)) || before.text().equals("with"))) {
                return "meeting-word";
            }
            boolean complete = after == null || !Character.isUpperCase(after.text().charAt(0));
            if (complete && before != null && first >= 2 && TokenWindow.possessiveMark(before.text())
                    && isCountry(tokens.get(first - 2), index)) {
                return "country-possessive";
            }
            // NAME verb, unless an article or "of" makes it a thing ("the Year of Sports Exchange have been")
            boolean thing = before != null && Set.of("the", "of", "a", "an").contains(lower(before));
            if (!thing && after != null && r.size() <= 4 && (after.verbOrModal() || pastMeetingVerb(after))
                    && Character.isLowerCase(after.text().charAt(0))) {
                return "verb-after";
            }
            return wholeLine && r.first() == 0 && r.last() == tokens.size() - 1 && r.size() <= 4 ? "name-line" : null;
        }
        return null;
    }

    /** A title right before the name, or "TITLE of (the) COUNTRY/ORG" before it. */
    private static boolean titledBefore(List<Token> tokens, int first, MentionIndex index) {
        Mention prev = index.endingAt(tokens.get(first - 1).end());
        if (prev == null) {
            return false;
        }
        if (prev.type() == MentionType.TITLE) {
            return true;
        }
        if (prev.type() != MentionType.COUNTRY && prev.type() != MentionType.ORGANIZATION) {
            return false;
        }
        int k = ofBefore(tokens, first - 1, prev);
        if (k < 1) {
            return false;
        }
        Mention title = index.endingAt(tokens.get(k - 1).end());
        return title != null && title.type() == MentionType.TITLE;
    }

    /**
     * The index of the "of" that stands, perhaps with "the", before the mention {@code owner} ending at token
     * {@code last} ("President of (the) Philippines"), or -1.
     */
    private static int ofBefore(List<Token> tokens, int last, Mention owner) {
        int k = last;
        while (k >= 0 && tokens.get(k).start() >= owner.start()) {
            k--;
        }
        if (k >= 0 && tokens.get(k).text().equals("the")) {
            k--;
        }
        return k >= 0 && tokens.get(k).text().equals("of") ? k : -1;
    }

    /**
     * Before "and" at {@code and}: a name, optionally "of (the) COUNTRY", under a plural title ("Presidents",
     * "Foreign Ministers", "Sens."), so that what follows "and" is the second of the people the title names.
     */
    private static boolean underPluralTitle(List<Token> tokens, int and, MentionIndex index) {
        int k = and - 1;
        Mention owner = k >= 0 ? index.endingAt(tokens.get(k).end()) : null;
        if (owner != null && owner.type() == MentionType.COUNTRY) {
            k = ofBefore(tokens, k, owner);
            if (k < 0) {
                return false;
            }
            k--;
        }
        int words = 0;
        while (k >= 0 && words < 7 && (Character.isUpperCase(tokens.get(k).text().charAt(0))
                || NameRuns.particle(tokens.get(k).text())) && index.endingAt(tokens.get(k).end()) == null) {
            k--;
            words++;
        }
        if (words == 0 || k < 0) {
            return false;
        }
        Mention title = index.endingAt(tokens.get(k).end());
        if (title == null || title.type() != MentionType.TITLE) {
            return false;
        }
        String t = title.text().toLowerCase(Locale.ROOT);
        return t.endsWith("s") || t.endsWith("s.");
    }

    /** After "Name ,": optional determiners, adjectives or countries, then a title. */
    private static boolean titleFollows(List<Token> tokens, int from, MentionIndex index) {
        for (int k = from; k < tokens.size() && k < from + 6; k++) {
            Token t = tokens.get(k);
            Mention m = index.at(t.start());
            if (m != null && m.type() == MentionType.TITLE) {
                return true;
            }
            if (m != null && m.type() == MentionType.COUNTRY) {
                k = TokenWindow.lastTokenOf(tokens, k, m);
                continue;
            }
            String w = lower(t);
            if (!(w.equals("the") || w.equals("a") || w.equals("an") || w.equals("'s") || w.equals("\u2019s")
                    || t.pos() != null && t.pos().startsWith("JJ"))) {
                return false;
            }
        }
        return false;
    }


    /**
     * "met", "spoke", "hosted", "received": a meeting verb in the past, which the tagger often takes for a noun
     * right after a name ("Michael Cohen met with ...").
     */
    private boolean pastMeetingVerb(Token t) {
        String w = lower(t);
        return meeting.contains(w) && (w.equals("met") || w.equals("spoke") || w.endsWith("ed"));
    }

    private static boolean isCountry(Token t, MentionIndex index) {
        Mention m = index.endingAt(t.end());
        return m != null && m.type() == MentionType.COUNTRY;
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }
}
