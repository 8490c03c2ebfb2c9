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
 * the countries of offices it states outright ("Indian Prime Minister ...") are set aside, when that
 * country is named at least twice and more often than any other. Null when unclear.
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
        for (Mention m : ctx.mentions().all()) {
            if (m.type() == MentionType.COUNTRY && !foreign.contains(m.key())) {
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
        return bestCount >= 2 && bestCount > second ? best : null;
    }
}
