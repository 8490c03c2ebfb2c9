package org.w3id.dmkg.nlp;

/**
 * A token with its character span in the document text and its part-of-speech tag
 * (Penn Treebank tag set; {@code null} before tagging).
 */
public record Token(String text, int start, int end, String pos) {
    public Token withPos(String tag) {
        return new Token(text, start, end, tag);
    }
}
