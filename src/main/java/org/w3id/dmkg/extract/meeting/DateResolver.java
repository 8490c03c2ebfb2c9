package org.w3id.dmkg.extract.meeting;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates in a sentence and resolves them against the article's reference date: absolute dates
 * in the common English forms, month and day without a year (the year that puts it nearest the
 * reference, or for past events the one before when that is more than a month ahead), weekdays (the
 * last such day on or before the reference for past events, the next on or after for planned ones),
 * "yesterday", "today", "tomorrow". Vague spans ("earlier this month") give nothing. Stateless;
 * thread-safe.
 */
public final class DateResolver {
    /** A date found in text with its character span (relative to the string searched). */
    public record Found(LocalDate date, int start, int end, boolean explicitYear) {
    }

    private static final String MONTH = "(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|"
            + "June?|July?|Aug(?:ust|\\.)?|Sep(?:t(?:ember|\\.)?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|"
            + "Dec(?:ember|\\.)?)";
    private static final Pattern MDY = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s*(\\d{4})\\b)?");
    private static final Pattern DMY = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\b(?:,?\\s*(\\d{4})\\b)?");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(?:(last|next|this|on)\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern RELATIVE = Pattern.compile("\\b(yesterday|today|tomorrow|tonight|this (?:morning|afternoon|evening))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    /** Every date in the text, in order of appearance; empty when the reference is unknown and none is absolute. */
    public List<Found> find(String text, LocalDate reference, boolean planned) {
        List<Found> out = new ArrayList<>();
        Matcher m = MDY.matcher(text);
        while (m.find()) {
            add(out, monthDay(month(m.group(1)), m.group(2), m.group(3), reference, planned), m);
        }
        m = DMY.matcher(text);
        while (m.find()) {
            add(out, monthDay(month(m.group(2)), m.group(1), m.group(3), reference, planned), m);
        }
        m = ISO.matcher(text);
        while (m.find()) {
            add(out, of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))), m);
        }
        if (reference != null) {
            m = WEEKDAY.matcher(text);
            while (m.find()) {
                add(out, weekday(m.group(2), m.group(1), reference, planned), m);
            }
            m = RELATIVE.matcher(text);
            while (m.find()) {
                String w = m.group(1).toLowerCase(Locale.ROOT);
                add(out, w.equals("yesterday") ? reference.minusDays(1)
                        : w.equals("tomorrow") ? reference.plusDays(1) : reference, m);
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /**
     * The dates of a sentence in an article that gives no reference date, told after an earlier full date
     * ({@code anchor}): absolute dates as {@link #find} gives them, and a weekday as the next such day on or
     * after the anchor, as an account of days told in order has it ("arrived on Monday afternoon, 30 January
     * 2006 ... On Tuesday morning"). Words relative to the day of writing ("yesterday", "today") give nothing.
     */
    public List<Found> findAfter(String text, LocalDate anchor) {
        List<Found> out = new ArrayList<>(find(text, null, false));
        if (anchor == null) {
            return out;
        }
        Matcher m = WEEKDAY.matcher(text);
        while (m.find()) {
            if (!"last".equals(m.group(1))) {
                add(out, weekday(m.group(2), null, anchor, true), m); // forward, as a planned meeting's
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static void add(List<Found> out, LocalDate date, Matcher m) {
        if (date == null) {
            return;
        }
        for (Found f : out) {
            if (m.start() < f.end() && f.start() < m.end()) {
                return;
            }
        }
        boolean year = m.groupCount() >= 3 && m.group(m.groupCount()) != null && m.group(m.groupCount()).length() == 4;
        out.add(new Found(date, m.start(), m.end(), year || m.pattern() == ISO));
    }

    private static int month(String word) {
        return MONTHS.get(word.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    /**
     * How many days after the reference a month and day without a year may fall and still be this year's in a report
     * of what happened: "Trump's July 25 call with Zelensky" in an article of February 2020 is the July of 2019.
     * A meeting told as planned takes the nearest year, before or after.
     */
    private static final int PAST_SLACK_DAYS = 31;

    private static LocalDate monthDay(int month, String day, String year, LocalDate reference, boolean planned) {
        int d = Integer.parseInt(day);
        if (year != null) {
            return of(Integer.parseInt(year), month, d);
        }
        if (reference == null) {
            return null;
        }
        LocalDate best = null;
        for (int y = reference.getYear() - 1; y <= reference.getYear() + 1; y++) {
            LocalDate c = of(y, month, d);
            if (c != null && (best == null || Math.abs(c.toEpochDay() - reference.toEpochDay())
                    < Math.abs(best.toEpochDay() - reference.toEpochDay()))) {
                best = c;
            }
        }
        if (!planned && best != null && best.isAfter(reference.plusDays(PAST_SLACK_DAYS))) {
            LocalDate before = of(best.getYear() - 1, month, d);
            return before != null ? before : best;
        }
        return best;
    }

    private static LocalDate weekday(String name, String modifier, LocalDate reference, boolean planned) {
        DayOfWeek day = DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
        if ("next".equals(modifier) || planned && !"last".equals(modifier)) {
            return reference.with(TemporalAdjusters.nextOrSame(day));
        }
        if ("last".equals(modifier)) {
            return reference.with(TemporalAdjusters.previous(day));
        }
        return reference.with(TemporalAdjusters.previousOrSame(day));
    }

    private static LocalDate of(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
