package org.w3id.dmkg.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names compared as a reader compares them: case, accents and punctuation ignored, whole name parts
 * required. "Erdogan" is in "Recep Tayyip Erdoğan", "sanchez" in "Pedro Sánchez", "Xi" in
 * "Xi Jinping" but not in "Ding Xuexiang". Stateless, thread-safe.
 */
public final class NameParts {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private NameParts() {
    }

    /** {@code s} without combining accents, case kept: "Erdoğan" becomes "Erdogan". */
    public static String stripAccents(String s) {
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    }

    /**
     * The parts of a name as they are compared: lower case (first, so that a capital with a dot such as
     * "İ" folds too), without accents, each run of characters other than letters and digits one space,
     * with a space on either side: " recep tayyip erdogan ". Letters that carry no separable accent in
     * Unicode are folded too (ı, ł, ø, đ, ß, æ, œ), as people type them without.
     */
    public static String of(String name) {
        String folded = stripAccents(name.toLowerCase(Locale.ROOT));
        StringBuilder b = new StringBuilder(folded.length() + 2).append(' ');
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            b.append(switch (c) {
                case 'ı' -> "i";
                case 'ł' -> "l";
                case 'ø' -> "o";
                case 'đ' -> "d";
                case 'ß' -> "ss";
                case 'æ' -> "ae";
                case 'œ' -> "oe";
                default -> String.valueOf(c);
            });
        }
        return NON_WORD.matcher(b.append(' ')).replaceAll(" ");
    }

    /** Whether {@code name} holds the whole parts of {@code wanted}, in order; never when {@code wanted} has none. */
    public static boolean contains(String name, String wanted) {
        String parts = of(wanted);
        return !parts.isBlank() && of(name).contains(parts);
    }
}
