package org.w3id.dmkg.extract;

/** A character span of the article text: the evidence a fact was drawn from. */
public record Span(int start, int end) {
}
