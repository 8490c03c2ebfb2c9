package org.w3id.dmkg.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;

/**
 * A text with, for each of its characters, the stretch {@code [from, to)} of an original text it stands
 * for: the steps of {@link FoldedText}, each keeping the way back. Immutable by convention (the
 * arrays are not copied); package-private.
 */
record OffsetText(String text, int[] from, int[] to) {
    /** {@link #lookalike} of a character folding removes. */
    static final int REMOVED = -1;

    /** What a code point folds to: a space, a line break, a hyphen, an apostrophe, itself, or {@link #REMOVED}. */
    static int lookalike(int cp) {
        switch (cp) {
            case '\u2028', '\u2029':
                return '\n';
            case '\u2010', '\u2011', '\u2012', '\u2212', '\uFE63', '\uFF0D':
                return '-';
            case '\u02BC':
                return '\u2019';
            default:
                int type = Character.getType(cp);
                return type == Character.SPACE_SEPARATOR ? ' ' : type == Character.FORMAT ? REMOVED : cp;
        }
    }

    /** The text with every look-alike folded ({@link #lookalike}), each character mapped to where it was. */
    static OffsetText foldLookalikes(String original) {
        int n = original.length();
        StringBuilder out = new StringBuilder(n);
        int[] from = new int[n];
        int[] to = new int[n];
        int i = 0;
        while (i < n) {
            int cp = original.codePointAt(i);
            int len = Character.charCount(cp);
            int folded = cp < 0x80 ? cp : lookalike(cp);
            if (folded == cp) {
                for (int k = 0; k < len; k++) {
                    from[out.length()] = i + k;
                    to[out.length()] = i + k + 1;
                    out.append(original.charAt(i + k));
                }
            } else if (folded != REMOVED) {
                from[out.length()] = i;
                to[out.length()] = i + len;
                out.appendCodePoint(folded);
            }
            i += len;
        }
        return new OffsetText(out.toString(), Arrays.copyOf(from, out.length()), Arrays.copyOf(to, out.length()));
    }

    /** A text standing for itself, character by character. */
    static OffsetText identity(String original) {
        int n = original.length();
        int[] from = new int[n];
        int[] to = new int[n];
        for (int i = 0; i < n; i++) {
            from[i] = i;
            to[i] = i + 1;
        }
        return new OffsetText(original, from, to);
    }

    /** This text without the stretches {@code [start, end)} given in order and apart, the rest mapped as before. */
    OffsetText without(List<int[]> stretches) {
        StringBuilder out = new StringBuilder(text.length());
        int[] outFrom = new int[text.length()];
        int[] outTo = new int[text.length()];
        int kept = 0;
        int at = 0;
        for (int[] s : stretches) {
            for (int i = at; i < s[0]; i++, kept++) {
                outFrom[kept] = from[i];
                outTo[kept] = to[i];
            }
            out.append(text, at, s[0]);
            at = s[1];
        }
        for (int i = at; i < text.length(); i++, kept++) {
            outFrom[kept] = from[i];
            outTo[kept] = to[i];
        }
        out.append(text, at, text.length());
        return new OffsetText(out.toString(), Arrays.copyOf(outFrom, kept), Arrays.copyOf(outTo, kept));
    }

    /**
     * This text in normalization form C. The text is composed piece by piece, each piece a character
     * with the marks and the characters that compose with it, so that every composed character maps to
     * the stretch its piece came from.
     */
    OffsetText composed() {
        if (Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return this;
        }
        int n = text.length();
        StringBuilder out = new StringBuilder(n);
        int[] outFrom = new int[n + 16];
        int[] outTo = new int[n + 16];
        int i = 0;
        while (i < n) {
            int j = pieceEnd(i);
            String piece = text.substring(i, j);
            String nfc = Normalizer.normalize(piece, Normalizer.Form.NFC);
            if (out.length() + nfc.length() > outFrom.length) {
                outFrom = Arrays.copyOf(outFrom, 2 * outFrom.length + nfc.length());
                outTo = Arrays.copyOf(outTo, outFrom.length);
            }
            boolean same = nfc.equals(piece);
            for (int k = 0; k < nfc.length(); k++) {
                outFrom[out.length() + k] = same ? from[i + k] : from[i];
                outTo[out.length() + k] = same ? to[i + k] : to[j - 1];
            }
            out.append(nfc);
            i = j;
        }
        return new OffsetText(out.toString(), Arrays.copyOf(outFrom, out.length()), Arrays.copyOf(outTo, out.length()));
    }

    /**
     * Where the piece that starts at {@code i} ends: after the marks that follow its first character and
     * any other character that composes with what precedes it (Hangul vowels and finals, for one).
     * Nothing below U+0300 composes with, or is reordered around, what precedes it.
     */
    private int pieceEnd(int i) {
        int n = text.length();
        int j = i + Character.charCount(text.codePointAt(i));
        while (j < n) {
            int cp = text.codePointAt(j);
            if (cp < 0x300) {
                break;
            }
            int k = j + Character.charCount(cp);
            if (!isMark(cp) && nfc(text.substring(i, k)).equals(nfc(text.substring(i, j)) + nfc(text.substring(j, k)))) {
                break;
            }
            j = k;
        }
        return j;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
