package org.w3id.dmkg.extract.meeting;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3id.dmkg.extract.ArticleContext;
import org.w3id.dmkg.extract.Lexicon;
import org.w3id.dmkg.extract.gazetteer.EntryKind;
import org.w3id.dmkg.nlp.Mention;
import org.w3id.dmkg.nlp.MentionType;
import org.w3id.dmkg.nlp.Sentence;
import org.w3id.dmkg.nlp.Token;

/**
 * Where and, failing the sentence, when a meeting took place: the most specific place the sentence
 * names (a venue before a city), else the dateline's place for "here" or for the dateline's lead; the
 * dateline's date for its lead, the article's date for its first meeting; a later "the talks took place in
 * X" places the meeting just told. Stateless.
 */
final class MeetingSetting {
    private static final Pattern HERE = Pattern.compile("(?s).*\\bhere\\b.*");

    private MeetingSetting() {
    }

    static LocalDate leadDate(ArticleContext ctx, Sentence s) {
        var d = ctx.document().source().dateline();
        return isDatelineLead(ctx, s) && d.date() != null ? d.date() : null;
    }

    /** The date an article's first meeting takes when nothing dates it: the dateline's, else the publication's. */
    static LocalDate firstDate(ArticleContext ctx) {
        var d = ctx.document().source().dateline();
        return d != null && d.date() != null ? d.date() : ctx.document().source().published();
    }

    /** Verbs that report what a "that" clause after them tells: the verbs of speech and a few of disclosure. */
    private static final Set<String> REPORTING = reporting();

    private static Set<String> reporting() {
        Set<String> out = new HashSet<>(Lexicon.SPEECH_VERBS);
        out.addAll(List.of("confirmed", "confirms", "reported", "reports", "revealed", "disclosed", "wrote",
                "insisted", "claimed", "argued", "recalled", "explained"));
        return Set.copyOf(out);
    }

    /**
     * The dates of a sentence less those of its report: a date between a reporting verb and the "that" of the
     * clause holding the meeting word at {@code trigger} dates the telling ("Earnest confirmed Thursday that
     * Obama recently met with Johnson", "Reyes told reporters on Friday that Dalton's call with Holm ..."), not
     * the meeting.
     */
    static List<DateResolver.Found> besideReport(Sentence s, List<DateResolver.Found> found, int trigger) {
        if (found.isEmpty()) {
            return found;
        }
        List<Token> tokens = s.tokens();
        int verb = -1;
        int from = -1;
        int to = -1;
        for (int k = 0; k < trigger && k < tokens.size(); k++) {
            String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
            if (REPORTING.contains(w)) {
                verb = k;
            } else if (w.equals("that") && verb >= 0) {
                from = tokens.get(verb).end() - s.start();
                to = tokens.get(k).start() - s.start();
                verb = -1;
            }
        }
        if (from < 0) {
            return found;
        }
        final int a = from;
        final int b = to;
        return found.stream().filter(f -> f.start() < a || f.start() >= b).toList();
    }

    /** The article's place and where it was read: "first-meeting", "dateline" or "lead". */
    record ArticlePlace(String key, String source) {
    }

    /**
     * Where the article's events take place: the first meeting's place (when not a call), else the
     * dateline's, else the place the lead (its first two sentences of some length) names; null when none.
     */
    static ArticlePlace articlePlace(ArticleContext ctx, List<MeetingFact> meetings) {
        for (MeetingFact m : meetings) {
            if (m.place() != null && !m.mode().remote()) {
                return new ArticlePlace(m.place(), "first-meeting");
            }
        }
        if (ctx.datelinePlace() != null) {
            return new ArticlePlace(ctx.datelinePlace(), "dateline");
        }
        int lead = 0;
        for (Sentence s : ctx.document().sentences()) {
            if (s.text().length() < 40) {
                continue;
            }
            String p = place(ctx, s, s.start(), s.end());
            if (p != null) {
                return new ArticlePlace(p, "lead");
            }
            if (++lead == 2) {
                break;
            }
        }
        return null;
    }

    /** The place of a meeting told in the sentence from {@code start} up to {@code end}; what lies outside is another matter. */
    static String place(ArticleContext ctx, Sentence s, int start, int end) {
        String best = null;
        int bestRank = 0;
        var dateline = ctx.document().source().dateline();
        for (Mention m : ctx.mentions().within(start, end, MentionType.PLACE)) {
            if (dateline != null && m.start() >= dateline.start() && m.end() <= dateline.end()) {
                continue; // where the report was filed, which the fallback below uses only when nothing closer is said
            }
            int rank = ctx.gazetteer().entry(m.key()).map(e -> e.kind() == EntryKind.VENUE ? 3
                    : e.kind() == EntryKind.REGION ? 1 : 2).orElse(0);
            if (rank > bestRank) {
                best = m.key();
                bestRank = rank;
            }
        }
        if (best != null) {
            return best;
        }
        boolean here = HERE.matcher(s.text()).matches();
        return here || isDatelineLead(ctx, s) ? ctx.datelinePlace() : null;
    }

    /** The sentence holding the dateline, or the first after it when the dateline stands alone. */
    private static boolean isDatelineLead(ArticleContext ctx, Sentence s) {
        var d = ctx.document().source().dateline();
        if (d == null) {
            return false;
        }
        for (Sentence x : ctx.document().sentences()) {
            if (x.end() > d.end() && x.text().length() > 40) {
                return x.start() == s.start();
            }
        }
        return false;
    }

    private static final Pattern TOOK_PLACE = Pattern.compile(
            "\\b(?:talks|meeting|meetings|negotiations|conversation)\\s+(?:took place|were held|was held|are taking place|is taking place)\\b"
            + "|^(?:they|the two(?: \\w+)?) (?:met|held talks)\\b"
            + "|\\bthe two (?:men|women|leaders|sides|ministers|presidents) (?:will|would|are to|are due to|were to) "
            + "(?:meet|hold (?:\\w+ )?(?:talks|a meeting))\\b", Pattern.CASE_INSENSITIVE);

    /**
     * "The talks took place in the Kremlin.", "They met at the AU Headquarters on Tuesday.", "the Kremlin said
     * the two men will hold bilateral talks on October 24": the place and date of the meeting just told, where
     * it had none (or only the dateline's date).
     */
    static void settingOfToldMeeting(ArticleContext ctx, Sentence s, List<MeetingFact> found, boolean ownDate,
                                     java.util.function.Supplier<List<LocalDate>> datesOfSentence) {
        if (found.isEmpty() || !TOOK_PLACE.matcher(s.text()).find()) {
            return;
        }
        MeetingFact last = found.get(found.size() - 1);
        String place = last.place() != null || last.mode().remote() ? last.place() : MeetingSetting.place(ctx, s, s.start(), s.end());
        // a date its own sentence gave stays; one only the dateline or article gave yields to the one told here
        List<LocalDate> dates = ownDate ? List.of() : datesOfSentence.get();
        LocalDate date = dates.size() == 1 ? dates.get(0) : last.date();
        if (!java.util.Objects.equals(place, last.place()) || !java.util.Objects.equals(date, last.date())) {
            found.set(found.size() - 1, new MeetingFact(last.mode(), last.planned(), last.participants(), last.host(),
                    last.guest(), date, place, Math.min(last.confidence() + 0.1, 0.95), last.evidence(),
                    last.marks()));
        }
    }
}
