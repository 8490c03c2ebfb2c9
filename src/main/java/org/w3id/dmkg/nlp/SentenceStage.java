package org.w3id.dmkg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

/**
 * Splits the text into sentences with OpenNLP, after first cutting it at blank lines and at
 * line breaks: news excerpts put captions, bylines and headings on lines of their own, and no
 * sentence crosses a paragraph. Not thread-safe (one {@link SentenceDetectorME} per instance).
 */
public final class SentenceStage implements Stage {
    /** Abbreviated titles that may also be held before ("then-Sen.", "ex-Gov."). */
    private static final String TITLES = "Gov|Govs|Sen|Sens|Rep|Reps|Gen|Col|Lt|Maj|Capt|Adm|Amb|Pres|Dr|Prof|Rev";
    /**
     * Abbreviations after which the model wrongly ends a sentence in news text (months, titles, initials such
     * as "K.R." or "H.R.", but not "U.S." or "U.K.", which often do end one); a title held before is one too
     * ({@link #FORMER_TITLE}).
     */
    private static final Pattern ABBREVIATION = Pattern.compile("(?:^|[\\s(\\[])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|"
            + "Oct|Nov|Dec|Jr|Sr|Mr|Mrs|Ms|Messrs|Sgt|Cmdr|Brig|Msgr|" + TITLES + "|"
            + "Supt|Hon|St|No|Mt|Ft|H\\.E|"
            + "(?!U\\.[SKN]\\.?$)(?:\\p{Lu}\\.){0,2}\\p{Lu})\\.$");
    /** A title held before: "then-Sen. Barack Obama", "ex-Gov. Rick Perry", "then-Reps. ...". */
    private static final Pattern FORMER_TITLE = Pattern.compile("\\b(?:then|ex|former)-(?:" + TITLES + ")\\.$");
    /** Clock times end a sentence only when a capitalized word follows: "at 10:15 a.m. (local time) ...". */
    private static final Pattern CLOCK = Pattern.compile("\\b[ap]\\.m\\.$");
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
                int pending = -1;
                for (Span span : detector.sentPosDetect(line)) {
                    int s = pending >= 0 ? pending : lineStart + span.getStart();
                    int e = lineStart + span.getEnd();
                    if (endsInAbbreviation(text, s, e) && e < lineEnd) {
                        pending = s;
                        continue;
                    }
                    pending = -1;
                    sentences.add(new Sentence(sentences.size(), s, e, text.substring(s, e), List.of()));
                }
                if (pending >= 0) {
                    sentences.add(new Sentence(sentences.size(), pending, lineEnd, text.substring(pending, lineEnd),
                            List.of()));
                }
            }
            lineStart = lineEnd + 1;
        }
        return document.withSentences(sentences, Layer.SENTENCES);
    }

    private static boolean endsInAbbreviation(String text, int start, int end) {
        String t = text.substring(Math.max(start, end - 8), end).stripTrailing();
        if (CLOCK.matcher(t).find()) {
            int next = nextNonSpace(text, end);
            return next < text.length() && (text.charAt(next) == '(' || Character.isLowerCase(text.charAt(next)));
        }
        if (t.endsWith(".)")) {
            // a lawmaker's party and state, "Sen. Carla Mendes (R-Ore.) on Tuesday met ...": the sentence goes on
            return lowerCaseNext(text, end);
        }
        return ABBREVIATION.matcher(t).find()
                || FORMER_TITLE.matcher(text.substring(Math.max(start, end - 16), end).stripTrailing()).find();
    }

    private static boolean lowerCaseNext(String text, int end) {
        int next = nextNonSpace(text, end);
        return next < text.length() && Character.isLowerCase(text.charAt(next));
    }

    private static int nextNonSpace(String text, int from) {
        int next = from;
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        return next;
    }
}
