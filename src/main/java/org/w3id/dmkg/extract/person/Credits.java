package org.w3id.dmkg.extract.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dmkg.text.Dateline;

/**
 * The parts of an article's text that credit its makers instead of telling its story: the agency of a
 * dateline ("(Xinhua) --", "/TASS/"), photo credits ("(Xinhua/Li Tao)", "[Photo by Li Tao/Xinhua]",
 * "REUTERS/Jonathan Ernst", "Image: Michael Kappeler/dpa"), labelled credits ("Source: Xinhua",
 * "Photo: CGTN", "Issued by: Department of Foreign Affairs", "(Web editor: Wu Chaolan, Bianji)", "Image copyright AFP",
 * "Image by Michael Gross"), the page's short time-stamp
 * lines ("Updated: Nov 12,2017 5:01 PM     Xinhua"), teasers for other stories ("More: ...", "WATCH: ..."),
 * photo galleries' captions ("... Hide Caption 2 of 16"),
 * bylines ("By Sabina Mammadli" opening
 * a line; a line holding only a name beside the page's "Updated:" or "Published:" line). A person named only
 * there is not a person the article mentions, and an agency named only there is the article's source.
 * Immutable; thread-safe.
 */
public final class Credits {
    private static final String CAP_WORD = "\\p{Lu}[\\p{L}.'&-]*";
    /** "(Xinhua/Huang Jingwen)", "(AP Photo/Ghaith Alsayed)", "[Photo by Li Tao/Xinhua]", "[Photo/Xinhua]". */
    private static final Pattern BRACKETED = Pattern.compile(
            "\\([^()\\n]{0,60}/[^()\\n]{1,60}\\)|\\[[^\\[\\]\\n]{0,60}(?:/|(?i:photo|image))[^\\[\\]\\n]{0,60}\\]");
    /** "Justin Sullivan/Getty Images", "REUTERS/Jonathan Ernst TPX": names joined by a slash without spaces. */
    private static final Pattern SLASHED = Pattern.compile(
            "(?:" + CAP_WORD + "[ ]){0,3}" + CAP_WORD + "(?:/\\p{L}[\\p{L}.'&-]*(?:[ ]" + CAP_WORD + "){0,3})+");
    /** A labelled credit, its value up to the line's end, a bracket or a wide gap. */
    private static final Pattern LABELLED = Pattern.compile("(?:\\b|(?<=\\p{Ll})(?=\\p{Lu}))" // or glued: "togetherImage: AP"
            + "(?i:(?:(?:file\\s+)?photos?|images?|source|"
            + "(?:web\\s+)?editors?|reporters?|writers?|photographers?|photo\\s+by|image\\s+by|written\\s+by|"
            + "edited\\s+by|issued\\s+by|caption)\\s*:)[ \\t]*[^\\n)\\]]{1,80}?(?=[ \\t]{2,}|[)\\]]|$|\\n| Published| Updated)",
            Pattern.MULTILINE);
    /** "Image copyright AFP", "(c) Reuters", "© State Dept", "Copyright © 2019 The Washington Times". */
    private static final Pattern COPYRIGHT = Pattern.compile("(?i:\\bcopyright\\b|©|\\(c\\))[ \\t]*"
            + "(?:(?i:©|\\(c\\))[ \\t]*)?(?:\\d{4}(?:[-\u2013]\\d{4})?[ \\t,]*)?"
            + "\\p{Lu}[\\p{L}.&'-]*(?:[ ]\\p{Lu}[\\p{L}.&'-]*){0,3}");
    /** A credit told without a colon: "Image by Michael Gross", "Photo courtesy of Li Tao". */
    private static final Pattern CREDITED_BY = Pattern.compile("(?i:\\b(?:photos?|images?|pictures?|video|footage)"
            + "[ \\t]+(?:by|courtesy(?:[ \\t]+of)?))[ \\t]+" + CAP_WORD + "(?:[ ]" + CAP_WORD + "){0,3}");
    /** Page chrome pointing to other stories or videos: "More: ...", "Related: ...", "WATCH: ...". */
    private static final Pattern TEASER = Pattern.compile("^[ \\t]*(?i:more|related|read more|read also|also read|"
            + "watch|see also|recommended|trending|most read)[ \\t]*:.*$", Pattern.MULTILINE);
    /**
     * A line of a photo gallery's captions ("Photos: Attorney General Eric Holder ... Hide Caption 2 of 16"),
     * which tell the pictured person's past, not the story.
     */
    private static final Pattern GALLERY = Pattern.compile(
            "^[^\\n]*?\\b(?:Hide Caption \\d{1,3} of \\d{1,3}|\\d{1,3} of \\d{1,3} Photos?:)[^\\n]*", Pattern.MULTILINE);
    /**
     * A hover card's teaser headlines: from the capital glued to a name ("TrumpDem lawmaker says ...") to the
     * card's closing "MORE".
     */
    private static final Pattern HOVER_CARD = Pattern.compile("(?<=\\p{Ll}{3})\\p{Lu}(?:\\p{Ll}|\\p{Lu}{2})[^\\n]{0,400}?\\bMORE\\b");
    /** "By Sabina Mammadli" opening a line. */
    private static final Pattern BY_LINE = Pattern.compile("^[ \\t]*By[ \\t]+" + CAP_WORD + "(?:[ ]" + CAP_WORD
            + "){0,4}[ \\t]*$", Pattern.MULTILINE);
    /** A page's own time-stamp line, short: "Updated: Nov 12,2017 5:01 PM     Xinhua", "1591780719000". */
    private static final Pattern STAMP_LINE = Pattern.compile(
            "(?i)\\b(?:updated|published|posted)\\b|\\b\\d{1,2}:\\d{2}\\b|^\\s*\\d{10,13}\\s*$");
    private static final int STAMP_LINE_MAX = 100;
    /** A line holding only a short name ("Wang Qingyun", "CGTN", "The Korea Herald"). */
    private static final Pattern NAME_LINE = Pattern.compile("[ \\t]*(?:The[ ])?" + CAP_WORD + "(?:[ ]" + CAP_WORD
            + "){0,3}[ \\t]*");
    /** The page head ends at the first line of this many words or more: the story's first paragraph. */
    private static final int PARAGRAPH_WORDS = 15;
    private static final Pattern SPACE = Pattern.compile("\\s+");
    /** An agency in parentheses or slashes closing a dateline-like lead: "(Yonhap) --", "/TASS/". */
    private static final Pattern AGENCY_MARK = Pattern.compile(
            "\\([\\p{Lu}][\\p{L}&. ]{1,30}\\)(?=[ \\t]*(?:--|—|–|-|:|$))|/\\p{Lu}[\\p{Lu}\\p{L}]{1,15}/", Pattern.MULTILINE);

    /**
     * For the patterns whose every match begins with one of a few words or characters (ignoring case), those
     * openers: such a pattern is tried only where one of them stands, not at every character of the text.
     */
    static final Map<Pattern, List<String>> OPENERS = Map.of(
            BRACKETED, List.of("(", "["),
            LABELLED, List.of("file", "photo", "image", "source", "web", "edit", "reporter", "writer", "written",
                    "issued", "caption"),
            CREDITED_BY, List.of("photo", "image", "picture", "video", "footage"),
            COPYRIGHT, List.of("copyright", "\u00a9", "(c)"),
            AGENCY_MARK, List.of("(", "/"));

    private final List<int[]> spans;
    private final List<int[]> headLines;

    private Credits(List<int[]> spans, List<int[]> headLines) {
        this.spans = spans;
        this.headLines = headLines;
    }

    /** The credits of a text whose dateline (may be null) was found by the reader. */
    public static Credits find(String text, Dateline dateline) {
        List<int[]> spans = new ArrayList<>();
        boolean slash = text.indexOf('/') >= 0;
        boolean more = text.contains("MORE");
        boolean gallery = text.contains("Caption") || text.contains("Photos:") || text.contains("Photo:");
        String lower = lowerSameLength(text);
        for (Pattern p : List.of(BRACKETED, SLASHED, LABELLED, CREDITED_BY, COPYRIGHT, BY_LINE, AGENCY_MARK, TEASER, HOVER_CARD,
                GALLERY)) {
            if (p == SLASHED && !slash || p == HOVER_CARD && !more || p == GALLERY && !gallery) {
                continue; // the costliest patterns, and nothing to find without a slash, a "MORE" or a caption
            }
            List<String> openers = OPENERS.get(p);
            if (openers != null) {
                matchesFrom(p, text, lower, openers, spans);
                continue;
            }
            Matcher m = p.matcher(text);
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
            }
        }
        List<int[]> headLines = new ArrayList<>();
        lines(text, spans, headLines);
        if (dateline != null && dateline.place() != null) {
            int agencyFrom = Math.min(dateline.end(), dateline.start() + dateline.place().length());
            spans.add(new int[] {agencyFrom, dateline.end()});
        }
        return new Credits(spans, headLines);
    }

    /**
     * The matches of {@code p} in {@code text} that begin where one of the openers begins in {@code lower}
     * (the text lower-cased character by character), left to right and not overlapping, as {@link Matcher#find}
     * gives them when no match can begin elsewhere.
     */
    static void matchesFrom(Pattern p, String text, String lower, List<String> openers, List<int[]> spans) {
        List<Integer> at = new ArrayList<>();
        for (String o : openers) {
            for (int i = lower.indexOf(o); i >= 0; i = lower.indexOf(o, i + 1)) {
                at.add(i);
            }
        }
        if (at.isEmpty()) {
            return;
        }
        at.sort(null);
        Matcher m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int done = 0;
        for (int i : at) {
            if (i < done) {
                continue;
            }
            m.region(i, text.length());
            if (m.lookingAt()) {
                spans.add(new int[] {m.start(), m.end()});
                done = Math.max(m.end(), i + 1);
            }
        }
    }

    /** The text with each character lower-cased on its own, so that offsets stay those of the text. */
    static String lowerSameLength(String text) {
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = Character.toLowerCase(c[i]);
        }
        return new String(c);
    }

    /** Whether [start, end) lies inside one credit. */
    public boolean covers(int start, int end) {
        return inside(spans, start, end);
    }

    /**
     * Whether an organization named at [start, end) is credited: inside a credit, or alone on a line of the
     * page head ("People's Daily", "The Korea Herald" over the headline): the site's name in its chrome.
     */
    public boolean coversOrganization(int start, int end) {
        return covers(start, end) || inside(headLines, start, end);
    }

    private static boolean inside(List<int[]> spans, int start, int end) {
        for (int[] s : spans) {
            if (start >= s[0] && end <= s[1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The page's short time-stamp lines, a line holding only a name right before or after one (a byline), and
     * the name-only lines of the page head.
     */
    private static void lines(String text, List<int[]> spans, List<int[]> headLines) {
        String[] lines = text.split("\n", -1);
        int[] starts = new int[lines.length];
        for (int i = 1; i < lines.length; i++) {
            starts[i] = starts[i - 1] + lines[i - 1].length() + 1;
        }
        boolean[] stamp = new boolean[lines.length];
        for (int i = 0; i < lines.length; i++) {
            stamp[i] = lines[i].length() <= STAMP_LINE_MAX && STAMP_LINE.matcher(lines[i]).find();
            if (stamp[i]) {
                spans.add(new int[] {starts[i], starts[i] + lines[i].length()});
            }
        }
        boolean head = true;
        for (int i = 0; i < lines.length; i++) {
            head &= SPACE.split(lines[i].strip()).length < PARAGRAPH_WORDS;
            if (!NAME_LINE.matcher(lines[i]).matches()) {
                continue;
            }
            boolean beside = false;
            for (int k = i - 2; k <= i + 2 && !beside; k++) {
                if (k >= 0 && k < lines.length && k != i && stamp[k]
                        && (Math.abs(k - i) == 1 || NAME_LINE.matcher(lines[(k + i) / 2]).matches())) {
                    beside = true;
                }
            }
            int[] span = {starts[i], starts[i] + lines[i].length()};
            if (beside) {
                spans.add(span);
            } else if (head) {
                headLines.add(span);
            }
        }
    }
}
