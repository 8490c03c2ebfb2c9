package org.w3id.dmkg.nlp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.w3id.dmkg.text.SourceDocument;

/**
 * The immutable document every stage reads and extends: the source, its sentences (with tokens
 * and tags once those stages ran), the mentions recognized so far, and the layers present.
 */
public record Document(SourceDocument source, List<Sentence> sentences, List<Mention> mentions, Set<Layer> layers) {
    public Document {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        layers = Set.copyOf(layers);
    }

    public static Document of(SourceDocument source) {
        return new Document(source, List.of(), List.of(), EnumSet.noneOf(Layer.class));
    }

    public String text() {
        return source.text();
    }

    public Document withSentences(List<Sentence> newSentences, Layer added) {
        return new Document(source, newSentences, mentions, plus(added));
    }

    public Document withMentions(List<Mention> newMentions) {
        return new Document(source, sentences, newMentions, plus(Layer.MENTIONS));
    }

    /** The document without these mentions; itself when there are none to drop. */
    public Document withoutMentions(Collection<Mention> dropped) {
        if (dropped.isEmpty()) {
            return this;
        }
        List<Mention> kept = new ArrayList<>(mentions);
        kept.removeAll(dropped);
        return withMentions(kept);
    }

    public boolean has(Layer layer) {
        return layers.contains(layer);
    }

    /** The sentence holding the offset, or null. */
    public Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (s.contains(offset)) {
                return s;
            }
        }
        return null;
    }

    private Set<Layer> plus(Layer added) {
        EnumSet<Layer> set = layers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layers);
        set.add(added);
        return set;
    }
}
