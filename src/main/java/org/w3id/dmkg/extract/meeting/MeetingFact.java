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
 * @param marks        the stretches of that sentence that tell the meeting ({@link MeetingMark}): the meeting
 *                     word from the proposal on; the names of its participants and place once it is decided
 */
public record MeetingFact(MeetingMode mode, boolean planned, List<String> participants, String host, String guest,
                          LocalDate date, String place, double confidence, Span evidence, List<MeetingMark> marks) {
    public MeetingFact {
        participants = List.copyOf(participants);
        marks = List.copyOf(marks);
    }

    /** A meeting with no marks. */
    public MeetingFact(MeetingMode mode, boolean planned, List<String> participants, String host, String guest,
                       LocalDate date, String place, double confidence, Span evidence) {
        this(mode, planned, participants, host, guest, date, place, confidence, evidence, List.of());
    }

    /** The same meeting with these marks. */
    public MeetingFact withMarks(List<MeetingMark> marks) {
        return new MeetingFact(mode, planned, participants, host, guest, date, place, confidence, evidence, marks);
    }
}
