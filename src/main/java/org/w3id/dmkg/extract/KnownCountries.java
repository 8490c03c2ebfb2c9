package org.w3id.dmkg.extract;

import java.io.IOException;
import java.io.InputStream;
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

    /** How many articles must give a person a country before the person speaks for the family name. */
    private static final int FAMILY_MIN = 2;

    private final Map<String, String> byName;
    private final Map<String, Integer> articles;
    private final Map<String, String> byFamilyName = new java.util.HashMap<>();
    /** The first words of names of two or more words, less any word that ends one; how many names each opens. */
    private final Map<String, Integer> givenNames = new java.util.HashMap<>();
    /** The last words of names of two or more words, less any word that opens such a name. */
    private final java.util.Set<String> familyNames = new java.util.HashSet<>();

    /** @param byName country key by name key ({@link #key}), each as well attested as the family rule asks */
    public KnownCountries(Map<String, String> byName) {
        this(byName, Map.of());
    }

    /**
     * @param byName   country key by name key ({@link #key})
     * @param articles how many articles agree on each name's country (where absent, enough for the family rule)
     */
    public KnownCountries(Map<String, String> byName, Map<String, Integer> articles) {
        this.byName = Map.copyOf(byName);
        this.articles = Map.copyOf(articles);
        for (Map.Entry<String, String> e : byName.entrySet()) {
            String k = e.getKey();
            int first = k.indexOf(' ');
            if (first <= 0) {
                continue;
            }
            String last = k.substring(k.lastIndexOf(' ') + 1);
            if (articles(k) >= FAMILY_MIN) {
                byFamilyName.merge(last, e.getValue(), (a, b) -> a.equals(b) ? a : SPLIT);
            }
            givenNames.merge(k.substring(0, first), 1, Integer::sum);
            familyNames.add(last);
        }
        java.util.Set<String> both = new java.util.HashSet<>(givenNames.keySet());
        both.retainAll(familyNames); // "Kim", "Lee": first in some names and last in others
        givenNames.keySet().removeAll(both);
        familyNames.removeAll(both);
    }

    /**
     * How many names the table holds that the word (a name key of one word) opens, when it ends none: a given
     * name as other news writes it ("Donald", "Bill"); 0 for any other word, a family name among them.
     */
    public int givenName(String word) {
        return givenNames.getOrDefault(word, 0);
    }

    /** Whether the word (a name key of one word) ends names the table holds and opens none: a family name. */
    public boolean familyName(String word) {
        return familyNames.contains(word);
    }

    private int articles(String key) {
        return byName.containsKey(key) ? articles.getOrDefault(key, FAMILY_MIN) : 0;
    }

    /**
     * How well other news knows the person as an office holder: 0 not at all, 1 from one article, 2 from
     * {@value #FAMILY_MIN} or more (one article may be mistaken: "Hunter Biden" given Ukraine).
     */
    public int standing(String person) {
        return Math.min(articles(key(person)), FAMILY_MIN);
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

    /** How many articles of other news give the person a country beside the title (uncapped {@link #standing}). */
    public int attestations(String person) {
        return articles(key(person));
    }

    /** The name keys of the people other news gives a country in at least {@code minArticles} articles. */
    public java.util.Set<String> attested(int minArticles) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (String k : byName.keySet()) {
            if (articles(k) >= minArticles) {
                out.add(k);
            }
        }
        return out;
    }

    public int size() {
        return byName.size();
    }

    /** Reads a table: lines of name key, tab, country key (further columns and lines starting with # ignored). */
    public static KnownCountries read(InputStream in) throws IOException {
        Map<String, String> out = new TreeMap<>();
        Map<String, Integer> agreeing = new TreeMap<>();
        for (String[] cols : ShippedTable.rows(in)) {
            if (cols.length < 2) {
                throw new IOException("not a name and a country: " + String.join("\t", cols));
            }
            out.put(cols[0], cols[1]);
            if (cols.length > 2 && cols[2].matches("\\d{1,9}")) {
                agreeing.put(cols[0], Integer.parseInt(cols[2]));
            }
        }
        return new KnownCountries(out, agreeing);
    }
}
