package org.w3id.dmkg.text;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the articles of a web archive (WARC or ARC, whole or gzipped record by record) with jwarc:
 * each HTTP 200 response with an HTML payload is read as an HTML page ({@link HtmlArticleReader}), its
 * target URI the article URL and the capture date the publication date when the page and its URL give
 * none. Other records are counted in {@link #summary()}, not reported one by one. A record that
 * cannot be parsed is reported with its byte offset; the reader then looks for the next record in a
 * file (a seekable channel), and stops in a stream. Pulls one record at a time, so a file of any size
 * is read in little memory. Not thread-safe.
 */
public final class WarcArticles implements Closeable {
    private final String origin;
    private final ReadableByteChannel channel;
    private final WarcReader reader;
    private final SkippedRecords skipped = new SkippedRecords();
    private int articles;
    private boolean ended;
    /** The offset of the last record parsed, -1 before the first. */
    private long last = -1;

    /** Reads from {@code channel}, which it closes; {@code origin} names the file in messages. */
    public WarcArticles(String origin, ReadableByteChannel channel) throws IOException {
        this.origin = origin;
        this.channel = channel;
        this.reader = new WarcReader(channel);
        reader.setLenient(true); // real crawls bend the header grammar; what matters is the payload
    }

    /** Reads a whole archive, then hands the summary line over as a warning. */
    public static void read(String origin, ReadableByteChannel channel, Consumer<SourceDocument> articles,
                            Consumer<InputProblem> problems) throws IOException {
        try (WarcArticles warc = new WarcArticles(origin, channel)) {
            while (warc.next(articles, problems)) {
                // each call reads one record
            }
            problems.accept(warc.summary());
        }
    }

    /**
     * Reads the next record, handing over its article or its problem.
     *
     * @return {@code false} at the end of the archive, or after a damage it cannot read past
     */
    public boolean next(Consumer<SourceDocument> out, Consumer<InputProblem> problems) throws IOException {
        if (ended) {
            return false;
        }
        boolean parsed = false;
        try {
            Optional<WarcRecord> record = reader.next();
            if (record.isEmpty()) {
                ended = true;
                return false;
            }
            parsed = true;
            last = reader.position();
            record(record.get(), last, out, problems);
            return true;
        } catch (IOException | RuntimeException e) {
            // jwarc throws unchecked exceptions on some malformed headers
            long at = parsed ? last : damagedAt();
            problems.accept(InputProblem.skipped(origin + "@" + at, damage(e, at != last || parsed)));
            ended = !resync(at);
            return !ended;
        }
    }

    /**
     * Where the record that failed to parse starts: the next record start after the last good one.
     * A stream cannot be searched, so there it is the last good record's offset, and the message says so.
     */
    private long damagedAt() {
        if (last < 0) {
            return 0;
        }
        long next = nextStart(last);
        return next < 0 ? last : next;
    }

    /** The next record start after {@code from}, or -1 when there is none or the input cannot be searched. */
    private long nextStart(long from) {
        if (!(channel instanceof SeekableByteChannel file)) {
            return -1;
        }
        try {
            return RecordStarts.after(file, from, reader.compression() == WarcCompression.GZIP);
        } catch (IOException e) {
            return -1;
        }
    }

    /** The warning that sums the archive up: {@code 12 articles, 30 records skipped (18 requests, ...)}. */
    public InputProblem summary() {
        return InputProblem.warning(origin, skipped.summary(articles));
    }

    private void record(WarcRecord record, long at, Consumer<SourceDocument> out,
                        Consumer<InputProblem> problems) throws IOException {
        byte[] page = HtmlResponses.page(record, skipped);
        if (page == null) {
            return;
        }
        WarcResponse response = (WarcResponse) record;
        List<SourceDocument> docs = new ArrayList<>(1);
        String where = origin + "@" + at;
        ArticleBytes.file(where, page, InputFormat.HTML, docs::add, problems);
        for (SourceDocument doc : docs) {
            if (doc.text().isBlank()) {
                skipped.add(SkippedRecords.NO_TEXT); // index pages, galleries: a crawl is full of them
            } else {
                articles++;
                out.accept(ArticleDating.captured(doc, response.target(), response.date() == null ? null
                        : LocalDate.ofInstant(response.date(), ZoneOffset.UTC)));
            }
        }
    }

    /** Moves to the next record after a damaged one at {@code at}, if the input can be searched. */
    private boolean resync(long at) {
        long next = nextStart(at);
        if (next < 0) {
            return false;
        }
        try {
            reader.position(next);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The one-line reason; {@code here} is false when the offset is that of the good record before it. */
    private static String damage(Exception e, boolean here) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        m = m.length() > 100 ? m.substring(0, 100) + "…" : m;
        String what = e instanceof EOFException ? "truncated record" : "corrupt record";
        return (here ? what : what + " after the one at this offset") + ": " + m;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        channel.close();
    }
}
