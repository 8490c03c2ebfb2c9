package org.w3id.dmkg.extract.anniversary;

import org.w3id.dmkg.extract.Span;

/**
 * An anniversary the article marks.
 *
 * @param ordinal    which anniversary (80 for the 80th)
 * @param year       the year it falls in, or null
 * @param event      the commemorated event, in words ("founding of the United Nations")
 * @param eventYear  the year of the event when derivable, or null
 * @param confidence 0..1
 * @param evidence   where it is stated
 */
public record AnniversaryFact(int ordinal, Integer year, String event, Integer eventYear, double confidence,
                              Span evidence) {
}
