package org.w3id.dmkg.text;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dateline that opens a news story: {@code BEIJING, Feb. 28 (Xinhua) --},
 * {@code MOSCOW, December 22. /TASS/.}, {@code ANKARA (AA) -}, {@code NEW DELHI [India], August 5 (ANI):},
 * {@code TOKYO, April 17 -}, {@code WASHINGTON (Reuters) -}, {@code Abidjan — }, a place and a full date alone on a
 * line ({@code Phnom Penh, November 20, 2012}), and a transcript's place line over its date line ({@code Tokyo,
 * Japan} / {@code April 17, 2011}). Stateless and thread-safe.
 */
final class DatelineFinder {
    /** A dateline opens the story, so it lies within the page head. */
    static final int MAX_CHARS = 3000;

    /** A dateline date may precede publication by far, but follow it only by clock and time-zone slack. */
    private static final int MAX_DAYS_AFTER_PUBLICATION = 3;

    // Upper-case words ("NEW DELHI", "U.N.") or Capitalized ones ("New Delhi", "Nay Pyi Taw"), at most four.
    private static final String UPPER_WORD = "\\p{Lu}[\\p{Lu}'.]+(?:-\\p{Lu}+)*";
    private static final String PLACE = "(?<place>" + UPPER_WORD + "(?:[ ]" + UPPER_WORD + "){0,3}"
            + "|(?:\\p{Lu}\\p{Ll}{1,2}\\.[ ])?\\p{Lu}\\p{Ll}+(?:[ ]\\p{Lu}\\p{Ll}+){0,3})"; // "St. Petersburg"
    private static final String REGION = "(?:[ ]?\\[[^\\]\\n]{1,40}\\])?";
    private static final String DATE = "(?:,[ ]*(?<month>" + Months.PATTERN
            + ")\\.?[ ]+(?<day>\\d{1,2})(?:,[ ]*(?<year>\\d{4}))?\\.?)?";
    private static final String AGENCY = "(?:[ ]*\\((?<paren>\\p{L}[\\p{L}\\d .&'-]{0,30})\\)"
            + "|[ ]*/(?<slash>\\p{L}[\\p{L}\\d .&'-]{0,30})/\\.?)?";
    private static final String SEPARATOR = "(?:[ ]*(?<sep>--|—|–|-|:)(?=\\s))?";
    private static final Pattern DATELINE = Pattern.compile(
            "^[ \\t]*" + PLACE + REGION + DATE + AGENCY + SEPARATOR, Pattern.MULTILINE);

    /** A transcript's place line and date line: "Tokyo, Japan" over "April 17, 2011". */
    private static final Pattern PLACE_OVER_DATE = Pattern.compile("^[ \\t]*" + PLACE
            + "(?:,[ ]*\\p{Lu}[\\p{L}.' ]{1,40})?[ \\t]*\\R[ \\t]*(?<month>" + Months.PATTERN
            + ")\\.?[ ]+(?<day>\\d{1,2}),[ ]*(?<year>\\d{4})[ \\t]*$", Pattern.MULTILINE);

    /** An upper-case place and a colon opening a line: "NEW DELHI: Foreign Secretary ...", or a speaker's label. */
    private static final Pattern UPPER_COLON = Pattern.compile("^[ \\t]*(?<place>" + UPPER_WORD + "(?:[ ]" + UPPER_WORD
            + "){0,3}):[ ]+(?=\\p{Lu}\\p{Ll})", Pattern.MULTILINE);

    /** An agency's initials in a dateline without a separator: "(CNN)", "(AP)"; not a position "(R)". */
    private static final Pattern AGENCY_INITIALS = Pattern.compile("\\p{Lu}{2,6}");

    private DatelineFinder() {
    }

    /**
     * The first upper-case words and colon that open a line in the head of {@code text} ("NEW DELHI: ..."),
     * or {@code null}: a dateline when the words name a place, which only a gazetteer can tell from a
     * transcript's speaker label ("SECRETARY CLINTON: ..."). Its date is {@code null}.
     */
    static Dateline placeBeforeColon(String text) {
        Matcher m = UPPER_COLON.matcher(text);
        m.region(0, Math.min(text.length(), MAX_CHARS));
        return m.find() ? new Dateline(m.group("place"), null, null, m.start("place"), m.end()) : null;
    }

    /**
     * The first dateline in the head of {@code text}, or {@code null}.
     *
     * @param published the publication date, which supplies the year a dateline omits; may be {@code null},
     *                  in which case a dateline without a year has a {@code null} date
     */
    static Dateline find(String text, LocalDate published) {
        int head = Math.min(text.length(), MAX_CHARS);
        Dateline found = null;
        Matcher m = DATELINE.matcher(text);
        m.region(0, head);
        while (m.find()) {
            if (accepted(m) || aloneOnLine(text, m)) {
                String agency = m.group("paren") != null ? m.group("paren") : m.group("slash");
                found = new Dateline(m.group("place"), date(m, published),
                        agency == null ? null : agency.strip(), m.start("place"), m.end());
                break;
            }
        }
        Matcher lines = PLACE_OVER_DATE.matcher(text);
        lines.region(0, found == null ? head : found.start());
        if (lines.find()) {
            return new Dateline(lines.group("place"), date(lines, published), null, lines.start("place"), lines.end());
        }
        return found;
    }

    /**
     * Whether a match is a dateline rather than an ordinary line opening with a name: a date or agency
     * must be followed by a separator ({@code Premier Li Keqiang (R) meets} is a photo caption), except
     * in the TASS form whose slashes end it and after an agency's initials behind a place of one or two
     * words ({@code Washington (CNN) President}); a bare place needs a dash, a plain hyphen only after one or
     * two words ({@code Beijing - Chinese Premier}), and never a colon ({@code SECRETARY CLINTON:}).
     */
    private static boolean accepted(Matcher m) {
        if (m.group("slash") != null) {
            return true;
        }
        String sep = m.group("sep");
        if (sep == null) {
            // "Washington (CNN) President Trump ...": an agency's initials and the story at once, unlike a
            // photo caption's position mark "(R)"
            return m.group("paren") != null && AGENCY_INITIALS.matcher(m.group("paren")).matches()
                    && m.group("month") == null && m.group("place").split(" ").length <= 2;
        }
        if (m.group("paren") != null || m.group("month") != null) {
            return true;
        }
        return !":".equals(sep) && (!"-".equals(sep) || m.group("place").split(" ").length <= 2);
    }

    /** A day of the week, which opens a page's own date line rather than a dateline. */
    private static final Pattern WEEKDAY = Pattern.compile("(?i)(?:mon|tues|wednes|thurs|fri|satur|sun)day");

    /**
     * A place and a full date that fill a line by themselves ("Phnom Penh, November 20, 2012" between a byline
     * and the story): a dateline without a separator.
     */
    private static boolean aloneOnLine(String text, Matcher m) {
        if (m.group("year") == null || m.group("paren") != null || m.group("sep") != null
                || WEEKDAY.matcher(m.group("place")).matches()) {
            return false; // "Thursday, September 03, 2015": a page's date line
        }
        int end = m.end();
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        return end == text.length() || text.charAt(end) == '\n';
    }

    private static LocalDate date(Matcher m, LocalDate published) {
        if (m.group("month") == null) {
            return null;
        }
        if (m.group("year") != null) {
            return Months.date(Integer.parseInt(m.group("year")), m.group("month"), m.group("day"));
        }
        if (published == null) {
            return null;
        }
        LocalDate d = Months.date(published.getYear(), m.group("month"), m.group("day"));
        if (d != null && d.isAfter(published.plusDays(MAX_DAYS_AFTER_PUBLICATION))) {
            // a story dated 31 December and published on 2 January
            d = Months.date(published.getYear() - 1, m.group("month"), m.group("day"));
        }
        return d;
    }
}
