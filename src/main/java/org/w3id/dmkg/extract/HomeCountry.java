package org.w3id.dmkg.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.dmkg.nlp.Mention;
import org.w3id.dmkg.nlp.MentionType;

/**
 * The country an article is written from: the dateline's, else the country it names most often once
 * the countries of offices it states outright ("Indian Prime Minister ...") and the countries named as
 * places ("in Myanmar") are set aside, when it is named at least twice and twice as often as any other. Null when unclear.
 */
final class HomeCountry {
    private HomeCountry() {
    }

    static String of(ArticleContext ctx, List<OfficeHolding> holdings) {
        if (ctx.datelinePlace() != null) {
            String c = ctx.gazetteer().countryOf(ctx.datelinePlace());
            if (c != null) {
                return c;
            }
        }
        Set<String> foreign = new HashSet<>();
        for (OfficeHolding h : holdings) {
            if (h.country() != null) {
                foreign.add(h.country());
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        String text = ctx.document().text();
        for (Mention m : ctx.mentions().all()) {
            if (m.type() == MentionType.COUNTRY && !foreign.contains(m.key()) && !isPlace(text, m)) {
                counts.merge(m.key(), 1, Integer::sum);
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
    static boolean isPlace(String text, Mention m) {
        String before = text.substring(Math.max(0, m.start() - 12), m.start()).toLowerCase(java.util.Locale.ROOT);
        return before.matches("(?s).*\\b(in|to|from|at|into|visit|visiting|across)\\s+(the\\s+)?$") || before.matches("(?s).*\\p{L},\\s*$");
    }
}
