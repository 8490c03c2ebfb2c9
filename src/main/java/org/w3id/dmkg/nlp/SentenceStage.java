package org.w3id.dmkg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

/**
 * Splits the text into sentences with OpenNLP, after first cutting it at blank lines and at
 * line breaks: news excerpts put captions, bylines and headings on lines of their own, and no
 * sentence crosses a paragraph. Not thread-safe (one {@link SentenceDetectorME} per instance).
 */
public final class SentenceStage implements Stage {
    private final SentenceDetectorME detector;

    public SentenceStage(OpenNlpModels models) {
        this.detector = new SentenceDetectorME(models.sentenceModel());
    }

    @Override
    public Set<Layer> requires() {
        return Set.of();
    }

    @Override
    public Layer provides() {
        return Layer.SENTENCES;
    }

    @Override
    public Document apply(Document document) {
        String text = document.text();
        List<Sentence> sentences = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                for (Span span : detector.sentPosDetect(line)) {
                    int s = lineStart + span.getStart();
                    int e = lineStart + span.getEnd();
                    sentences.add(new Sentence(sentences.size(), s, e, text.substring(s, e), List.of()));
                }
            }
            lineStart = lineEnd + 1;
        }
        return document.withSentences(sentences, Layer.SENTENCES);
    }
}
