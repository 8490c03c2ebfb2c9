package org.w3id.dmkg.extract.meeting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.w3id.dmkg.extract.ArticleContext;
import org.w3id.dmkg.extract.Lexicon;
import org.w3id.dmkg.nlp.Mention;
import org.w3id.dmkg.nlp.Sentence;
import org.w3id.dmkg.nlp.Token;

/**
 * Who else took part in a meeting told just before: a sentence with a phrase of attendance
 * ({@code attendance-cues.txt}: "X also attended the meeting", "Attendees included A, B and C", "She is
 * joined by A and B") adds the people it names to the in-person meeting of the nearest sentence before it
 * that proposes one, and to every other report of that meeting; a sentence that proposes a meeting itself
 * ("X met Y at the assembly, where she was joined by Z") adds those named after the phrase to that meeting.
 * Stateless.
 */
final class Attendance {
    /** The attendance phrases, each a list of words and the markers {@code <gathering>} and {@code <end>}. */
    private static final List<List<String>> CUES = Lexicon.lines("attendance-cues.txt").stream()
            .map(l -> List.of(l.toLowerCase(Locale.ROOT).split("\\s+"))).toList();
    /** The words a phrase of attendance can begin with, besides a meeting noun. */
    private static final Set<String> FIRST_WORDS = CUES.stream().map(c -> c.get(0)).filter(w -> !w.startsWith("<"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** The meeting nouns {@code <gathering>} stands for. */
    private static final Set<String> GATHERINGS = Set.of("meeting", "meetings", "talks", "discussions",
            "consultations", "session", "sessions", "summit");
    /** How many words may come before the meeting noun: "the", "the bilateral", "the day's". */
    private static final int GATHERING_WITHIN = 3;
    private static final Set<String> CLAUSE_ENDS = Set.of(",", ".", ";", ":", "\u2014", "\u2013", "-", "--");
    /** How many sentences back the meeting attended may have been told last. */
    private static final int WINDOW = 6;
    private static final Set<String> PRONOUNS = Set.of("he", "she");

    private Attendance() {
    }

    /**
     * The proposals with the attendees of later sentences added (or of the same sentence's phrase of
     * attendance, when that sentence proposes a meeting of its own).
     *
     * @param whole for each proposal, whether it is a one-meeting-of-all reading (or has no rival)
     * @param cues  the phrase of attendance ({@link #cue}) of each sentence that has one, by sentence index
     */
    static List<MeetingFact> apply(ArticleContext ctx, List<MeetingFact> found, List<Boolean> whole,
                                   Map<Integer, int[]> cues) {
        List<MeetingFact> facts = new ArrayList<>(found);
        Map<Integer, Integer> anchor = new HashMap<>(); // proposal -> last sentence that told of it
        for (int i = 0; i < facts.size(); i++) {
            anchor.put(i, sentenceOf(ctx, facts.get(i)));
        }
        for (Sentence s : ctx.document().sentences()) {
            int[] cue = cues.get(s.index());
            if (cue == null) {
                continue;
            }
            boolean own = false;
            for (int k = 0; k < facts.size(); k++) {
                own |= whole.get(k) && anchor.get(k) == s.index();
            }
            // "X met Y at the assembly, where she was joined by Z": the sentence's own meeting, joined by those
            // named after the phrase; "Z also attended the meeting": the meeting told before
            Set<String> attendees = attendees(ctx, s, own ? cue[0] : -1);
            int target = target(facts, whole, anchor, s.index(), own);
            if (attendees.isEmpty() || target < 0) {
                continue;
            }
            Set<String> before = Set.copyOf(facts.get(target).participants());
            Set<String> after = new LinkedHashSet<>(facts.get(target).participants());
            after.addAll(attendees);
            boolean remote = facts.get(target).mode().remote();
            if (after.size() > before.size()) {
                for (int k = 0; k < facts.size(); k++) {
                    MeetingFact f = facts.get(k);
                    if (f.mode().remote() == remote && Set.copyOf(f.participants()).equals(before)) {
                        facts.set(k, withParticipants(f, after));
                        anchor.put(k, s.index());
                    }
                }
            }
        }
        return facts;
    }

    /**
     * The in-person whole proposal told last before the sentence, within {@value #WINDOW} sentences; -1 when
     * there is none or that sentence proposes more than one such meeting.
     */
    private static int target(List<MeetingFact> facts, List<Boolean> whole, Map<Integer, Integer> anchor, int at,
                              boolean own) {
        int best = -1;
        int bestAt = -1;
        boolean ambiguous = false;
        for (int k = 0; k < facts.size(); k++) {
            int told = anchor.get(k);
            boolean inReach = own ? told == at : told < at && told >= at - WINDOW;
            if (!whole.get(k) || facts.get(k).mode().remote() || !inReach || told < bestAt) {
                continue;
            }
            if (told > bestAt) {
                best = k;
                bestAt = told;
                ambiguous = false;
            } else if (!Set.copyOf(facts.get(k).participants()).equals(Set.copyOf(facts.get(best).participants()))) {
                ambiguous = true;
            }
        }
        return ambiguous ? -1 : best;
    }

    /**
     * Where the sentence's first phrase of attendance starts and ends (character offsets), or null. A meeting
     * word inside it ("attended the meeting") proposes no meeting of its own, unless "with" follows it: "MPs
     * who attended a meeting with Gove" tell a meeting of their own.
     */
    static int[] cue(Sentence s) {
        List<Token> tokens = s.tokens();
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = word(tokens, i);
        }
        for (int i = 0; i < words.length; i++) {
            if (!FIRST_WORDS.contains(words[i]) && gatheringFrom(words, i) < 0) {
                continue; // no phrase begins here
            }
            for (List<String> cue : CUES) {
                int end = matches(words, i, cue);
                if (end > i) {
                    boolean with = end < words.length && words[end].equals("with");
                    return with ? null : new int[] {tokens.get(i).start(), tokens.get(end - 1).end()};
                }
            }
        }
        return null;
    }

    /** The first meeting noun at most {@value #GATHERING_WITHIN} words after {@code from}, or -1. */
    private static int gatheringFrom(String[] words, int from) {
        for (int k = from; k < words.length && k <= from + GATHERING_WITHIN; k++) {
            if (GATHERINGS.contains(words[k])) {
                return k;
            }
        }
        return -1;
    }

    /** The index after the phrase when it matches the lower-cased words at {@code from}, else -1. */
    private static int matches(String[] words, int from, List<String> cue) {
        int i = from;
        for (String part : cue) {
            if (part.equals("<end>")) {
                if (i < words.length && !CLAUSE_ENDS.contains(words[i])) {
                    return -1;
                }
            } else if (part.equals("<gathering>")) {
                int found = gatheringFrom(words, i);
                if (found < 0) {
                    return -1;
                }
                i = found + 1;
            } else {
                if (i >= words.length || !words[i].equals(part)) {
                    return -1;
                }
                i++;
            }
        }
        return i;
    }

    /**
     * The people a sentence of attendance names, less credits, those who report it ("X said") and names that
     * qualify a noun ("Trump's advisers"): all of them with the person an opening "He" or "She" stands for
     * when {@code after} is negative, else those named after that offset.
     */
    private static Set<String> attendees(ArticleContext ctx, Sentence s, int after) {
        Set<String> out = new LinkedHashSet<>();
        List<Token> tokens = s.tokens();
        if (after < 0 && !tokens.isEmpty() && PRONOUNS.contains(word(tokens, 0))) {
            String antecedent = ctx.personBefore(tokens.get(0).start());
            if (antecedent != null) {
                out.add(antecedent);
            }
        }
        for (Mention p : ctx.persons(s)) {
            if (p.start() < after || ctx.credits().covers(p.start(), p.end())) {
                continue;
            }
            int next = MeetingParties.tokenFrom(tokens, p.end());
            if (next < tokens.size() && (MeetingParties.possessive(tokens.get(next))
                    || Lexicon.SPEECH_VERBS.contains(tokens.get(next).text()))) {
                continue;
            }
            out.add(ctx.name(p));
        }
        return out;
    }

    private static String word(List<Token> tokens, int i) {
        return tokens.get(i).text().toLowerCase(Locale.ROOT);
    }

    private static int sentenceOf(ArticleContext ctx, MeetingFact f) {
        Sentence s = ctx.document().sentenceAt(f.evidence().start());
        return s == null ? -1 : s.index();
    }

    private static MeetingFact withParticipants(MeetingFact f, Set<String> participants) {
        return new MeetingFact(f.mode(), f.planned(), new ArrayList<>(participants), f.host(), f.guest(), f.date(),
                f.place(), f.confidence(), f.evidence(), f.marks());
    }
}
