package org.w3id.dmkg.eval;

/** The kinds of fact scored, in the order of the scorer's table. */
public enum Fact {
    /** Meetings by participants; recall over the meetings an article mainly reports. */
    MEETINGS("meetings"),
    /** As {@link #MEETINGS}, also needing the date and the city. */
    MEETINGS_FULL("meetings_full"),
    /** Meetings by participants; recall over every gold meeting with two participants or more. */
    MEETINGS_ALL("meetings_all"),
    /** Office holdings: person, office, and country when gold names one. */
    OFFICES("offices"),
    /** Office holdings: person and office only. */
    OFFICES_LENIENT("offices_lenient"),
    /** Anniversaries: ordinal, year and event. */
    ANNIVERSARIES("anniversaries"),
    /** Persons mentioned. */
    PERSONS("persons"),
    /** Countries mentioned. */
    COUNTRIES("countries"),
    /** Organizations mentioned. */
    ORGANIZATIONS("organizations");

    private final String key;

    Fact(String key) {
        this.key = key;
    }

    /** The name the scorer prints and writes to JSON. */
    public String key() {
        return key;
    }
}
