package org.w3id.dmkg.extract;

import java.util.List;
import org.w3id.dmkg.nlp.Mention;
import org.w3id.dmkg.nlp.Sentence;
import org.w3id.dmkg.nlp.Token;

/** A sentence's tokens seen together with the mentions over them, for pattern matching. */
public final class TokenWindow {
    private final Sentence sentence;
    private final List<Token> tokens;
    private final MentionIndex mentions;

    public TokenWindow(Sentence sentence, MentionIndex mentions) {
        this.sentence = sentence;
        this.tokens = sentence.tokens();
        this.mentions = mentions;
    }

    public Sentence sentence() {
        return sentence;
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public String text(int i) {
        return tokens.get(i).text();
    }

    /** Whether the three tokens before token {@code i} are one word in brackets: "(NPC)", "(CPV)". */
    public static boolean bracketedBefore(List<Token> tokens, int i) {
        return i >= 3 && tokens.get(i - 1).text().equals(")") && tokens.get(i - 3).text().equals("(");
    }

    /** The index of the last of the tokens from {@code k} on that lie inside the mention ({@code k} when only it does). */
    public static int lastTokenOf(List<Token> tokens, int k, Mention m) {
        while (k + 1 < tokens.size() && tokens.get(k + 1).end() <= m.end()) {
            k++;
        }
        return k;
    }

    /** The index of the token covering the offset, or -1. */
    public int indexAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() <= offset && offset < tokens.get(i).end()) {
                return i;
            }
        }
        return -1;
    }

    /** The mention starting at token i, or null. */
    public Mention mentionAt(int i) {
        return i >= 0 && i < tokens.size() ? mentions.at(tokens.get(i).start()) : null;
    }

    /** The mention ending right at the end of token i-1, or null. */
    public Mention mentionEndingBefore(int i) {
        return i >= 1 ? mentions.endingAt(tokens.get(i - 1).end()) : null;
    }

    public boolean isPossessive(int i) {
        return possessiveMark(tokens.get(i).text());
    }

    /**
     * A word with the apostrophe of a possessive glued to its end, as the tokenizer leaves "Sanders'" or
     * "Sessions\u2019": a word of more than two characters ending in either quote.
     */
    public static boolean apostropheGlued(String word) {
        return word.length() > 2 && (word.endsWith("'") || word.endsWith("\u2019"));
    }

    /** A possessive ending as the tokenizer leaves it: "'s", or a bare apostrophe ("Chavez'"), either quote. */
    public static boolean possessiveMark(String token) {
        return token.equals("'s") || token.equals("\u2019s") || token.equals("'") || token.equals("\u2019");
    }

    /** "X of [the] OWNER": the mention X ending right before the "of", or null when no "of" stands before OWNER. */
    public Mention ofBefore(Mention owner) {
        int k = indexAt(owner.start()) - 1;
        if (k >= 0 && text(k).equals("the")) {
            k--;
        }
        return k >= 1 && text(k).equals("of") ? mentionEndingBefore(k) : null;
    }

    /** "of [the] X" or "to [the] X" starting at token i: the mention X, or null. */
    public Mention ofAfter(int i) {
        if (i >= tokens.size() || !(text(i).equals("of") || text(i).equals("to"))) {
            return null;
        }
        int k = i + 1;
        if (k < tokens.size() && text(k).equals("the")) {
            k++;
        }
        return mentionAt(k);
    }
}
