package org.w3id.dmkg.text;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The English names of months and weekdays as news writes them, full and abbreviated, for the stages that must
 * not read them as names ("Jun" in "Liang Jun" is a name, in "Jun. 5" a month) or must not end a sentence at their
 * full stop ("Sept. 11 attacks").
 */
public final class CalendarWords {
    /** "January" to "December". */
    public static final Set<String> MONTHS = months(TextStyle.FULL);
    /**
     * The abbreviations of months followed by a full stop in news: "Jan" to "Dec" and "Sept"; not "May", which
     * is never shortened.
     */
    public static final Set<String> MONTH_ABBREVIATIONS = monthAbbreviations();
    /** "Monday" to "Sunday". */
    public static final Set<String> DAYS = days(TextStyle.FULL);
    /** Every form above and the weekdays' short forms ("Mon", "Tue"). */
    public static final Set<String> ALL = all();

    private CalendarWords() {
    }

    private static Set<String> months(TextStyle style) {
        return Arrays.stream(Month.values()).map(m -> m.getDisplayName(style, Locale.ENGLISH))
                .collect(Collectors.toUnmodifiableSet());
    }

    private static Set<String> days(TextStyle style) {
        return Arrays.stream(DayOfWeek.values()).map(d -> d.getDisplayName(style, Locale.ENGLISH))
                .collect(Collectors.toUnmodifiableSet());
    }

    private static Set<String> monthAbbreviations() {
        Set<String> out = new HashSet<>(months(TextStyle.SHORT));
        out.remove("May");
        out.add("Sept");
        return Set.copyOf(out);
    }

    private static Set<String> all() {
        Set<String> out = new HashSet<>(MONTHS);
        out.addAll(months(TextStyle.SHORT));
        out.addAll(MONTH_ABBREVIATIONS);
        out.addAll(DAYS);
        out.addAll(days(TextStyle.SHORT));
        return Set.copyOf(out);
    }
}
