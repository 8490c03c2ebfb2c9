package org.w3id.dmkg.extract.meeting;

import java.util.List;

/**
 * A meeting the text leaves without a date or a place, and the article's own date or place it might take
 * ({@link SettingJudge}).
 *
 * @param meeting  the meeting as merged, before the decision
 * @param date     true when the value is a date (ISO), false when it is a place's gazetteer key
 * @param value    the article's date or place
 * @param features what {@link SettingJudge} saw of it
 */
public record SettingCandidate(MeetingFact meeting, boolean date, String value, List<String> features) {
    public SettingCandidate {
        features = List.copyOf(features);
    }
}
