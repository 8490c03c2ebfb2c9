package org.w3id.dmkg.extract.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.w3id.dmkg.extract.ArticleContext;
import org.w3id.dmkg.extract.gazetteer.EntryKind;
import org.w3id.dmkg.nlp.Mention;
import org.w3id.dmkg.nlp.MentionType;
import org.w3id.dmkg.nlp.Sentence;

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
                                     List<LocalDate> dates) {
        if (found.isEmpty() || !TOOK_PLACE.matcher(s.text()).find()) {
            return;
        }
        MeetingFact last = found.get(found.size() - 1);
        String place = last.place() != null || last.mode().remote() ? last.place() : MeetingSetting.place(ctx, s, s.start(), s.end());
        // a date its own sentence gave stays; one only the dateline or article gave yields to the one told here
        LocalDate date = !ownDate && dates.size() == 1 ? dates.get(0) : last.date();
        if (!java.util.Objects.equals(place, last.place()) || !java.util.Objects.equals(date, last.date())) {
            found.set(found.size() - 1, new MeetingFact(last.mode(), last.planned(), last.participants(), last.host(),
                    last.guest(), date, place, Math.min(last.confidence() + 0.1, 0.95), last.evidence()));
        }
    }
}
