package org.w3id.dmkg.extract.statement;

import org.w3id.dmkg.extract.Span;

/**
 * Who said what.
 *
 * @param speaker    canonical name of the speaker
 * @param text       the words as reported
 * @param meeting    index into the article's meetings of the meeting it was said at, or -1
 * @param confidence 0..1
 * @param evidence   the sentence
 */
public record StatementFact(String speaker, String text, int meeting, double confidence, Span evidence) {
}
