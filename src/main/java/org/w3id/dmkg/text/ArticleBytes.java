package org.w3id.dmkg.text;

import java.util.function.Consumer;

/**
 * Reads one article from content already fetched by someone else (a distributed file system, a
 * message), with the same checks, decoding and parsing as {@link ArticleSource} applies to a file:
 * empty, binary and over-size content is reported, text is UTF-8, UTF-16 with a byte-order mark or
 * Windows-1252, and the format decides the parser. Stateless and thread-safe.
 */
public final class ArticleBytes {
    private ArticleBytes() {
    }

    /**
     * Reads the whole content of one text or HTML file.
     *
     * @param origin   where the bytes came from, for problems and provenance
     * @param bytes    the file's bytes; more than {@link ArticleSource#MAX_ARTICLE_BYTES} are refused
     * @param format   {@link InputFormat#TEXT} or {@link InputFormat#HTML}
     * @param articles receives the article, if there is one
     * @param problems receives why there is none, and warnings about the one there is
     */
    public static void file(String origin, byte[] bytes, InputFormat format,
                            Consumer<SourceDocument> articles, Consumer<InputProblem> problems) {
        if (format == InputFormat.JSONL) {
            throw new IllegalArgumentException("JSON Lines are read line by line: use jsonLine");
        }
        if (bytes.length > ArticleSource.MAX_ARTICLE_BYTES) {
            problems.accept(StreamArticles.tooLarge(origin));
            return;
        }
        String binary = TextDecoder.binaryReason(bytes, Math.min(bytes.length, TextDecoder.SNIFF_BYTES));
        if (binary != null) {
            problems.accept(InputProblem.skipped(origin, binary));
            return;
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        if (decoded.text().isBlank()) {
            problems.accept(InputProblem.skipped(origin, "no text (whitespace only)"));
            return;
        }
        if (decoded.warning() != null) {
            problems.accept(InputProblem.warning(origin, decoded.warning()));
        }
        articles.accept(format == InputFormat.HTML ? HtmlArticleReader.parse(origin, decoded.text())
                : TextArticleParser.parse(origin, decoded.text()));
    }

    /**
     * Reads one line of a JSON Lines file, as {@link JsonlArticleReader} does; a blank line is no
     * article and no problem.
     *
     * @param origin where the line came from ({@code file.jsonl:17}, {@code file.jsonl@2048})
     */
    public static void jsonLine(String origin, String line,
                                Consumer<SourceDocument> articles, Consumer<InputProblem> problems) {
        if (line.isBlank()) {
            return;
        }
        SourceDocument doc = JsonlArticleReader.parseLine(origin, line, problems);
        if (doc != null) {
            articles.accept(doc);
        }
    }
}
