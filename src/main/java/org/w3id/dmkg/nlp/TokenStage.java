package org.w3id.dmkg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/** Tokenizes each sentence with OpenNLP; token offsets are into the document text. Not thread-safe. */
public final class TokenStage implements Stage {
    private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern.compile("\\p{Lu}(?:\\.\\p{Lu})*");

    private final TokenizerME tokenizer;

    public TokenStage(OpenNlpModels models) {
        this.tokenizer = new TokenizerME(models.tokenizerModel());
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES);
    }

    @Override
    public Layer provides() {
        return Layer.TOKENS;
    }

    @Override
    public Document apply(Document document) {
        List<Sentence> out = new ArrayList<>(document.sentences().size());
        for (Sentence s : document.sentences()) {
            Span[] spans = tokenizer.tokenizePos(s.text());
            List<Token> tokens = new ArrayList<>(spans.length);
            for (Span span : spans) {
                int start = s.start() + span.getStart();
                int end = s.start() + span.getEnd();
                String word = s.text().substring(span.getStart(), span.getEnd());
                int cut = clitic(word);
                Token prev = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
                if (prev != null && prev.end() == start && cut < 0 && word.indexOf('/') < 0
                        && hyphenOpen(prev.text()) && Character.isLetter(word.charAt(0))) {
                    // the model cuts some hyphenated names after the hyphen ("Akufo-" "Addo"): one word
                    tokens.set(tokens.size() - 1, new Token(prev.text() + word, prev.start(), end, null));
                } else if (word.length() > 1 && word.indexOf('/') >= 0 && cut < 0) {
                    // photo credits and agency marks ("Xinhua/Yao Dawei", "/TASS/") come through as one token
                    splitAtSlashes(word, start, tokens);
                } else if (cut > 0) {
                    tokens.add(new Token(word.substring(0, cut), start, start + cut, null));
                    tokens.add(new Token(word.substring(cut), start + cut, end, null));
                } else {
                    tokens.add(new Token(word, start, end, null));
                }
            }
            out.add(s.withTokens(joinInitials(tokens)));
        }
        return document.withSentences(out, Layer.TOKENS);
    }

    private static void splitAtSlashes(String word, int start, List<Token> tokens) {
        int from = 0;
        for (int i = 0; i <= word.length(); i++) {
            if (i == word.length() || word.charAt(i) == '/') {
                if (i > from) {
                    tokens.add(new Token(word.substring(from, i), start + from, start + i, null));
                }
                if (i < word.length()) {
                    tokens.add(new Token("/", start + i, start + i + 1, null));
                }
                from = i + 1;
            }
        }
    }

    /**
     * The model cuts the period off initials and dotted abbreviations inside a sentence ("R" "." "Biden",
     * "H.E" "." "Mr."): one token again, unless the period ends the sentence.
     */
    private static List<Token> joinInitials(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (i + 2 < tokens.size() && tokens.get(i + 1).text().equals(".") && tokens.get(i + 1).start() == t.end()
                    && INITIALS.matcher(t.text()).matches()) {
                out.add(new Token(t.text() + ".", t.start(), t.end() + 1, null));
                i++;
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /** A word cut just after its hyphen: "Akufo-". */
    private static boolean hyphenOpen(String w) {
        int n = w.length();
        return n > 2 && w.charAt(n - 1) == '-' && Character.isLetter(w.charAt(n - 2));
    }

    /**
     * Where a clitic starts in a word the model left whole, or -1: a possessive "'s" ("China's") or a negation
     * "n't" ("hasn’t", which the model splits only when written with a straight apostrophe); Treebank
     * splits both.
     */
    private static int clitic(String word) {
        int n = word.length();
        if (n > 2 && (word.charAt(n - 1) == 's' || word.charAt(n - 1) == 'S')
                && apostrophe(word.charAt(n - 2)) && Character.isLetter(word.charAt(n - 3))) {
            return n - 2;
        }
        if (n > 4 && (word.charAt(n - 1) == 't' || word.charAt(n - 1) == 'T') && apostrophe(word.charAt(n - 2))
                && (word.charAt(n - 3) == 'n' || word.charAt(n - 3) == 'N') && Character.isLetter(word.charAt(n - 4))) {
            return n - 3;
        }
        return -1;
    }

    private static boolean apostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }
}
