package org.w3id.dmkg.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * When a predicted meeting, office holding or anniversary matches a gold one: the official scorer's
 * rules, built on the name rules of {@link Matching}. Stateless and thread-safe.
 */
public final class FactMatching {
    /** Jaccard overlap of event words from which two anniversaries' events count as the same. */
    private static final double EVENT_OVERLAP = 0.4;

    private FactMatching() {
    }

    /** The ordinal and year (when gold gives one) agree and one event's words largely overlap gold's. */
    public static boolean anniversaryMatch(GoldArticle.Anniversary gold, PredictedArticle.Anniversary predicted) {
        if (!predicted.ordinals().contains(gold.ordinal())) {
            return false;
        }
        if (gold.year() != null && !predicted.years().contains(gold.year())) {
            return false;
        }
        Set<String> gt = new HashSet<>(Matching.contentTokens(gold.event()));
        return !gt.isEmpty() && predicted.events().stream().anyMatch(e -> overlaps(gt, new HashSet<>(Matching.contentTokens(e))));
    }

    private static boolean overlaps(Set<String> gt, Set<String> pt) {
        if (pt.isEmpty()) {
            return false;
        }
        Set<String> both = new HashSet<>(gt);
        both.retainAll(pt);
        Set<String> either = new HashSet<>(gt);
        either.addAll(pt);
        return (double) both.size() / either.size() >= EVENT_OVERLAP || gt.containsAll(pt) || pt.containsAll(gt);
    }

    /**
     * As many attendees as gold participants, each participant matched (by {@link Matching#personMatch} on any
     * label) to a different attendee: the first one not yet taken, as the scorer does.
     */
    public static boolean participantsMatch(GoldArticle.Meeting gold, PredictedArticle.Meeting predicted) {
        List<Set<String>> attendees = predicted.attendees();
        if (gold.participants().size() != attendees.size()) {
            return false;
        }
        boolean[] used = new boolean[attendees.size()];
        for (String name : gold.participants()) {
            int hit = -1;
            for (int i = 0; i < attendees.size() && hit < 0; i++) {
                if (!used[i] && attendees.get(i).stream().anyMatch(l -> Matching.personMatch(name, l))) {
                    hit = i;
                }
            }
            if (hit < 0) {
                return false;
            }
            used[hit] = true;
        }
        return true;
    }

    /** The strict variant: participants match, and gold's date and city (when given) are among the prediction's. */
    public static boolean meetingMatch(GoldArticle.Meeting gold, PredictedArticle.Meeting predicted) {
        return participantsMatch(gold, predicted)
                && (gold.date() == null || predicted.dates().contains(gold.date()))
                && (gold.city() == null || predicted.places().contains(Matching.norm(gold.city())));
    }

    /** The person and the office match; with {@code strictCountry}, also the country when gold names one. */
    public static boolean officeHoldingMatch(GoldArticle.Office gold, PredictedArticle.Office predicted,
            boolean strictCountry, Aliases aliases) {
        return predicted.persons().stream().anyMatch(p -> Matching.personMatch(gold.person(), p))
                && predicted.roles().stream().anyMatch(r -> Matching.officeMatch(gold.office(), r))
                && (!strictCountry || gold.country() == null
                        || predicted.countries().contains(aliases.country(gold.country())));
    }
}
