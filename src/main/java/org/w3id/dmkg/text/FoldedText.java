package org.w3id.dmkg.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;

/**
 * An article's text as the extractors read it, with the way back to the text as written. Unicode
 * lets one name be written in ways that look alike but differ in code points: a letter and its
 * accent apart ({@code a} + U+0301) or together ({@code á}), a no-break or narrow space for a space,
 * a non-breaking hyphen for a hyphen, direction marks and zero-width characters inside a word. The
 * folded text is the same for all of them, and it leaves out what only clutters a sentence:
 *
 * <ul>
 *   <li>every space separator (no-break, narrow no-break, figure, em, thin, ideographic ...) is a space,
 *       and the line and paragraph separators U+2028 and U+2029 are line breaks;</li>
 *   <li>the hyphens that are not U+002D (U+2010 hyphen, U+2011 non-breaking hyphen, U+2012 figure dash,
 *       U+2212 minus, U+FE63 and U+FF0D) are {@code -}; en and em dashes stay, being punctuation of
 *       their own; the modifier letter apostrophe U+02BC is the typographic apostrophe U+2019, which
 *       the extractors read as an apostrophe;</li>
 *   <li>format characters are removed: direction marks and embeddings, zero-width spaces and joiners,
 *       the word joiner, the soft hyphen, the byte-order mark;</li>
 *   <li>the result is in Unicode normalization form C (composed);</li>
 *   <li>the hover cards some sites put after a person's name (the full name glued to teaser headlines,
 *       closed by "MORE") are taken out ({@link HoverCards});</li>
 *   <li>in hard-wrapped text, a line break that only wraps a sentence is a space ({@link HardWraps}).</li>
 * </ul>
 *
 * <p>Control characters are left as they are. Every offset into the folded text maps back to the
 * original ({@link #originalStart}, {@link #originalEnd}) and forth ({@link #foldedOffset}), so that
 * what is found in the folded text is reported at its place in the original. Immutable; thread-safe.
 */
public final class FoldedText {
    private final String original;
    private final String text;
    /** For each folded character, where the original characters it stands for begin; null when unchanged. */
    private final int[] from;
    /** For each folded character, where the original characters it stands for end; null when unchanged. */
    private final int[] to;

    private FoldedText(String original, String text, int[] from, int[] to) {
        this.original = original;
        this.text = text;
        this.from = from;
        this.to = to;
    }

    /** The folded form of {@code original}, with its offset map. */
    public static FoldedText of(String original) {
        OffsetText folded = needsFolding(original) ? OffsetText.foldLookalikes(original).composed() : null;
        List<int[]> cards = HoverCards.find(folded != null ? folded.text() : original);
        if (!cards.isEmpty()) {
            folded = (folded != null ? folded : OffsetText.identity(original)).without(cards);
        }
        return folded == null ? new FoldedText(original, HardWraps.unwrap(original), null, null)
                : new FoldedText(original, HardWraps.unwrap(folded.text()), folded.from(), folded.to());
    }

    /** The folded form of a short string (a headline, a place name); null stays null. */
    public static String fold(String s) {
        return s == null ? null : of(s).text();
    }

    /** The text as the extractors read it. */
    public String text() {
        return text;
    }

    /** The text as written. */
    public String original() {
        return original;
    }

    /** Whether folding kept every offset: then each span lies at the same place in both texts. */
    public boolean unchanged() {
        return from == null;
    }

    /** Where a span that begins at {@code offset} of the folded text begins in the original. */
    public int originalStart(int offset) {
        if (from == null) {
            return offset;
        }
        check(offset);
        if (offset < from.length) {
            return from[offset];
        }
        return offset == 0 ? 0 : to[offset - 1];
    }

    /** Where a span that ends at {@code offset} of the folded text (exclusive) ends in the original. */
    public int originalEnd(int offset) {
        if (from == null) {
            return offset;
        }
        check(offset);
        return offset == 0 ? originalStart(0) : to[offset - 1];
    }

    /**
     * The offset of the folded text that corresponds to {@code offset} of the original: that of the first
     * folded character drawn from the original at or after it, else the end of the folded text.
     */
    public int foldedOffset(int offset) {
        if (from == null) {
            return offset;
        }
        if (offset < 0 || offset > original.length()) {
            throw new IndexOutOfBoundsException("offset " + offset + " of a text of " + original.length());
        }
        int i = Arrays.binarySearch(from, offset);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && from[i - 1] == offset) {
            i--;
        }
        return i;
    }

    /** A dateline found in the folded text, with its offsets into the original; null stays null. */
    public Dateline toOriginal(Dateline d) {
        return d == null || from == null ? d
                : new Dateline(d.place(), d.date(), d.agency(), originalStart(d.start()), originalEnd(d.end()));
    }

    /** A dateline of the original, with its offsets into the folded text and its words folded; null stays null. */
    public Dateline toFolded(Dateline d) {
        return d == null ? null : new Dateline(fold(d.place()), d.date(), fold(d.agency()),
                foldedOffset(d.start()), foldedOffset(d.end()));
    }

    /**
     * The article as the extractors read it: its text, headline, publisher and dateline folded, the
     * dateline's offsets into the folded text. {@code source} must be the article this text was folded from.
     */
    public SourceDocument document(SourceDocument source) {
        if (!source.text().equals(original)) {
            throw new IllegalArgumentException("not the text of " + source.origin());
        }
        return new SourceDocument(source.origin(), source.url(), fold(source.headline()), source.published(),
                toFolded(source.dateline()), fold(source.publisher()), text);
    }

    private void check(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IndexOutOfBoundsException("offset " + offset + " of a text of " + text.length());
        }
    }

    /** Whether any character is one folding changes: most texts need nothing. */
    private static boolean needsFolding(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (cp >= 0x80 && OffsetText.lookalike(cp) != cp) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return !Normalizer.isNormalized(s, Normalizer.Form.NFC);
    }
}
