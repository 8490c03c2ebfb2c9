package org.w3id.dmkg.extract.gazetteer;

import java.util.List;

/**
 * One entry of the reference data as the recognizers see it.
 *
 * @param kind        what it is
 * @param key         stable key, the path of its IRI under {@code https://w3id.org/dmkg/id/}
 *                    ({@code country/CN}, {@code org/united-nations}, {@code place/beijing})
 * @param label       the preferred English name ("China", "Shanghai Cooperation Organization")
 * @param names       every name it goes by in text, the label included: official names, other names,
 *                    abbreviations ("People's Republic of China", "PRC")
 * @param adjectives  demonyms and adjectives ("Chinese"); empty for most non-countries
 * @param containedIn key of the place that contains it (venue to city, city to country), or null
 * @param country     key of the country an organization or place belongs to, or null
 * @param newsMedia   whether it is a news outlet or agency ("NPR", "ABC News", "Xinhua")
 */
public record GazetteerEntry(EntryKind kind, String key, String label, List<String> names,
                             List<String> adjectives, String containedIn, String country, boolean newsMedia) {
    public GazetteerEntry {
        names = List.copyOf(names);
        adjectives = List.copyOf(adjectives);
    }
}
