package org.w3id.dmkg.extract;

/** How a meeting took place. */
public enum MeetingMode {
    IN_PERSON, TALKS, PHONE, VIDEO, VISIT
}
