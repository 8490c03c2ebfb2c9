package org.w3id.dmkg.extract.meeting;

import org.w3id.dmkg.extract.Span;

/**
 * A stretch of a meeting's evidence sentence that tells it: the meeting word ("met", "talks"), a
 * participant's name, or the place's.
 *
 * @param span what it covers, in the folded text as the evidence is
 * @param role which of the three it is
 * @param ref  the participant's canonical name, or the place's gazetteer key; null for the meeting word
 */
public record MeetingMark(Span span, Role role, String ref) {
    /** What a mark tells of the meeting. */
    public enum Role {
        WORD, PARTICIPANT, PLACE
    }
}
