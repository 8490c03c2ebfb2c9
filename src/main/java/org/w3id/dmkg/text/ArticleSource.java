package org.w3id.dmkg.text;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads articles from the inputs a user names (files, directories, {@code -} for standard input) and
 * hands them over one at a time, never holding more than one article in memory. A problem with one
 * input is reported and the others are still read. Not thread-safe; use one instance per reading run.
 *
 * <pre>{@code
 * new ArticleSource().read(List.of("data/articles", "-"), pipeline::process, p -> err.println(p));
 * }</pre>
 */
public final class ArticleSource {
    /** The largest article read, in bytes of input (one file, or one JSONL line): 5 MB. */
    public static final int MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

    private final InputStream stdin;

    /** A source whose {@code -} input is {@link System#in}. */
    public ArticleSource() {
        this(System.in);
    }

    /** A source whose {@code -} input is {@code stdin}; it is read, not closed. */
    public ArticleSource(InputStream stdin) {
        this.stdin = Objects.requireNonNull(stdin, "stdin");
    }

    /**
     * Reads every input in order.
     *
     * @param inputs   paths of files or directories, or {@code -}
     * @param articles receives each article as soon as it is read, if English ({@link EnglishCheck})
     * @param problems receives each problem, one line each; {@link InputProblem#fatal()} ones skipped an input
     * @return how many articles were handed over
     */
    public int read(List<String> inputs, Consumer<SourceDocument> articles, Consumer<InputProblem> problems) {
        int[] count = {0};
        Consumer<SourceDocument> counting = EnglishCheck.only(doc -> {
            count[0]++;
            articles.accept(doc);
        }, problems);
        new InputWalker(new InputWalker.Visitor() {
            @Override
            public void file(Path path, String origin, InputFormat format) {
                boolean gzip = InputFormat.gzipped(origin);
                // the size of the file opened, not of whatever the path names by now
                try (SeekableByteChannel ch = Files.newByteChannel(path)) {
                    if (format == InputFormat.WARC) { // jwarc reads gzip itself, record by record
                        WarcArticles.read(origin, ch, counting, problems);
                        return;
                    }
                    if (format != InputFormat.JSONL && !gzip && ch.size() > MAX_ARTICLE_BYTES) {
                        problems.accept(tooLarge(origin));
                        return;
                    }
                    InputStream raw = Channels.newInputStream(ch);
                    read(new BufferedInputStream(gzip ? GunzipStream.open(raw) : raw), origin, format, counting, problems);
                } catch (CorruptInputException e) {
                    problems.accept(InputProblem.skipped(origin, e.getMessage()));
                } catch (NoSuchFileException e) {
                    // the walker saw it a moment ago
                    problems.accept(InputProblem.skipped(origin, Files.isSymbolicLink(path)
                            ? InputWalker.BROKEN_LINK : InputWalker.VANISHED));
                } catch (IOException e) {
                    problems.accept(InputProblem.skipped(origin, "cannot read: " + describe(e)));
                }
            }

            @Override
            public void stdin() {
                try {
                    InputStream in = new BufferedInputStream(stdin);
                    read(in, "-", TextDecoder.startsWithBrace(in) ? InputFormat.JSONL : InputFormat.TEXT, counting, problems);
                } catch (IOException e) {
                    problems.accept(InputProblem.skipped("-", "cannot read: " + describe(e)));
                }
            }
        }, problems).walk(inputs);
        return count[0];
    }

    /** Reads one input stream, which supports mark and reset, in the given format. */
    private static void read(InputStream in, String origin, InputFormat format,
                             Consumer<SourceDocument> articles, Consumer<InputProblem> problems) throws IOException {
        byte[] head = head(in);
        String binary = TextDecoder.binaryReason(head, head.length);
        if (binary != null) {
            problems.accept(InputProblem.skipped(origin, binary));
            return;
        }
        if (format == InputFormat.JSONL) {
            int[] seen = {0};
            JsonlArticleReader.read(origin, in, MAX_ARTICLE_BYTES, doc -> {
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
        byte[] bytes = in.readNBytes(MAX_ARTICLE_BYTES + 1);
        if (bytes.length > MAX_ARTICLE_BYTES) {
            problems.accept(tooLarge(origin));
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
        SourceDocument doc = format == InputFormat.HTML ? HtmlArticleReader.parse(origin, decoded.text())
                : TextArticleParser.parse(origin, decoded.text());
        if (doc.text().isBlank()) { // a page of scripts and navigation only
            problems.accept(InputProblem.skipped(origin, "no article text"));
            return;
        }
        articles.accept(doc);
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

    private static InputProblem tooLarge(String origin) {
        return InputProblem.skipped(origin, "larger than " + MAX_ARTICLE_BYTES / (1024 * 1024) + " MB, skipped");
    }

    /** A short reason for an I/O failure, without the path the message already names. */
    static String describe(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
