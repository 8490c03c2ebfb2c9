package org.w3id.dmkg.nlp;

import java.util.List;

/**
 * A sentence: its index in the document, its character span, and its tokens (empty before tokenization).
 */
public record Sentence(int index, int start, int end, String text, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public Sentence withTokens(List<Token> newTokens) {
        return new Sentence(index, start, end, text, newTokens);
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
