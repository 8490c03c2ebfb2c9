package org.w3id.dmkg.extract.meeting;

import java.util.List;

/**
 * A meeting as the patterns propose it, before the judge decides ({@link MeetingJudge}), with the features
 * the judge decides on. One sentence naming one person and several others ("X met A, B and C") proposes
 * two readings that exclude each other: one meeting of all, or a meeting of X with each; they share a
 * {@code reading} number, and the judge keeps one reading.
 *
 * @param fact     the meeting proposed, its confidence the patterns' own
 * @param features what {@link MeetingFeatures} saw of it
 * @param reading  the number of the sentence's set of readings, or -1 when the proposal has no rival
 * @param whole    true for the one-meeting-of-all reading (and for a proposal without rivals)
 */
public record MeetingCandidate(MeetingFact fact, List<String> features, int reading, boolean whole) {
    public MeetingCandidate {
        features = List.copyOf(features);
    }
}
