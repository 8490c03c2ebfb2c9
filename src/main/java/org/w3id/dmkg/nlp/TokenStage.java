package org.w3id.dmkg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/** Tokenizes each sentence with OpenNLP; token offsets are into the document text. Not thread-safe. */
public final class TokenStage implements Stage {
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
                tokens.add(new Token(s.text().substring(span.getStart(), span.getEnd()), start, end, null));
            }
            out.add(s.withTokens(tokens));
        }
        return document.withSentences(out, Layer.TOKENS);
    }
}
