package org.w3id.dmkg.extract.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dmkg.extract.ArticleContext;
import org.w3id.dmkg.extract.Lexicon;
import org.w3id.dmkg.nlp.Classifier;
import org.w3id.dmkg.nlp.Mention;
import org.w3id.dmkg.nlp.MentionType;
import org.w3id.dmkg.nlp.Sentence;
import org.w3id.dmkg.nlp.Token;

/**
 * Decides which meetings take the article's own date and place when their sentence gives none. A readout
 * tells its main event in the lead and its other talks of the day without repeating "on Monday in Addis
 * Ababa"; a background meeting recalled in passing happened elsewhere and earlier. The article's date is
 * the dateline's, else the publication's; its place the first meeting's, else the dateline's, else the one
 * the lead names. A learned classifier ({@code dmkg train}) weighs where the meeting stands, whether it
 * shares people with the first, its tense and its words of time ("earlier", "last year"); without a model
 * only the first meeting takes the article's date. Immutable; thread-safe.
 */
public final class SettingJudge {
    private static final double THRESHOLD = 0.5;
    /** Words of time and sequence ({@code setting-cues.txt}). */
    private static final Map<String, String> CUES = Lexicon.pairs("setting-cues.txt");
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d\\d\\b");
    /** Words that put a meeting at another time than the report's day. */
    private static final Pattern ELSEWHEN = Pattern.compile("\\b(?:last|ago|earlier|previous|previously|formerly|"
            + "in the past|next|later|since|recently)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH = Pattern.compile("\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
            + "(?:uary|ruary|ch|il|e|y|ust|tember|ober|ember)?\\b\\.?(?=\\s+(?:\\d|of\\b|this\\b|last\\b))");
    /** A place the gazetteer does not know: "at the Merdeka Palace", "at his official residence", "in Fasano". */
    private static final Pattern OTHER_PLACE = Pattern.compile("\\b(?:at|in)\\s+(?:(?:the|his|her|their)\\s+)?"
            + "(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|"
            + "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)\\p{Lu}|\\bat\\s+(?:the|his|her|their)\\s+"
            + "(?:official\\s+)?(?:residence|palace|headquarters|office|hotel|embassy)\\b");
    private static final Set<String> IRREGULAR_PAST = Set.of("met", "held", "spoke", "told", "said", "made", "took",
            "gave", "had", "came", "went", "sought", "saw");

    private final Classifier classifier;

    /** @param classifier the learned decision, or null for the rule that dates the first meeting only */
    public SettingJudge(Classifier classifier) {
        this.classifier = classifier;
    }

    /** The meetings with the article's date and place given where the judge accepts them. */
    List<MeetingFact> decide(ArticleContext ctx, List<MeetingFact> meetings) {
        List<MeetingFact> out = new ArrayList<>(meetings);
        if (classifier == null) {
            LocalDate day = MeetingSetting.firstDate(ctx);
            if (!out.isEmpty() && day != null && out.get(0).date() == null && !out.get(0).planned()) {
                out.set(0, with(out.get(0), day, out.get(0).place()));
            }
            return out;
        }
        for (SettingCandidate c : candidates(ctx, meetings, false)) {
            if (classifier.probability(c.features()) < THRESHOLD) {
                continue;
            }
            int i = indexOf(out, c.meeting());
            MeetingFact m = out.get(i);
            out.set(i, c.date() ? with(m, LocalDate.parse(c.value()), m.place()) : with(m, m.date(), c.value()));
        }
        return out;
    }

    /**
     * The meetings' open dates and places, each with the article's value it might take; with {@code told},
     * also the places the text gives (whether those are the article's place teaches the same question; for
     * dates it does not, as a meeting told "on Monday" is seldom on the day of the report).
     */
    List<SettingCandidate> candidates(ArticleContext ctx, List<MeetingFact> meetings, boolean told) {
        LocalDate day = MeetingSetting.firstDate(ctx);
        MeetingSetting.ArticlePlace place = MeetingSetting.articlePlace(ctx, meetings);
        String placeKey = place == null ? null : place.key();
        List<SettingCandidate> out = new ArrayList<>();
        for (int i = 0; i < meetings.size(); i++) {
            MeetingFact m = meetings.get(i);
            if (m.planned()) {
                continue;
            }
            Sentence s = sentenceAt(ctx, m.evidence().start());
            List<String> shared = features(meetings, i, s, day);
            String text = s == null ? "" : s.text();
            if (m.date() == null && day != null && !otherTime(text, day)) {
                List<String> f = kind("date", shared);
                f.add("date-source=" + (ctx.document().source().dateline() != null
                        && ctx.document().source().dateline().date() != null ? "dateline" : "published"));
                f.add("placed=" + (m.place() == null ? "none" : m.place().equals(placeKey) ? "article" : "other"));
                out.add(new SettingCandidate(m, true, day.toString(), f));
            }
            String elsewhere = s == null ? "none" : elsewhere(ctx, s, placeKey);
            if ((m.place() == null && !elsewhere.equals("unknown") || told) && place != null && !m.mode().remote()) {
                List<String> f = kind("place", shared);
                f.add("country-named=" + elsewhere);
                f.add("place-source=" + place.source());
                f.add("dated=" + (m.date() == null ? "none" : m.date().equals(day) ? "article" : "other"));
                f.add("told=" + (m.place() != null));
                out.add(new SettingCandidate(m, false, placeKey, f));
            }
        }
        return out;
    }

    /**
     * What the sentence says of another place after "in" or "at": "unknown" for one the gazetteer does not know
     * ("at the Merdeka Palace", "in Fasano", "at his official residence"), else "other" or "same" for a country
     * other than the article place's or its own ("a unity government in South Sudan"), else "none".
     */
    private static String elsewhere(ArticleContext ctx, Sentence s, String articlePlace) {
        Matcher m = OTHER_PLACE.matcher(s.text());
        String out = "none";
        String home = articlePlace == null ? null : ctx.gazetteer().countryOf(articlePlace);
        while (m.find()) {
            int at = s.start() + m.end() - 1;
            Mention named = ctx.mentions().at(at);
            if (named == null || named.type() != MentionType.COUNTRY) {
                return "unknown";
            }
            out = named.key().equals(home) || named.key().equals(articlePlace) ? (out.equals("other") ? out : "same")
                    : "other";
        }
        return out;
    }

    /**
     * Whether the sentence tells a time other than the article's day, which it could not resolve to a date:
     * "last month", "earlier this week", "two years ago", "in August 2018", another year or month.
     */
    static boolean otherTime(String text, LocalDate day) {
        if (ELSEWHEN.matcher(text).find()) {
            return true;
        }
        Matcher y = YEAR.matcher(text);
        while (y.find()) {
            if (Integer.parseInt(y.group()) != day.getYear()) {
                return true;
            }
        }
        Matcher month = MONTH.matcher(text);
        while (month.find()) {
            if (!month.group(1).toLowerCase(Locale.ROOT).startsWith(
                    day.getMonth().toString().toLowerCase(Locale.ROOT).substring(0, 3))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> kind(String kind, List<String> shared) {
        List<String> f = new ArrayList<>(shared);
        f.add("kind=" + kind);
        return f;
    }

    /** @param s the sentence that reports meeting {@code i}, or null */
    private static List<String> features(List<MeetingFact> meetings, int i, Sentence s, LocalDate day) {
        MeetingFact m = meetings.get(i);
        List<String> f = new ArrayList<>();
        f.add("bias");
        f.add("order=" + (i == 0 ? "first" : i == 1 ? "second" : "later"));
        if (i > 0) {
            boolean shares = m.participants().stream().anyMatch(meetings.get(0).participants()::contains);
            f.add("shares-first=" + shares);
        }
        if (s == null) {
            return f;
        }
        f.add("sentence=" + (s.index() < 3 ? "lead" : s.index() < 8 ? "early" : "late"));
        Set<String> cues = new HashSet<>();
        String previous = "";
        boolean past = false;
        boolean perfect = false;
        for (Token t : s.tokens()) {
            String w = t.text().toLowerCase(Locale.ROOT);
            String cue = CUES.get(w);
            if (cue != null) {
                cues.add("cue=" + cue);
            }
            boolean verb = t.pos() != null && t.pos().startsWith("VB");
            perfect |= verb && (previous.equals("has") || previous.equals("have"));
            past |= verb && (w.endsWith("ed") || IRREGULAR_PAST.contains(w)) || w.equals("was") || w.equals("were");
            previous = w;
        }
        f.addAll(new java.util.TreeSet<>(cues));
        f.add("tense=" + (perfect ? "perfect" : past ? "past" : "other"));
        Matcher y = YEAR.matcher(s.text());
        boolean otherYear = false;
        while (y.find()) {
            otherYear |= day == null || Integer.parseInt(y.group()) != day.getYear();
        }
        f.add("other-year=" + otherYear);
        return f;
    }

    private static Sentence sentenceAt(ArticleContext ctx, int offset) {
        for (Sentence s : ctx.document().sentences()) {
            if (s.start() <= offset && offset < s.end()) {
                return s;
            }
        }
        return null;
    }

    private static int indexOf(List<MeetingFact> meetings, MeetingFact m) {
        for (int i = 0; i < meetings.size(); i++) {
            MeetingFact x = meetings.get(i);
            if (x.participants().equals(m.participants()) && x.evidence().equals(m.evidence())) {
                return i;
            }
        }
        throw new IllegalStateException("meeting not among those judged");
    }

    private static MeetingFact with(MeetingFact m, LocalDate date, String place) {
        return new MeetingFact(m.mode(), m.planned(), m.participants(), m.host(), m.guest(), date, place,
                m.confidence(), m.evidence(), m.marks());
    }
}
