package org.w3id.dmkg.text;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Counts the records of a web archive that hold no article, by why, for the one summary line a file
 * gives: a crawl is mostly requests, images and the like, which are expected, not errors. Not thread-safe.
 */
final class SkippedRecords {
    static final String NOT_HTML = "non-HTML";
    static final String NOT_200 = "non-200";
    static final String NO_TEXT = "without article text";

    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private int total;

    /** Counts one record, by its WARC type ({@code request}) or one of the reasons above. */
    void add(String why) {
        counts.merge(why, 1, Integer::sum);
        total++;
    }

    int total() {
        return total;
    }

    /** How {@code n} records of a kind are counted: {@code 1 request}, {@code 2 revisits}, {@code 3 metadata}. */
    private static String counted(String kind, int n) {
        boolean noun = kind.chars().allMatch(Character::isLowerCase) && !kind.equals("metadata")
                && !kind.equals("warcinfo");
        return n + " " + kind + (noun && n != 1 ? "s" : "");
    }

    /** {@code 12 articles, 30 records skipped (18 requests, 6 non-HTML, 4 non-200, 2 revisits)}. */
    String summary(int articles) {
        StringJoiner why = new StringJoiner(", ", " (", ")");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> why.add(counted(e.getKey(), e.getValue())));
        return articles + (articles == 1 ? " article, " : " articles, ") + total
                + (total == 1 ? " record" : " records") + " skipped" + (total > 0 ? why.toString() : "");
    }
}
