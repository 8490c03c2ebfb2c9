package org.w3id.dmkg.text;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the publication time stamp that news pages print near the top: {@code 09:22, March 01, 2025},
 * {@code Updated: Nov 13,2014 10:20 PM}, {@code March 27, 2018}, {@code 2023-11-09 14:05},
 * {@code Published: 09 November 2023}, and at the foot of a page a line opening with such a keyword. Stateless
 * and thread-safe.
 */
final class TimeStampFinder {
    /** Only the head of a page carries its time stamp; later dates are events the article reports. */
    static final int MAX_LINES = 15;
    static final int MAX_CHARS = 1500;

    /**
     * A line longer than this is running prose, where a date is an event ("met on Nov. 13, 2014"),
     * not a stamp, unless a keyword such as "Updated" announces it.
     */
    private static final int STAMP_LINE_LENGTH = 100;

    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b(" + Months.PATTERN + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s*(\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})\\.?\\s+(" + Months.PATTERN + "|" + Months.FOREIGN_PATTERN + ")\\.?,?\\s+(\\d{4})\\b",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})(?:[ T]\\d{1,2}:\\d{2})?\\b");
    /** "2013-4-13 17:56:56", "2023.04.14 23:27": year first, one- or two-digit month and day. */
    private static final Pattern YEAR_FIRST = Pattern.compile("\\b((?:19|20)\\d{2})([-.])(\\d{1,2})\\2(\\d{1,2})\\b");
    /** A line holding only a Unix time in seconds or milliseconds ("1591780719000"). */
    private static final Pattern EPOCH = Pattern.compile("^(1\\d{9})(\\d{3})?$");
    /** The page's own clock ("Today is Dec. 9, 2016"), which dates the visit, not the article. */
    private static final Pattern TODAY = Pattern.compile("(?i)^(?:today|now)\\b");
    private static final Pattern FOOT_KEYWORD = Pattern.compile("(?i)(?:first |last )?(?:updated|published|posted|released)\\b");
    private static final Pattern KEYWORD = Pattern.compile("(?i)\\b(?:updated|published|posted|released)\\b");

    private TimeStampFinder() {
    }

    /**
     * The date of the time stamp in the head of {@code text}: the first one a keyword announces
     * ("Updated:", "Published"), else the first one, leaving out the page's own clock ("Today is ...");
     * {@code null} when there is none.
     */
    static LocalDate find(String text) {
        String head = text.substring(0, Math.min(text.length(), MAX_CHARS));
        String[] lines = head.split("\n", MAX_LINES + 1);
        LocalDate first = null;
        for (int i = 0; i < Math.min(lines.length, MAX_LINES); i++) {
            String line = lines[i].strip();
            boolean keyword = KEYWORD.matcher(line).find();
            if (line.length() > STAMP_LINE_LENGTH && !keyword || TODAY.matcher(line).find()) {
                continue;
            }
            LocalDate date = inLine(line);
            if (date != null && keyword) {
                return date;
            }
            first = first == null ? date : first;
        }
        return first != null ? first : foot(text);
    }

    /**
     * A stamp that opens a short line among the last lines of a page ("Published 30 June 2011", "Last
     * updated: ..."), where some sites print it instead of at the head; null when there is none.
     */
    private static LocalDate foot(String text) {
        String tail = text.substring(Math.max(0, text.length() - MAX_CHARS));
        String[] lines = tail.split("\n");
        for (int i = lines.length - 1; i >= Math.max(0, lines.length - MAX_LINES); i--) {
            String line = lines[i].strip();
            if (line.length() <= STAMP_LINE_LENGTH && FOOT_KEYWORD.matcher(line).lookingAt()) {
                LocalDate date = inLine(line);
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }

    private static LocalDate inLine(String line) {
        Matcher m = MONTH_DAY_YEAR.matcher(line);
        if (m.find()) {
            LocalDate d = Months.date(Integer.parseInt(m.group(3)), m.group(1), m.group(2));
            if (d != null) {
                return d;
            }
        }
        m = DAY_MONTH_YEAR.matcher(line);
        if (m.find()) {
            LocalDate d = Months.date(Integer.parseInt(m.group(3)), m.group(2), m.group(1));
            if (d != null) {
                return d;
            }
        }
        m = ISO.matcher(line);
        if (m.find()) {
            return Months.isoDate(m.group(1));
        }
        m = YEAR_FIRST.matcher(line);
        if (m.find()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        m = EPOCH.matcher(line);
        return m.find() ? java.time.Instant.ofEpochSecond(Long.parseLong(m.group(1)))
                .atZone(java.time.ZoneOffset.UTC).toLocalDate() : null;
    }
}
