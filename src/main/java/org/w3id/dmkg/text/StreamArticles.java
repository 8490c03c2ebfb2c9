package org.w3id.dmkg.text;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Reads the articles of one input stream (a file, gunzipped or not, or standard input) in its format:
 * the checks for binary and over-size content, then JSON Lines line by line, or one text or HTML
 * article. Stateless and thread-safe.
 */
final class StreamArticles {
    private StreamArticles() {
    }

    /** Reads one input stream, which supports mark and reset, in the given format. */
    static void read(InputStream in, String origin, InputFormat format,
                     Consumer<SourceDocument> articles, Consumer<InputProblem> problems) throws IOException {
        byte[] head = head(in);
        String binary = TextDecoder.binaryReason(head, head.length);
        if (binary != null) {
            problems.accept(InputProblem.skipped(origin, binary));
            return;
        }
        if (format == InputFormat.JSONL) {
            int[] seen = {0};
            JsonlArticleReader.read(origin, in, ArticleSource.MAX_ARTICLE_BYTES, doc -> {
                seen[0]++;
                articles.accept(doc);
            }, p -> {
                seen[0]++;
                problems.accept(p);
            });
            if (seen[0] == 0) {
                problems.accept(InputProblem.skipped(origin, "no text (whitespace only)"));
            }
            return;
        }
        ArticleBytes.file(origin, in.readNBytes(ArticleSource.MAX_ARTICLE_BYTES + 1), format, doc -> {
            if (doc.text().isBlank()) { // a page of scripts and navigation only
                problems.accept(InputProblem.skipped(origin, "no article text"));
            } else {
                articles.accept(doc);
            }
        }, problems);
    }

    /**
     * The first bytes of {@code in}, which is then reset to them. A damaged gzip stream gives the bytes
     * before the damage, which the reading that follows meets and reports after the lines before it.
     */
    private static byte[] head(InputStream in) throws IOException {
        in.mark(TextDecoder.SNIFF_BYTES);
        byte[] head = new byte[TextDecoder.SNIFF_BYTES];
        int n = 0;
        try {
            for (int r = 0; n < head.length && r >= 0; n += Math.max(r, 0)) {
                r = in.read(head, n, head.length - n);
            }
        } catch (CorruptInputException e) {
            if (n == 0) {
                throw e;
            } // else met again, and reported, when the text is read
        }
        in.reset();
        return Arrays.copyOf(head, n);
    }

    static InputProblem tooLarge(String origin) {
        return InputProblem.skipped(origin, "larger than " + ArticleSource.MAX_ARTICLE_BYTES / (1024 * 1024) + " MB, skipped");
    }

}
