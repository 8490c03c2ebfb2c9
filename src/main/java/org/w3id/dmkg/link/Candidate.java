package org.w3id.dmkg.link;

import java.util.List;
import java.util.Set;

/**
 * An external entity whose name matches a person's, with what the scorer compares.
 *
 * @param iri          the entity, e.g. {@code http://www.wikidata.org/entity/Q15031}
 * @param exactLabel   whether the name matched the entity's label (else only an alias)
 * @param human        whether the entity is stated to be a human ({@code wdt:P31 wd:Q5})
 * @param citizenships IRIs of the countries of citizenship ({@code wdt:P27})
 * @param positions    positions held
 */
public record Candidate(String iri, boolean exactLabel, boolean human, Set<String> citizenships,
        List<HeldPosition> positions) {
    public Candidate {
        citizenships = Set.copyOf(citizenships);
        positions = List.copyOf(positions);
    }

    /** The local name of the IRI, e.g. {@code Q15031}. */
    public String id() {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    /** This candidate with the better of the two name matches; the other facts are the same entity's. */
    Candidate withBestMatch(Candidate other) {
        return exactLabel || !other.exactLabel ? this : other;
    }
}
