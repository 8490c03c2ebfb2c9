package org.w3id.dmkg.nlp;

/** What a mention names. */
public enum MentionType {
    PERSON, COUNTRY, ORGANIZATION, PLACE, TITLE, DATE
}
