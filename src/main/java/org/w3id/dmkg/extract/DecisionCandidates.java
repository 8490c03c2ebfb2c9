package org.w3id.dmkg.extract;

import java.util.List;
import org.w3id.dmkg.extract.meeting.MeetingCandidate;
import org.w3id.dmkg.extract.office.OfficeCountryCandidate;

/**
 * What the meeting and office-country judges decide on in one article, gathered from one annotation of it:
 * what their training learns from.
 *
 * @param meetings        the meetings the patterns propose, before the meeting judge
 * @param officeCountries the candidate countries of the offices the text leaves open
 */
public record DecisionCandidates(List<MeetingCandidate> meetings, List<OfficeCountryCandidate> officeCountries) {
    public DecisionCandidates {
        meetings = List.copyOf(meetings);
        officeCountries = List.copyOf(officeCountries);
    }
}
