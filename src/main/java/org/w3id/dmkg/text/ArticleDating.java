package org.w3id.dmkg.text;

import java.time.LocalDate;

/**
 * The step every reader ends with: finds the dateline and, when the input gave no publication date,
 * one in the URL or a time stamp in the text, then builds the {@link SourceDocument}. Stateless and thread-safe.
 */
final class ArticleDating {
    private ArticleDating() {
    }

    /**
     * Completes an article.
     *
     * @param published the publication date the input format gave (header line, metadata), or {@code null};
     *                  when null, the date the URL holds, else the time stamp in the head of the text, else
     *                  a dateline date with an explicit year
     * @param publisher the publisher the input named, or {@code null}; when null, the dateline's agency
     * @param text      the final article text, already normalized; dateline offsets point into it, its place
     *                  and agency are as the folded text ({@link FoldedText}) has them
     */
    static SourceDocument complete(String origin, String url, String headline, LocalDate published,
                                   String publisher, String text) {
        // found in the folded text, so that a no-break space or a direction mark does not hide them
        FoldedText folded = FoldedText.of(text);
        LocalDate date = published != null ? published : UrlDates.find(url);
        date = date != null ? date : TimeStampFinder.find(folded.text());
        Dateline dateline = folded.toOriginal(DatelineFinder.find(folded.text(), date));
        if (date == null && dateline != null) {
            date = dateline.date();
        }
        if (publisher == null && dateline != null) {
            publisher = dateline.agency();
        }
        return new SourceDocument(origin, blankToNull(url), blankToNull(headline), date, dateline,
                blankToNull(publisher), text);
    }

    /**
     * A web page's article as a crawl captured it: {@code url} (the address it was fetched from) is its
     * URL, and the capture date its date when neither the page nor the URL nor the text dates it, since
     * a crawl may fetch a page years after it was published.
     */
    static SourceDocument captured(SourceDocument doc, String url, LocalDate captured) {
        if (doc.published() != null) {
            return new SourceDocument(doc.origin(), url, doc.headline(), doc.published(), doc.dateline(),
                    doc.publisher(), doc.text());
        }
        SourceDocument dated = complete(doc.origin(), url, doc.headline(), null, doc.publisher(), doc.text());
        return dated.published() != null ? dated
                : complete(doc.origin(), url, doc.headline(), captured, doc.publisher(), doc.text());
    }

    /**
     * Normalizes text as every reader does: line endings become {@code \n}, trailing whitespace
     * is removed from every line and from the end, and leading blank lines are dropped, so that
     * the same article gives the same offsets whatever system wrote it.
     */
    static String normalize(String raw) {
        String unix = raw.replace("\r\n", "\n").replace('\r', '\n');
        String trimmedLines = unix.replaceAll("(?m)[ \\t\\x0B\\f\\u00A0]+$", "");
        return trimmedLines.replaceFirst("^\\n+", "").stripTrailing();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
