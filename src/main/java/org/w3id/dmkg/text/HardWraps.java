package org.w3id.dmkg.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The line breaks of a hard-wrapped text that fall inside a sentence, which the extractors read as
 * spaces. Plain-text releases and archives
 * often break every line near a fixed width; there a break after a full-width line that does not end a
 * sentence is only wrapping ("President Lula da\nSilva"), while a break after punctuation or a short line
 * (a heading, a paragraph's end) still ends one. A text counts as hard-wrapped when its lines are short
 * (nine in ten at most {@value #MAX_WIDTH} characters) and most full-width lines run on into the next.
 * Stateless.
 */
final class HardWraps {
    private static final int MAX_WIDTH = 100;
    private static final int MIN_WIDTH = 40;
    private static final int MIN_LINES = 6;
    /** How many full-width lines must run on before the text is taken for hard-wrapped. */
    private static final int MIN_RUN_ONS = 4;
    private static final double FULL = 0.75;
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?:;\"\u201d\u2019)\\]]\\s*$");

    private HardWraps() {
    }

    /** The text with every line break that only wraps a sentence made a space: same length, same offsets. */
    static String unwrap(String text) {
        int[] wraps = find(text);
        if (wraps.length == 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int at : wraps) {
            chars[at] = ' ';
        }
        return new String(chars);
    }

    /** The offsets of the line breaks that only wrap a sentence, ascending; empty unless the text is hard-wrapped. */
    static int[] find(String text) {
        String[] lines = text.split("\n", -1);
        int width = width(lines);
        if (width < MIN_WIDTH || width > MAX_WIDTH) {
            return new int[0];
        }
        List<Integer> runOns = new ArrayList<>();
        int full = 0;
        int offset = 0;
        for (int i = 0; i + 1 < lines.length; i++) {
            String line = lines[i];
            offset += line.length();
            if (!line.isBlank() && line.length() >= FULL * width) {
                full++;
                if (!lines[i + 1].isBlank() && !ENDS_SENTENCE.matcher(line).find()) {
                    runOns.add(offset);
                }
            }
            offset++;
        }
        if (runOns.size() < MIN_RUN_ONS || runOns.size() < full / 2.0) {
            return new int[0];
        }
        return runOns.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The length nine in ten non-blank lines do not exceed, or 0 for too few lines to tell. */
    private static int width(String[] lines) {
        int[] lengths = Arrays.stream(lines).filter(l -> !l.isBlank()).mapToInt(String::length).sorted().toArray();
        return lengths.length < MIN_LINES ? 0 : lengths[(int) (0.9 * (lengths.length - 1))];
    }
}
