package org.w3id.dmkg.extract.office;

import java.time.LocalDate;
import org.w3id.dmkg.extract.Span;

/**
 * A person holding an office, as one article states it.
 *
 * @param person       canonical name
 * @param role         the office label ("President", "Secretary", "Ambassador to India")
 * @param country      gazetteer key of the country whose office it is, or null
 * @param organization key of the body the office belongs to, or null
 * @param asOf         the date the text speaks of, or null
 * @param confidence   0..1
 * @param evidence     where it is stated
 */
public record OfficeHolding(String person, String role, String country, String organization, LocalDate asOf,
                            double confidence, Span evidence) {

    /** Whether the office leads its country: a head of state or of government ("the Hungarian leader"). */
    public boolean leadsCountry() {
        String family = OfficeCountries.family(role);
        return "head of state".equals(family) || "head of government".equals(family);
    }
}
