package org.w3id.dmkg.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication date many news sites write into an article's URL: {@code /2006/09/13/},
 * {@code /2024-11-07/}, {@code /2016-01/07/}, {@code /2022/0226/}, {@code ?ud=20111019000244}. Only a
 * whole date (year, month and day) counts. Stateless and thread-safe.
 */
final class UrlDates {
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("(?<![0-9])((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?![0-9])"),
            Pattern.compile("/((?:19|20)\\d{2})/(\\d{2})(\\d{2})/"),
            Pattern.compile("(?<![0-9])((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:\\d{6})?(?![0-9])"));

    private UrlDates() {
    }

    /** The date in the URL, or null when it holds none (or the URL is null). */
    static LocalDate find(String url) {
        if (url == null) {
            return null;
        }
        for (Pattern p : PATTERNS) {
            Matcher m = p.matcher(url);
            while (m.find()) {
                try {
                    return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)));
                } catch (DateTimeException e) {
                    // digits shaped like a date that are none: look further
                }
            }
        }
        return null;
    }
}
