package org.w3id.dmkg.text;

import java.time.LocalDate;

/**
 * A dateline such as {@code BEIJING, Feb. 28 (Xinhua) --}.
 *
 * @param place  the place as written ("BEIJING"), or {@code null}
 * @param date   the date, its year taken from the publication date when the dateline omits it; or {@code null}
 * @param agency the agency in parentheses ("Xinhua"), or {@code null}
 * @param start  offset of the dateline in the document text
 * @param end    offset just past the dateline
 */
public record Dateline(String place, LocalDate date, String agency, int start, int end) {
    /**
     * The upper-case words before a colon that open a line of the text's head ("NEW DELHI: ..."), a dateline
     * only when they name a place (the caller's gazetteer decides; "SECRETARY CLINTON:" does not), or null.
     */
    public static Dateline placeBeforeColon(String text) {
        return DatelineFinder.placeBeforeColon(text);
    }
}
