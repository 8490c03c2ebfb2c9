package org.w3id.dmkg.nlp;

import java.util.Set;

/** A stage that adds mentions to those earlier stages found: it needs the mention layer and gives it back. */
public interface MentionStage extends Stage {
    @Override
    default Set<Layer> requires() {
        return Set.of(Layer.MENTIONS);
    }

    @Override
    default Layer provides() {
        return Layer.MENTIONS;
    }
}
