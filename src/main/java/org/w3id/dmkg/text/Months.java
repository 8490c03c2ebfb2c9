package org.w3id.dmkg.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** English month names and abbreviations as they appear in news time stamps and datelines. */
final class Months {
    /**
     * A regular-expression alternative matching an English month name or abbreviation of {@link CalendarWords}
     * ("Feb", "Feb.", "Sept", "February"), without the trailing period. Longest names first so that
     * "June" is not read as "Jun" followed by a stray "e".
     */
    static final String PATTERN = Stream.concat(CalendarWords.MONTHS.stream(),
                    CalendarWords.MONTH_ABBREVIATIONS.stream())
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .collect(Collectors.joining("|", "(?:", ")"));

    private static final String[] PREFIXES = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec"};

    /**
     * Month names of other languages that English-language sites still print in their time stamps
     * ("23 декабря 2014, 20:33"): Russian (genitive), French, Spanish, German; January to December.
     */
    private static final String[][] FOREIGN = {
        {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
            "декабря"},
        {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
            "décembre"},
        {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
            "noviembre", "diciembre"},
        {"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
            "dezember"}};

    /** A regular-expression alternative matching any of the {@link #FOREIGN} month names. */
    static final String FOREIGN_PATTERN = foreignPattern();

    private Months() {
    }

    private static String foreignPattern() {
        StringBuilder b = new StringBuilder("(?:");
        for (String[] language : FOREIGN) {
            for (String month : language) {
                b.append(b.length() > 3 ? "|" : "").append(month);
            }
        }
        return b.append(')').toString();
    }

    /** The month number (1-12) of a name matched by {@link #PATTERN} or {@link #FOREIGN_PATTERN}, or 0. */
    static int number(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        for (String[] language : FOREIGN) {
            for (int i = 0; i < language.length; i++) {
                if (language[i].equals(key)) {
                    return i + 1;
                }
            }
        }
        for (int i = 0; i < PREFIXES.length; i++) {
            if (key.startsWith(PREFIXES[i])) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The date, or {@code null} when the parts do not form one (e.g. 31 February). */
    static LocalDate date(int year, String month, String day) {
        try {
            return LocalDate.of(year, number(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /**
     * A leading {@code YYYY-MM-DD} of an ISO date or date-time ({@code 2025-03-01T09:22:00+08:00}),
     * or {@code null} when {@code value} does not start with one.
     */
    static LocalDate isoDate(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.length() < 10 || !v.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}")) {
            return null;
        }
        try {
            return LocalDate.parse(v.substring(0, 10));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
