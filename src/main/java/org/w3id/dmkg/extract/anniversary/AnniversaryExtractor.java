package org.w3id.dmkg.extract.anniversary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dmkg.extract.ArticleContext;
import org.w3id.dmkg.extract.Lexicon;
import org.w3id.dmkg.extract.Names;
import org.w3id.dmkg.extract.Span;
import org.w3id.dmkg.nlp.Mention;
import org.w3id.dmkg.nlp.MentionType;
import org.w3id.dmkg.nlp.Sentence;

/**
 * Finds anniversaries: "the 80th anniversary of ...", ordinal words ("seventieth"), jubilees and
 * "75 years of diplomatic relations". The year is the reference year, moved by "next year" or "last
 * year" or given outright ("in 2025"); the event's year is that year less the ordinal. A list of events
 * under one plural head ("the victories of A, B and C") gives one anniversary each. Thread-safe.
 */
public final class AnniversaryExtractor {
    private static final Pattern NUMBER = Pattern.compile("\\b(\\d{1,3})(?:st|nd|rd|th)\\s+anniversary\\s+of\\s+");
    private static final Pattern YEARS = Pattern.compile("\\b(\\d{1,3})\\s+years\\s+(?:of|since)\\s+(?:the\\s+)?"
            + "(?=(?:establishment|diplomatic|the|founding|bilateral|their|friendly|relations|ties))");
    private static final Pattern YEAR_GIVEN =
            Pattern.compile("(?<!since |back |office |elected )\\b(?:in|this)\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(?:in|of)\\s+((?:19|20)\\d{2})\\b");
    /** "celebrate 2018 as the golden jubilee": the year named as the anniversary's own. */
    private static final Pattern YEAR_AS = Pattern.compile(
            "\\b(?:celebrat|mark|commemorat|observ)\\w*\\s+((?:19|20)\\d{2})\\s+as\\b");
    /** A full date ("on 30 August 2016", "on August 30, 2016"): its year dates the sentence. */
    private static final Pattern DATED =
            Pattern.compile("\\b(?:\\d{1,2}\\s+\\p{L}+|\\p{L}+\\s+\\d{1,2},?)\\s+((?:19|20)\\d{2})\\b");


    private final Pattern words;
    /**
     * Words one of which each of the three patterns needs (a standalone word ends in one of the last three):
     * a sentence without any, lower-cased, is not searched further.
     */
    private static final List<String> CUES = List.of("anniversary", "years", "jubilee", "centenary", "centennial");
    private final Map<String, Integer> ordinals = new LinkedHashMap<>();

    public AnniversaryExtractor() {
        StringBuilder ordinal = new StringBuilder();
        StringBuilder standalone = new StringBuilder();
        Lexicon.pairs("ordinals.txt").forEach((word, n) -> {
            ordinals.put(word, Integer.parseInt(n));
            StringBuilder b = word.matches(".*(jubilee|centenary|centennial)") ? standalone : ordinal;
            b.append(b.length() > 0 ? "|" : "").append(Pattern.quote(word));
        });
        words = Pattern.compile("\\b(?:(" + ordinal + ")\\s+anniversary|(" + standalone + "))\\s+of\\s+",
                Pattern.CASE_INSENSITIVE);
    }

    public List<AnniversaryFact> extract(ArticleContext ctx) {
        Map<String, AnniversaryFact> found = new LinkedHashMap<>();
        Integer base = ctx.referenceDate() == null ? null : ctx.referenceDate().getYear();
        for (Sentence s : ctx.document().sentences()) {
            String text = s.text();
            if (!Lexicon.holdsAny(text, CUES)) {
                continue;
            }
            List<int[]> hits = new ArrayList<>();
            collect(NUMBER.matcher(text), hits, null);
            collect(YEARS.matcher(text), hits, null);
            collect(words.matcher(text), hits, ordinals);
            for (int[] h : hits) {
                String event = AnniversaryEvents.text(text.substring(h[1]));
                event = event.replaceFirst("^the\\s+", "").replaceAll("[,\\s]+$", "");
                event = AnniversaryEvents.withParties(event, parties(ctx, s));
                if (event.split("\\s+").length < 2 && !event.matches("\\p{Lu}.*")) {
                    continue;
                }
                Integer year = yearOf(text, h[0], base);
                for (String e : AnniversaryEvents.split(event)) {
                    Integer eventYear = eventYear(e, year, h[2]);
                    double confidence = 0.7 + (year != null ? 0.15 : 0) + (e.split(" ").length >= 3 ? 0.05 : 0);
                    AnniversaryFact f = new AnniversaryFact(h[2], year, e, eventYear, confidence,
                            new Span(s.start(), s.end()));
                    found.putIfAbsent(h[2] + "|" + Names.key(e), f);
                }
            }
        }
        return AnniversaryRepeats.drop(new ArrayList<>(found.values()));
    }

    /** The two countries the sentence names, in order ("China-Russia relations"), or an empty list. */
    private static List<String> parties(ArticleContext ctx, Sentence s) {
        Map<String, String> named = new LinkedHashMap<>();
        for (Mention m : ctx.mentions().within(s.start(), s.end(), MentionType.COUNTRY)) {
            ctx.gazetteer().entry(m.key()).ifPresent(e -> named.putIfAbsent(e.key(), e.label()));
        }
        return named.size() == 2 ? List.copyOf(named.values()) : List.of();
    }

    private void collect(Matcher m, List<int[]> hits, Map<String, Integer> lookup) {
        while (m.find()) {
            String g = m.group(1) != null ? m.group(1) : m.group(2);
            int n = lookup == null ? Integer.parseInt(g) : lookup.get(g.toLowerCase(Locale.ROOT));
            if (n > 0 && n <= 500) {
                hits.add(new int[] {m.start(), m.end(), n});
            }
        }
    }

    /**
     * The year the anniversary falls in: one named as its own ("celebrate 2018 as the golden jubilee");
     * "next year" or "last year" in the sentence moves the reference year; a year given outright ("In 2018,
     * ... marked") counts when it stands within 100 characters. Without a reference year, the year of a
     * full date the sentence gives before the anniversary ("arrived on 30 August 2016 ... to celebrate").
     */
    private static Integer yearOf(String sentence, int at, Integer base) {
        String t = sentence.toLowerCase(Locale.ROOT);
        Matcher as = YEAR_AS.matcher(t);
        if (as.find()) {
            return Integer.valueOf(as.group(1));
        }
        if (base == null) {
            // an article without a date: a date the sentence gives before the anniversary dates it
            Matcher d = DATED.matcher(sentence.substring(0, Math.min(at, sentence.length())));
            Integer year = null;
            while (d.find()) {
                year = Integer.valueOf(d.group(1));
            }
            return year;
        }
        if (t.contains("next year")) {
            return base + 1;
        }
        if (t.contains("last year")) {
            return base - 1;
        }
        // "since he assumed office back in 2022" dates another event
        Matcher m = YEAR_GIVEN.matcher(t);
        Integer best = null;
        int distance = 100;
        while (m.find()) {
            int d = Math.abs(m.start() - at);
            if (d < distance) {
                best = Integer.valueOf(m.group(1));
                distance = d;
            }
        }
        return best != null ? best : base;
    }

    private static Integer eventYear(String event, Integer year, int ordinal) {
        Matcher m = YEAR.matcher(event);
        if (m.find()) {
            return Integer.valueOf(m.group(1));
        }
        return year == null ? null : year - ordinal;
    }
}
