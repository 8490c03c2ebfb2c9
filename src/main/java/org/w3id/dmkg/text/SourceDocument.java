package org.w3id.dmkg.text;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One article as read from its source, before any analysis.
 *
 * @param origin    where it came from, for messages and provenance (a path, {@code path:line}, {@code -})
 * @param url       the source URL the input names, or {@code null}
 * @param headline  the headline, or {@code null} when none is known
 * @param published the publication date, or {@code null}
 * @param dateline  the dateline found in the text, or {@code null}
 * @param publisher the publishing outlet or agency when the input names one, or {@code null}
 * @param text      the article body as read; every character offset dmkg writes to the graph (evidence spans)
 *                  is into this string. The extractors read it folded ({@link FoldedText}), and map back
 */
public record SourceDocument(String origin, String url, String headline, LocalDate published,
                             Dateline dateline, String publisher, String text) {
    public SourceDocument {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(text, "text");
    }

    /** The date the article speaks from: the dateline's date, else the publication date, else null. */
    public LocalDate referenceDate() {
        if (dateline != null && dateline.date() != null) {
            return dateline.date();
        }
        return published;
    }
}
