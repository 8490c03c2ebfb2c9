package org.w3id.dmkg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

/** Tags tokens with Penn Treebank part-of-speech tags using OpenNLP. Not thread-safe. */
public final class PosStage implements Stage {
    private final POSTaggerME tagger;

    public PosStage(OpenNlpModels models) {
        this.tagger = new POSTaggerME(models.posModel(), POSTagFormat.PENN);
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS);
    }

    @Override
    public Layer provides() {
        return Layer.POS;
    }

    @Override
    public Document apply(Document document) {
        List<Sentence> out = new ArrayList<>(document.sentences().size());
        for (Sentence s : document.sentences()) {
            List<Token> tokens = s.tokens();
            String[] words = new String[tokens.size()];
            for (int i = 0; i < words.length; i++) {
                words[i] = tokens.get(i).text();
            }
            String[] tags = tagger.tag(words);
            List<Token> tagged = new ArrayList<>(tokens.size());
            for (int i = 0; i < words.length; i++) {
                tagged.add(tokens.get(i).withPos(tags[i]));
            }
            out.add(s.withTokens(tagged));
        }
        return document.withSentences(out, Layer.POS);
    }
}
