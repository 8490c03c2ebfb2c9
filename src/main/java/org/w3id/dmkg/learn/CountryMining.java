package org.w3id.dmkg.learn;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.w3id.dmkg.extract.KnownCountries;
import org.w3id.dmkg.extract.office.OfficeHolding;

/**
 * Gathers, over many articles, the country each office holder is said to serve where the text names it
 * beside the title, and keeps the people the articles agree on: the table {@link KnownCountries} reads.
 * Each article counts once per person and country, so one article repeating a name does not outvote
 * others. The table depends only on the articles added, not on their order. Not thread-safe.
 */
public final class CountryMining {
    /**
     * One person the articles agree on.
     *
     * @param key      the name key ({@link KnownCountries#key})
     * @param country  the country key most articles give
     * @param articles how many articles give that country
     * @param total    how many articles give any country for this person
     * @param name     the name as the first such article in key order spells it
     */
    public record Entry(String key, String country, int articles, int total, String name) {
    }

    private final Map<String, Map<String, Integer>> counts = new TreeMap<>();
    private final Map<String, String> names = new TreeMap<>();

    /** Adds one article's offices stated with a country. */
    public void add(List<OfficeHolding> stated) {
        Set<String> seen = new LinkedHashSet<>();
        for (OfficeHolding h : stated) {
            String key = KnownCountries.key(h.person());
            if (h.country() == null || key.isEmpty() || !seen.add(key + "\t" + h.country())) {
                continue;
            }
            counts.computeIfAbsent(key, k -> new TreeMap<>()).merge(h.country(), 1, Integer::sum);
            names.merge(key, h.person(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
    }

    /**
     * The people whose country at least {@code minArticles} articles give, with at least {@code minShare} of
     * the articles that give one agreeing; in key order.
     */
    public List<Entry> table(int minArticles, double minShare) {
        List<Entry> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, Integer>> e : counts.entrySet()) {
            String best = null;
            int top = 0;
            int total = 0;
            for (Map.Entry<String, Integer> c : e.getValue().entrySet()) {
                total += c.getValue();
                if (c.getValue() > top) {
                    best = c.getKey();
                    top = c.getValue();
                }
            }
            if (top >= minArticles && top >= minShare * total) {
                out.add(new Entry(e.getKey(), best, top, total, names.get(e.getKey())));
            }
        }
        return out;
    }
}
