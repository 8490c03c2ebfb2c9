package org.w3id.dmkg.extract.meeting;

/** How a meeting took place. */
public enum MeetingMode {
    IN_PERSON, TALKS, PHONE, VIDEO, VISIT;

    /** A call or a video link: the people were not in one place. */
    public boolean remote() {
        return this == PHONE || this == VIDEO;
    }
}
