package org.w3id.dmkg.extract;

import java.util.List;

/**
 * A meeting as the patterns propose it, before the judge decides ({@link MeetingJudge}), with the features
 * the judge decides on.
 *
 * @param fact     the meeting proposed, its confidence the patterns' own
 * @param features what {@link MeetingFeatures} saw of it
 */
public record MeetingCandidate(MeetingFact fact, List<String> features) {
    public MeetingCandidate {
        features = List.copyOf(features);
    }
}
