package org.w3id.dmkg.extract.person;

import java.util.List;
import org.w3id.dmkg.nlp.Mention;

/**
 * A name-shaped run the person judge decides on.
 *
 * @param mention  the run as a person mention
 * @param features what {@link PersonFeatures} saw of it
 * @param ruled    whether a context rule ({@link PersonEvidence}) accepts it
 */
public record PersonCandidate(Mention mention, List<String> features, boolean ruled) {
    public PersonCandidate {
        features = List.copyOf(features);
    }
}
