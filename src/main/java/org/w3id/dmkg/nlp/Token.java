package org.w3id.dmkg.nlp;

/**
 * A token with its character span in the document text and its part-of-speech tag
 * (Penn Treebank tag set; {@code null} before tagging).
 */
public record Token(String text, int start, int end, String pos) {
    public Token withPos(String tag) {
        return new Token(text, start, end, tag);
    }

    /** Whether the tagger tagged this token a verb or a modal ({@code VB*}, {@code MD}); false before tagging. */
    public boolean verbOrModal() {
        return pos != null && (pos.startsWith("VB") || pos.equals("MD"));
    }
}
