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
 * cent. Texts too short to judge pass. Stateless and thread-safe.
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
        int words = 0;
        int common = 0;
        long letters = 0;
        long latin = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!Character.isLetter(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(text.codePointAt(i))) {
                int c = text.codePointAt(i);
                letters++;
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                    latin++;
                }
                i += Character.charCount(c);
            }
            words++;
            if (i - start <= 7 && WORDS.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
                common++;
            }
        }
        if (letters >= MIN_WORDS && latin < letters * MIN_LATIN) {
            return "not English (mostly non-Latin script), skipped";
        }
        if (words >= MIN_WORDS && common < words * MIN_SHARE) {
            return String.format(Locale.ROOT, "not English (%.0f%% common English words), skipped",
                    100.0 * common / words);
        }
        return null;
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
