package org.w3id.dmkg.link;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.w3id.dmkg.text.NameParts;

/** Folds names and role labels for comparison: accents removed, case ignored. Stateless. */
final class NameKeys {
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private NameKeys() {
    }

    /** {@code s} without combining accents, case kept: "Erdoğan" becomes "Erdogan". */
    static String stripAccents(String s) {
        return NameParts.stripAccents(s);
    }

    /** The comparison key of a name: accents stripped, lower case, spaces collapsed. */
    static String key(String s) {
        return String.join(" ", words(s));
    }

    /** The words of {@code s}, accents stripped and lower-cased; punctuation separates words. */
    static List<String> words(String s) {
        String folded = stripAccents(s).toLowerCase(Locale.ROOT).strip();
        return Arrays.stream(NON_WORD.split(folded)).filter(w -> !w.isEmpty()).toList();
    }
}
