package org.w3id.dmkg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * The country each office holder serves, as news states it beside the title ("Chinese President Xi
 * Jinping", "Prime Minister Narendra Modi of India") across a background corpus: what an article that
 * names the person without the country leaves for the reader to know. Built by {@code dmkg
 * mine-countries} from articles without gold and shipped beside the models; the office-country judge
 * takes it as one clue among the article's own, and the person resolver prefers the spelling it holds.
 * Keyed by the words of the person's name, whatever their case and accents ({@link Names#words}).
 * Immutable; thread-safe.
 */
public final class KnownCountries {
    /** Where the shipped table lives on the classpath; {@code dmkg mine-countries} writes a file of this name. */
    public static final String RESOURCE = "/org/w3id/dmkg/model/person-countries.tsv";

    private static final ShippedTable<KnownCountries> SHIPPED = new ShippedTable<>(RESOURCE, KnownCountries::read,
            () -> new KnownCountries(Map.of()));

    /** Stands for a family name whose bearers serve different countries. */
    private static final String SPLIT = "";

    private final Map<String, String> byName;
    private final Map<String, String> byFamilyName = new java.util.HashMap<>();

    /** @param byName country key by name key ({@link #key}) */
    public KnownCountries(Map<String, String> byName) {
        this.byName = Map.copyOf(byName);
        for (Map.Entry<String, String> e : byName.entrySet()) {
            int space = e.getKey().lastIndexOf(' ');
            if (space > 0) {
                byFamilyName.merge(e.getKey().substring(space + 1), e.getValue(), (a, b) -> a.equals(b) ? a : SPLIT);
            }
        }
    }

    /** The shipped table, read once; empty when dmkg was built without one. */
    public static KnownCountries bundled() {
        return SHIPPED.get();
    }

    /** The key a person's name is looked up by: its words, folded and lower-case, in the text's order. */
    public static String key(String person) {
        return String.join(" ", Names.words(person));
    }

    /**
     * The country the person is known to serve, or null. A name of one word the table does not hold as such
     * ("Trump" in an article that never gives the first name) is the family name of the people it holds:
     * their country when they all serve one ("Trump", "Biden"), else null ("Kim", "Park").
     */
    public String of(String person) {
        String key = key(person);
        String country = byName.get(key);
        if (country == null && !key.isEmpty() && key.indexOf(' ') < 0) {
            country = byFamilyName.get(key);
        }
        return SPLIT.equals(country) ? null : country;
    }

    public int size() {
        return byName.size();
    }

    /** Reads a table: lines of name key, tab, country key (further columns and lines starting with # ignored). */
    public static KnownCountries read(InputStream in) throws IOException {
        Map<String, String> out = new TreeMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 2) {
                throw new IOException("not a name and a country: " + line);
            }
            out.put(cols[0], cols[1]);
        }
        return new KnownCountries(out);
    }
}
