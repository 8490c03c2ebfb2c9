package org.w3id.dmkg.learn;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Splits articles into K folds with every outlet (the host of the article's URL) in one fold, so that a
 * model scored on a fold has seen nothing of that outlet: the outlets, largest first, each go to the fold
 * with the fewest articles so far. Deterministic.
 */
public final class Folds {
    private Folds() {
    }

    /** The fold (0..k-1) of each URL, in the order given. */
    public static List<Integer> assign(List<String> urls, int k) {
        if (k < 2) {
            throw new IllegalArgumentException("at least two folds are needed, not " + k);
        }
        Map<String, Integer> perOutlet = new TreeMap<>();
        for (String u : urls) {
            perOutlet.merge(outlet(u), 1, Integer::sum);
        }
        List<Map.Entry<String, Integer>> outlets = new ArrayList<>(perOutlet.entrySet());
        outlets.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        int[] sizes = new int[k];
        Map<String, Integer> foldOf = new HashMap<>();
        for (Map.Entry<String, Integer> o : outlets) {
            int smallest = 0;
            for (int f = 1; f < k; f++) {
                if (sizes[f] < sizes[smallest]) {
                    smallest = f;
                }
            }
            foldOf.put(o.getKey(), smallest);
            sizes[smallest] += o.getValue();
        }
        List<Integer> out = new ArrayList<>();
        urls.forEach(u -> out.add(foldOf.get(outlet(u))));
        return out;
    }

    /** The outlet of a URL: its host without "www." and language prefixes; the URL itself when it has none. */
    static String outlet(String url) {
        if (url == null) {
            return "";
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return url;
            }
            String h = host.toLowerCase(Locale.ROOT);
            String[] parts = h.split("\\.");
            // the registered name: the last two labels, three under a two-letter country code with a short second level
            int keep = parts.length >= 3 && parts[parts.length - 1].length() == 2 && parts[parts.length - 2].length() <= 3
                    ? 3 : 2;
            return String.join(".", java.util.Arrays.copyOfRange(parts, Math.max(0, parts.length - keep), parts.length));
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
