package org.w3id.dmkg.extract.gazetteer;

/** The kinds of thing the gazetteer knows. */
public enum EntryKind {
    COUNTRY, ORGANIZATION, CITY, VENUE,
    /** A state, province or other first-level division of a country. */
    REGION
}
