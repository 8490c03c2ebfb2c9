package org.w3id.dmkg.extract.office;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3id.dmkg.extract.ArticleContext;
import org.w3id.dmkg.nlp.Mention;
import org.w3id.dmkg.nlp.MentionType;

/**
 * The country an article is written from: the dateline's, or the country it names most often once the
 * countries of offices it states outright ("Indian Prime Minister ...") and the countries named as places
 * ("in Myanmar") are set aside, when it is named at least twice and twice as often as any other.
 */
final class HomeCountry {
    private static final Pattern PLACE_PREPOSITION =
            Pattern.compile("(?s).*\\b(in|to|from|at|into|visit|visiting|across)\\s+(the\\s+)?$");

    private HomeCountry() {
    }

    /** The country of the dateline's place, or null. */
    static String fromDateline(ArticleContext ctx) {
        return ctx.datelinePlace() == null ? null : ctx.gazetteer().countryOf(ctx.datelinePlace());
    }

    /**
     * The country named most often (a city named other than as a place counts for its country:
     * "between Pretoria and ..."), once the countries of offices stated outright are set aside.
     */
    static String mostNamed(ArticleContext ctx, List<OfficeHolding> holdings) {
        Set<String> foreign = new HashSet<>();
        for (OfficeHolding h : holdings) {
            if (h.country() != null) {
                foreign.add(h.country());
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Mention m : ctx.mentions().all()) {
            String country = m.type() == MentionType.COUNTRY ? m.key()
                    : m.type() == MentionType.PLACE ? ctx.gazetteer().countryOf(m.key()) : null;
            if (country != null && !foreign.contains(country) && !isPlace(ctx, m)) {
                counts.merge(country, 1, Integer::sum);
            }
        }
        String best = null;
        int bestCount = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                second = bestCount;
                best = e.getKey();
                bestCount = e.getValue();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return bestCount >= 2 && bestCount >= 2 * second ? best : null;
    }

    /** "in Myanmar", "to India", "Nay Pyi Taw, Myanmar": where things happen, not who speaks. */
    static boolean isPlace(ArticleContext ctx, Mention m) {
        String text = ctx.document().text();
        String before = text.substring(Math.max(0, m.start() - 12), m.start()).toLowerCase(java.util.Locale.ROOT);
        if (PLACE_PREPOSITION.matcher(before).matches()) {
            return true;
        }
        int comma = text.lastIndexOf(',', m.start());
        Mention city = comma > 0 && text.substring(comma + 1, m.start()).isBlank() ? ctx.mentions().endingAt(comma) : null;
        return city != null && city.type() == MentionType.PLACE;
    }
}
