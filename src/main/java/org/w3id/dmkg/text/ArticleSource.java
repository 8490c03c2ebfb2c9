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
            public void file(Path path, String origin, InputFormat format, boolean listed) {
                boolean gzip = InputFormat.gzipped(origin);
                // the size of the file opened, not of whatever the path names by now
                try (SeekableByteChannel ch = listed ? RegularFileOpen.open(path) : Files.newByteChannel(path)) {
                    if (format == InputFormat.WARC) { // jwarc reads gzip itself, record by record
                        WarcArticles.read(origin, ch, counting, problems);
                        return;
                    }
                    if (format != InputFormat.JSONL && !gzip && ch.size() > MAX_ARTICLE_BYTES) {
                        problems.accept(StreamArticles.tooLarge(origin));
                        return;
                    }
                    InputStream raw = Channels.newInputStream(ch);
                    StreamArticles.read(new BufferedInputStream(gzip ? GunzipStream.open(raw) : raw), origin, format,
                            counting, problems);
                } catch (RegularFileOpen.NotRegularFile e) {
                    problems.accept(InputProblem.skipped(origin, RegularFileOpen.NOT_REGULAR));
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
                    StreamArticles.read(in, "-", TextDecoder.startsWithBrace(in) ? InputFormat.JSONL : InputFormat.TEXT,
                            counting, problems);
                } catch (IOException e) {
                    problems.accept(InputProblem.skipped("-", "cannot read: " + describe(e)));
                }
            }
        }, problems).walk(inputs);
        return count[0];
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
