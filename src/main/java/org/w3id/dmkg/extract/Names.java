package org.w3id.dmkg.extract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normal forms of names used as lookup keys and identity keys. */
public final class Names {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");
    private static final Pattern POSSESSIVE = Pattern.compile("'s\\b");
    /** The characters besides ASCII that {@link #fold} maps to one character, in ASCII. */
    private static final String FOLDED_PUNCTUATION = "\u2018\u2019\u2010\u2013";

    private Names() {
    }

    /** Folds accents, curly quotes and runs of white space; keeps case. */
    public static String fold(String s) {
        if (plain(s)) {
            return s; // the common case on the hot path: nothing to fold
        }
        String t = s;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) > 127) {
                t = MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFD)).replaceAll("")
                        .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u2010', '-').replace('\u2013', '-');
                break;
            }
        }
        return SPACES.matcher(t).replaceAll(" ").strip();
    }

    /**
     * Where the run that starts at {@code from} and that {@link #fold} changes one character at a time ends,
     * at most {@code to}: printable ASCII and the curly quotes and dashes fold makes ASCII, without two spaces
     * in a row. A span of the run that neither starts nor ends with a space folds, and lower-cases, to a
     * string of its own length whose prefixes are the folded (lower-cased) prefixes of the span.
     */
    public static int plainEnd(String text, int from, int to) {
        char prev = 'x';
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c > 127 && FOLDED_PUNCTUATION.indexOf(c) < 0 || c < ' ' || c == ' ' && prev == ' ') {
                return i;
            }
            prev = c;
        }
        return to;
    }

    /** ASCII, single spaces only, no space at either end. */
    private static boolean plain(String s) {
        int n = s.length();
        if (n == 0 || s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') {
            return n == 0;
        }
        char prev = 'x';
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c > 127 || c < ' ' || c == ' ' && prev == ' ') {
                return false;
            }
            prev = c;
        }
        return true;
    }

    /** Lower-case folded form, for case-insensitive lookups. */
    public static String key(String s) {
        return fold(s).toLowerCase(Locale.ROOT);
    }

    /** A slug for IRIs: lower-case ASCII words joined by hyphens. */
    public static String slug(String s) {
        String t = NON_WORD.matcher(key(s)).replaceAll("-");
        t = EDGE_HYPHENS.matcher(t).replaceAll("");
        return t.isEmpty() ? "x" : t;
    }

    /** The words of a person's name for matching: folded, lower-case, without punctuation. */
    public static String[] words(String name) {
        String t = NON_WORD.matcher(POSSESSIVE.matcher(key(name)).replaceAll("")).replaceAll(" ").strip();
        return t.isEmpty() ? new String[0] : t.split(" ");
    }

    private static final Pattern SHOUTED = Pattern.compile("\\p{Lu}{2,}(?:-\\p{Lu}{2,})*");
    private static final Pattern ROMAN = Pattern.compile("[IVX]+");

    /**
     * A name as a label: a surname written in capitals beside a normally written name is set in title case
     * ("KISHIDA Fumio" to "Kishida Fumio"), and a comma before "Jr." dropped ("Joseph R. Biden Jr.").
     */
    public static String display(String name) {
        String n = name.replaceFirst(",\\s*([JS]r\\.?)$", " $1");
        String[] words = n.split(" ");
        boolean normal = false;
        for (String w : words) {
            normal |= !SHOUTED.matcher(w).matches() && w.chars().anyMatch(Character::isLowerCase);
        }
        if (!normal) {
            return n;
        }
        StringBuilder b = new StringBuilder(n.length());
        for (String w : words) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(SHOUTED.matcher(w).matches() && !ROMAN.matcher(w).matches() ? titleCase(w) : w);
        }
        return b.toString();
    }

    private static String titleCase(String w) {
        StringBuilder b = new StringBuilder(w.length());
        boolean start = true;
        for (char c : w.toCharArray()) {
            b.append(start ? c : Character.toLowerCase(c));
            start = c == '-';
        }
        return b.toString();
    }
}
