package org.w3id.dmkg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.w3id.dmkg.nlp.Mention;
import org.w3id.dmkg.nlp.MentionType;
import org.w3id.dmkg.nlp.Sentence;
import org.w3id.dmkg.nlp.Token;

/**
 * Finds meetings: a sentence with a meeting word and at least two people on its two sides (a pronoun
 * subject resolves to the person last named). Date and place come from the sentence, else from the
 * dateline when the sentence is the dateline's lead. Reports of the same meeting in one article are
 * merged by {@link MeetingMerger}. Thread-safe.
 */
public final class MeetingExtractor {
    private static final Set<String> PRONOUNS = Set.of("he", "she");
    private static final Set<String> CLAUSE_END = Set.of("saying", "said", "says", ";", "where", "adding");

    private final MeetingTriggers triggers = new MeetingTriggers();
    private final DateResolver dates = new DateResolver();

    public List<MeetingFact> extract(ArticleContext ctx, Map<String, String> countryOfPerson) {
        List<MeetingFact> found = new ArrayList<>();
        for (Sentence s : ctx.document().sentences()) {
            int t = triggers.find(s);
            if (t < 0) {
                continue;
            }
            int triggerAt = s.tokens().get(t).start();
            Set<String> subjects = new LinkedHashSet<>();
            Set<String> objects = new LinkedHashSet<>();
            int stop = clauseEnd(s, t);
            for (Mention p : ctx.persons(s)) {
                if (isCredit(s, p)) {
                    continue;
                }
                if (p.start() < triggerAt) {
                    subjects.add(ctx.name(p));
                } else if (p.start() < stop) {
                    objects.add(ctx.name(p));
                }
            }
            String pronounSubject = pronounBefore(ctx, s, t);
            if (pronounSubject != null) {
                subjects.clear();
                subjects.add(pronounSubject);
            }
            Set<String> all = new LinkedHashSet<>(subjects);
            all.addAll(objects);
            if (all.size() < 2 || subjects.isEmpty() && objects.size() < 2) {
                continue;
            }
            boolean planned = triggers.planned(s, t);
            MeetingMode mode = triggers.mode(s, t);
            LocalDate date = date(ctx, s, planned);
            String place = mode == MeetingMode.PHONE ? null : place(ctx, s);
            String host = null;
            String guest = null;
            if (subjects.size() == 1 && objects.size() == 1 && mode != MeetingMode.PHONE && mode != MeetingMode.VIDEO) {
                String subject = subjects.iterator().next();
                String object = objects.iterator().next();
                String placeCountry = place == null ? null : ctx.gazetteer().countryOf(place);
                if (triggers.hosting(s, t) || placeCountry != null && placeCountry.equals(countryOfPerson.get(subject))) {
                    host = subject;
                    guest = object;
                } else if (placeCountry != null && placeCountry.equals(countryOfPerson.get(object))) {
                    host = object;
                    guest = subject;
                }
            }
            double confidence = 0.55 + (date != null ? 0.15 : 0) + (place != null ? 0.1 : 0)
                    + (subjects.isEmpty() ? 0 : 0.1);
            found.add(new MeetingFact(mode, planned, new ArrayList<>(all), host, guest, date, place,
                    Math.min(confidence, 0.95), new Span(s.start(), s.end())));
        }
        return MeetingMerger.merge(found, ctx.gazetteer());
    }

    private static int clauseEnd(Sentence s, int t) {
        List<Token> tokens = s.tokens();
        for (int k = t + 1; k < tokens.size(); k++) {
            if (CLAUSE_END.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
                return tokens.get(k).start();
            }
        }
        return s.end();
    }

    /** "he met ...": the person the pronoun stands for, when a pronoun is the subject right before the verb. */
    private static String pronounBefore(ArticleContext ctx, Sentence s, int t) {
        for (int k = t - 1; k >= 0 && k >= t - 3; k--) {
            Token tok = s.tokens().get(k);
            if (PRONOUNS.contains(tok.text().toLowerCase(Locale.ROOT))) {
                return ctx.personBefore(tok.start());
            }
            if (ctx.mentions().at(tok.start()) != null) {
                return null;
            }
        }
        return null;
    }

    private LocalDate date(ArticleContext ctx, Sentence s, boolean planned) {
        List<DateResolver.Found> found = dates.find(s.text(), ctx.referenceDate(), planned);
        if (!found.isEmpty()) {
            return found.get(0).date();
        }
        return isDatelineLead(ctx, s) && ctx.document().source().dateline().date() != null
                ? ctx.document().source().dateline().date() : null;
    }

    private static String place(ArticleContext ctx, Sentence s) {
        String best = null;
        int bestRank = 0;
        for (Mention m : ctx.mentions().within(s.start(), s.end(), MentionType.PLACE)) {
            int rank = ctx.gazetteer().entry(m.key()).map(e -> e.kind() == EntryKind.VENUE ? 3 : 2).orElse(0);
            if (rank > bestRank) {
                best = m.key();
                bestRank = rank;
            }
        }
        if (best != null) {
            return best;
        }
        boolean here = s.text().matches("(?s).*\\bhere\\b.*");
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
                return x == s || x.start() == s.start();
            }
        }
        return false;
    }

    /** A name in a photo credit or byline: "(Xinhua/Liu Weibing)", "[Photo by Li Tao/Xinhua]". */
    private static boolean isCredit(Sentence s, Mention p) {
        String before = s.text().substring(0, p.start() - s.start()).stripTrailing();
        String after = s.text().substring(p.end() - s.start()).stripLeading();
        return before.endsWith("/") || after.startsWith("/") || before.matches("(?is).*\\bphotos?\\s+by$");
    }
}
