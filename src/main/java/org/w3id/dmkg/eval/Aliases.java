package org.w3id.dmkg.eval;

import java.util.HashMap;
import java.util.Map;

/**
 * Canonical short names of countries and organizations, so that "PRC", "Chinese" and "China" count as
 * one country. The tables are the data files {@code country-aliases.tsv} and
 * {@code organization-aliases.tsv}. Immutable and thread-safe.
 */
public final class Aliases {
    private static final Aliases STANDARD = new Aliases(load("country-aliases.tsv"), load("organization-aliases.tsv"));

    private final Map<String, String> countries;
    private final Map<String, String> organizations;

    private Aliases(Map<String, String> countries, Map<String, String> organizations) {
        this.countries = countries;
        this.organizations = organizations;
    }

    /** The tables shipped with dmkg. */
    public static Aliases standard() {
        return STANDARD;
    }

    /** The canonical name of a country: its normalized name, mapped through the alias table. */
    public String country(String name) {
        String n = Matching.norm(name);
        return countries.getOrDefault(n, n);
    }

    /** The canonical name of an organization: normalized, without a leading "the", mapped through the table. */
    public String organization(String name) {
        String n = Matching.norm(name);
        if (n.startsWith("the ")) {
            n = n.substring(4);
        }
        return organizations.getOrDefault(n, n);
    }

    /** Each line: the canonical name, then its aliases, tab-separated; later lines win on a clash. */
    private static Map<String, String> load(String resource) {
        Map<String, String> table = new HashMap<>();
        for (String line : DataFiles.lines(resource)) {
            String[] names = line.split("\t");
            for (String name : names) {
                table.put(name.strip(), names[0].strip());
            }
        }
        return Map.copyOf(table);
    }
}
