package org.w3id.dmkg.link;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the store says about one person, as far as linking needs it.
 *
 * @param iri       the person's dmkg IRI
 * @param labels    its names ({@code rdfs:label})
 * @param roles     labels of the roles of its office holdings, e.g. "President"
 * @param countries Wikidata IRIs of the countries of those holdings
 * @param dates     dates it is known to have been active: as-of dates of holdings and dates of
 *                  meetings it attended
 */
public record PersonProfile(String iri, Set<String> labels, Set<String> roles, Set<String> countries,
        Set<LocalDate> dates) {
    public PersonProfile {
        labels = Set.copyOf(labels);
        roles = Set.copyOf(roles);
        countries = Set.copyOf(countries);
        dates = Set.copyOf(dates);
    }

    /** The first label in sorted order, or the IRI when there is none; for messages. */
    public String name() {
        return labels.stream().sorted().findFirst().orElse(iri);
    }
}
