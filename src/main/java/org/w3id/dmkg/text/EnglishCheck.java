package org.w3id.dmkg.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A cheap test of whether a text is English, so that articles in other languages are skipped
 * rather than mis-extracted: in English prose the very common function words ({@code the}, {@code of},
 * {@code and}, {@code was} ...) make up a third or more of the words, in other languages a few per
 * cent. The judgement rests on letters and words, not numbers: words labelling figures (tables, lists
 * of dates) are left out of the share. Texts too short to judge pass. Stateless and thread-safe.
 */
public final class EnglishCheck {
    /** Texts with fewer words than this are not judged. */
    static final int MIN_WORDS = 40;
    /** The smallest share of function words an English text has (the development corpus: 0.18 to 0.38). */
    static final double MIN_SHARE = 0.12;
    /** The smallest share of Latin letters among all letters of an English text. */
    static final double MIN_LATIN = 0.5;

    private static final Set<String> WORDS = load("english-function-words.txt");

    private EnglishCheck() {
    }

    /** Why {@code text} is taken not to be English, or {@code null} when it may be. */
    public static String reason(String text) {
        Tally t = new Tally();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            int start = i;
            if (Character.isLetter(cp)) {
                while (i < n && Character.isLetter(cp = text.codePointAt(i))) {
                    t.letter(cp);
                    i += Character.charCount(cp);
                }
                t.word(i - start <= 7 && WORDS.contains(text.substring(start, i).toLowerCase(Locale.ROOT)));
            } else if (Character.isDigit(cp)) {
                while (i < n && Character.isDigit(cp = text.codePointAt(i))) {
                    i += Character.charCount(cp);
                }
                t.number();
            } else {
                i += Character.charCount(cp);
            }
        }
        t.end();
        if (t.letters >= MIN_WORDS && t.latin < t.letters * MIN_LATIN) {
            return "not English (mostly non-Latin script), skipped";
        }
        if (t.words >= MIN_WORDS && t.common < t.words * MIN_SHARE) {
            return String.format(Locale.ROOT, "not English (%.0f%% common English words), skipped",
                    100.0 * t.common / t.words);
        }
        return null;
    }

    /**
     * Counts letters and the words that speak for a language. A word next to a number ("Sept. 29",
     * "58 deaths", "Houston 118") labels a figure in a table or a list of dates: such words carry
     * no function words in any language, so a report made of tables would look foreign if they
     * counted. Only words between other words count.
     */
    private static final class Tally {
        long letters;
        long latin;
        int words;
        int common;
        private boolean afterNumber;
        private boolean pending;
        private boolean pendingCommon;
        private boolean pendingAfterNumber;

        void letter(int cp) {
            letters++;
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
                latin++;
            }
        }

        void word(boolean isCommon) {
            settle(false);
            pending = true;
            pendingCommon = isCommon;
            pendingAfterNumber = afterNumber;
            afterNumber = false;
        }

        void number() {
            settle(true);
            afterNumber = true;
        }

        void end() {
            settle(false);
        }

        /** Counts the word before the token that follows it, unless a number is on either side. */
        private void settle(boolean beforeNumber) {
            if (pending && !beforeNumber && !pendingAfterNumber) {
                words++;
                common += pendingCommon ? 1 : 0;
            }
            pending = false;
        }
    }

    /** Passes English articles on to {@code next} and reports the others as skipped. */
    static Consumer<SourceDocument> only(Consumer<SourceDocument> next, Consumer<InputProblem> problems) {
        return doc -> {
            String notEnglish = reason(doc.text());
            if (notEnglish == null) {
                next.accept(doc);
            } else {
                problems.accept(InputProblem.skipped(doc.origin(), notEnglish));
            }
        };
    }

    private static Set<String> load(String file) {
        InputStream in = EnglishCheck.class.getResourceAsStream(file);
        if (in == null) {
            throw new IllegalStateException(file + " is missing from the classpath");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
