package org.w3id.dmkg.text;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a plain-text article. The text may open with a {@code url: <URL>} line and a
 * {@code  date YYYY-MM-DD <rest>} line; page boilerplate around the story is kept, as the
 * extractors cope with it. Stateless and thread-safe.
 *
 * <p>Only the {@code url:} line and the {@code  date YYYY-MM-DD} marker are removed; the rest of the
 * date line stays in the text because in real inputs it is as often the lead paragraph or a dateline
 * ({@code  date 2025-08-05 New Delhi [India], August 5 (ANI): President ...}) as a headline.
 */
public final class TextArticleParser {
    private static final Pattern URL_LINE = Pattern.compile("\\A\\s*url:[ \\t]*(\\S*)[ \\t]*(?:\\n|\\z)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_LINE = Pattern.compile("\\A\\s*date[ \\t]+(\\d{4}-\\d{2}-\\d{2})[ \\t]*");

    /** Longer than this, the rest of a date line is a paragraph, not a headline. */
    private static final int MAX_HEADLINE = 150;

    private TextArticleParser() {
    }

    /**
     * Parses one article.
     *
     * @param origin  where the text came from, for messages and provenance
     * @param content the decoded file content, any line endings
     * @return the article; its text is the content without the header markers, normalized
     */
    public static SourceDocument parse(String origin, String content) {
        String text = ArticleDating.normalize(content);
        String url = null;
        Matcher m = URL_LINE.matcher(text);
        if (m.find()) {
            url = m.group(1);
            text = text.substring(m.end());
        }
        LocalDate published = null;
        String headline = null;
        m = DATE_LINE.matcher(text);
        if (m.find()) {
            published = Months.isoDate(m.group(1));
            text = text.substring(m.end());
            int eol = text.indexOf('\n');
            headline = headline(eol < 0 ? text : text.substring(0, eol));
        }
        text = text.replaceFirst("\\A\\n+", "");
        return ArticleDating.complete(origin, url, headline, published, null, text);
    }

    /**
     * The rest of a date line when it reads like a headline: short, not a sentence ending in a
     * period, and not a dateline.
     */
    private static String headline(String rest) {
        String h = rest.strip();
        if (h.isEmpty() || h.length() > MAX_HEADLINE || h.endsWith(".")
                || DatelineFinder.find(h, null) != null) {
            return null;
        }
        return h;
    }
}
