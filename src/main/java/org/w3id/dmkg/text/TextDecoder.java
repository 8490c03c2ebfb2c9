package org.w3id.dmkg.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of one input into text, or says why they are not text.
 * Stateless and thread-safe.
 */
final class TextDecoder {
    /** How many leading bytes are inspected for signs of binary content. */
    static final int SNIFF_BYTES = 8192;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Decoded text, with a warning when the encoding had to be guessed. */
    record Decoded(String text, String warning) {
    }

    private TextDecoder() {
    }

    /**
     * Why {@code head} (the first bytes of an input) cannot be an article, or {@code null} when it may be.
     * Checks common magic numbers and NUL or control bytes; a UTF-16 byte-order mark is text.
     */
    static String binaryReason(byte[] head, int length) {
        if (length == 0) {
            return "empty file";
        }
        if (utf16(head, length) != null) {
            return null;
        }
        if (startsWith(head, length, 0xFF, 0xD8, 0xFF) || startsWith(head, length, 0x89, 'P', 'N', 'G')
                || startsWith(head, length, 'P', 'K', 3, 4) || startsWith(head, length, 'G', 'I', 'F', '8')
                || startsWith(head, length, '%', 'P', 'D', 'F') || startsWith(head, length, 0x1F, 0x8B)) {
            return "binary file, not an article";
        }
        if (utf16WithoutBom(head, length) != null) {
            return null;
        }
        int n = Math.min(length, SNIFF_BYTES);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int b = head[i] & 0xFF;
            if (b == 0) {
                return "binary file, not an article";
            }
            // tab, newline, form feed and carriage return are normal in text; other controls are not
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                controls++;
            }
        }
        return controls * 10 > n ? "binary file, not an article" : null;
    }

    /**
     * Decodes {@code bytes}: a byte-order mark (UTF-8, UTF-16LE/BE) wins; then UTF-16 recognised by
     * its zero bytes, with a warning; otherwise UTF-8, and when
     * the bytes are not valid UTF-8, Windows-1252 (a superset of Latin-1) with a warning.
     */
    static Decoded decode(byte[] bytes) {
        Charset bom = utf16(bytes, bytes.length);
        if (bom != null) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, bom), null);
        }
        Charset guessed = utf16WithoutBom(bytes, Math.min(bytes.length, SNIFF_BYTES));
        if (guessed != null) {
            return new Decoded(new String(bytes, guessed), "no byte-order mark; read as " + guessed);
        }
        int skip = startsWith(bytes, bytes.length, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
            return new Decoded(text, null);
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, skip, bytes.length - skip, WINDOWS_1252),
                    "not UTF-8; read as Windows-1252");
        }
    }

    /** Whether the stream's first non-blank byte is {@code {}, i.e. standard input carries JSON Lines. */
    static boolean startsWithBrace(InputStream in) throws IOException {
        in.mark(SNIFF_BYTES);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        int i = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB ? 3 : 0;
        while (i < head.length && Character.isWhitespace(head[i])) {
            i++;
        }
        return i < head.length && head[i] == '{';
    }

    private static Charset utf16(byte[] b, int length) {
        if (startsWith(b, length, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        if (startsWith(b, length, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /**
     * UTF-16 saved without a byte-order mark, recognised by its zero bytes: in Latin-script text
     * one byte of every pair is zero, always the same one, and the other never is.
     */
    private static Charset utf16WithoutBom(byte[] b, int length) {
        int pairs = length / 2;
        int[] zeros = new int[2];
        for (int i = 0; i < pairs * 2; i++) {
            if (b[i] == 0) {
                zeros[i % 2]++;
            }
        }
        if (pairs < 8 || Math.min(zeros[0], zeros[1]) > 0 || Math.max(zeros[0], zeros[1]) < pairs * 0.6) {
            return null;
        }
        return zeros[1] > 0 ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
    }

    private static boolean startsWith(byte[] b, int length, int... magic) {
        if (length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
