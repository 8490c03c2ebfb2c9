package org.w3id.dmkg.nlp;

/**
 * A span of the document text recognized as naming something.
 *
 * @param type  what it names
 * @param start offset of the first character
 * @param end   offset past the last character
 * @param text  the surface form
 * @param key   what it resolves to: a reference-data key for countries, organizations and places,
 *              a normalized name for persons, an office key for titles, an ISO date for dates
 */
public record Mention(MentionType type, int start, int end, String text, String key) {
    public boolean overlaps(Mention other) {
        return start < other.end && other.start < end;
    }
}
