package org.w3id.dmkg.extract.office;

import java.util.List;

/**
 * One country an office whose country the text leaves open might belong to, with the features the
 * office-country judge decides on.
 *
 * @param holding  the office as the rules completed it (its country may be another or none)
 * @param country  gazetteer key of the candidate country
 * @param label    the candidate country's preferred name
 * @param features what {@link OfficeCountryJudge} saw of the pair
 */
public record OfficeCountryCandidate(OfficeHolding holding, String country, String label, List<String> features) {
    public OfficeCountryCandidate {
        features = List.copyOf(features);
    }
}
