package org.w3id.dmkg.extract.meeting;

import java.time.LocalDate;
import java.util.List;
import org.w3id.dmkg.extract.Span;

/**
 * A meeting between two or more people as one article reports it.
 *
 * @param mode         in person, talks, phone, video
 * @param planned      true when the text speaks of it as still to come
 * @param participants canonical names of every participant, in order of mention
 * @param host         the host when the text makes it clear, else null
 * @param guest        the guest when the text makes it clear, else null
 * @param date         the resolved date, or null when nothing tells it
 * @param place        gazetteer key of the most specific place known, or null
 * @param confidence   0..1, from the evidence
 * @param evidence     the sentence it was drawn from
 */
public record MeetingFact(MeetingMode mode, boolean planned, List<String> participants, String host, String guest,
                          LocalDate date, String place, double confidence, Span evidence) {
    public MeetingFact {
        participants = List.copyOf(participants);
    }
}
