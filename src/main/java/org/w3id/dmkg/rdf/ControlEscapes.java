package org.w3id.dmkg.rdf;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * An output stream over UTF-8 text that writes control characters as escapes, so that text an article
 * held (a terminal colour escape, BEL, NUL, the C1 controls) never reaches a terminal or a file raw, where
 * it could recolour the terminal, move its cursor, or make tools take the file for binary. The characters
 * escaped are Unicode's controls (U+0000-U+001F, U+007F-U+009F) but tab, line feed and carriage return,
 * which the writers escape themselves where they must and otherwise use as layout.
 *
 * <p>{@link Style#UCHAR} writes {@code \}{@code u001b}, which Turtle, TriG, N-Triples, N-Quads and SPARQL
 * (TSV results) read back as the character wherever Jena's writers put such a character (in strings and
 * IRIs), and JSON in its strings; in CSV it is text. {@link Style#XML} writes {@code &#x9b;}, for XML,
 * which can hold U+007F-U+009F as references (the C0 controls it cannot hold at all: {@link XmlChars}).
 * The bytes are filtered as they pass, without decoding: in UTF-8, a C0 control or DEL is one byte, a C1
 * control the two bytes {@code C2 80}-{@code C2 9F}, and neither byte occurs inside another character.
 * Not thread-safe.
 */
public final class ControlEscapes extends FilterOutputStream {
    /** How a control character is written. */
    public enum Style {
        /** {@code \}{@code u001b}: Turtle and its relatives, SPARQL, JSON, CSV. */
        UCHAR,
        /** {@code &#x1b;}: XML. */
        XML
    }

    private static final int C1_LEAD = 0xC2;

    private final Style style;
    private boolean pendingLead;

    private ControlEscapes(OutputStream out, Style style) {
        super(out);
        this.style = style;
    }

    /** {@code out} behind a filter that escapes control characters in the given style. */
    public static OutputStream escaping(OutputStream out, Style style) {
        return new ControlEscapes(out, style);
    }

    /**
     * {@code s} with its control characters but tab and line feed written as {@code \}{@code u001b}, for
     * a line of text on a terminal (a diagnostic naming a file, or quoting a value).
     */
    public static String escape(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = Character.isISOControl(c) && c != '\t' && c != '\n';
            if (control && b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (control) {
                b.append(String.format("\\u%04x", (int) c));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        int end = off + len;
        int run = off; // start of the bytes not yet written
        for (int i = off; i < end; i++) {
            int c = b[i] & 0xFF;
            if (pendingLead) {
                pendingLead = false;
                if (c >= 0x80 && c <= 0x9F) {
                    escape(c);
                    run = i + 1;
                    continue;
                }
                out.write(C1_LEAD);
            }
            if (c == C1_LEAD) {
                out.write(b, run, i - run);
                pendingLead = true;
                run = i + 1;
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                out.write(b, run, i - run);
                escape(c);
                run = i + 1;
            }
        }
        out.write(b, run, end - run);
    }

    /**
     * Flushes what was written but a UTF-8 lead byte {@code C2} at the very end, which waits for the byte
     * after it (writers flush whole characters, so it only waits there if a character was split).
     */
    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /** Writes a lead byte still waiting and flushes; the stream underneath is left open (it may be stdout). */
    @Override
    public void close() throws IOException {
        if (pendingLead) {
            pendingLead = false;
            out.write(C1_LEAD);
        }
        out.flush();
    }

    private void escape(int c) throws IOException {
        String e = style == Style.UCHAR ? String.format("\\u%04x", c) : String.format("&#x%x;", c);
        out.write(e.getBytes(StandardCharsets.US_ASCII));
    }
}
