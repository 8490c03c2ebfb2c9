package org.w3id.dmkg.extract.person;

import java.util.ArrayList;
import java.util.List;
import org.w3id.dmkg.nlp.Token;

/** Tokens for name-run tests, all tagged as proper nouns as the tagger often does in headlines. */
final class TestTokens {
    private TestTokens() {
    }

    /** One token per space-separated word; a word written "~-chol" is glued to the word before it. */
    static List<Token> of(String text) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String w : text.split(" ")) {
            boolean glued = w.startsWith("~");
            String word = glued ? w.substring(1) : w;
            int start = glued ? at - 1 : at;
            out.add(new Token(word, start, start + word.length(), "NNP"));
            at = start + word.length() + 1;
        }
        return out;
    }
}
