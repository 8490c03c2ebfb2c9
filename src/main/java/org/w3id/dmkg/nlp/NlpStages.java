package org.w3id.dmkg.nlp;

import java.util.List;

/** The OpenNLP part of the pipeline: sentences, tokens, part-of-speech tags. */
public final class NlpStages {
    private NlpStages() {
    }

    /** Fresh stage instances (not thread-safe: one list per thread) over the shared models. */
    public static List<Stage> create(OpenNlpModels models) {
        return List.of(new SentenceStage(models), new TokenStage(models), new PosStage(models));
    }
}
