package org.w3id.dmkg.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.w3id.dmkg.DmkgException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The one loader of OpenNLP models. Models come from the Apache English model jars on the classpath
 * unless a directory is given ({@code DMKG_MODELS} or {@link #fromDirectory}) holding files of the same
 * names. Loaded once, lazily; the models themselves are immutable and shared by all threads.
 */
public final class OpenNlpModels {
    static final String SENTENCE = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private static volatile OpenNlpModels shared;

    private final SentenceModel sentenceModel;
    private final TokenizerModel tokenizerModel;
    private final POSModel posModel;

    private OpenNlpModels(Path dir) {
        try {
            sentenceModel = new SentenceModel(open(dir, SENTENCE));
            tokenizerModel = new TokenizerModel(open(dir, TOKENS));
            posModel = new POSModel(open(dir, POS));
        } catch (IOException e) {
            throw new DmkgException(DmkgException.FAILURE, "OpenNLP models: " + e.getMessage(), e);
        }
    }

    /** The models of the default location, loaded on first call. */
    public static OpenNlpModels shared() {
        OpenNlpModels m = shared;
        if (m == null) {
            synchronized (OpenNlpModels.class) {
                m = shared;
                if (m == null) {
                    String dir = System.getenv("DMKG_MODELS");
                    m = new OpenNlpModels(dir == null || dir.isBlank() ? null : Path.of(dir));
                    shared = m;
                }
            }
        }
        return m;
    }

    public static OpenNlpModels fromDirectory(Path dir) {
        return new OpenNlpModels(dir);
    }

    SentenceModel sentenceModel() {
        return sentenceModel;
    }

    TokenizerModel tokenizerModel() {
        return tokenizerModel;
    }

    POSModel posModel() {
        return posModel;
    }

    private static InputStream open(Path dir, String name) throws IOException {
        if (dir != null) {
            return Files.newInputStream(dir.resolve(name));
        }
        InputStream in = OpenNlpModels.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the classpath");
        }
        return in;
    }
}
