package org.w3id.dmkg.eval;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * When a predicted name or title matches a gold one: the official scorer's rules. Names are compared
 * after {@link #norm}; the office synonyms ({@code office-synonyms.tsv}) and the stop words of
 * anniversary events ({@code event-stopwords.txt}) are data files. {@link FactMatching} builds the
 * rules for whole facts on these. Stateless and thread-safe.
 */
public final class Matching {
    private static final Pattern MARKS = Pattern.compile("\\p{Mn}+");
    private static final Pattern POSSESSIVE = Pattern.compile("'s\\b", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern OTHER = Pattern.compile("[^a-z0-9 ]+");
    private static final List<Synonym> OFFICE_SYNONYMS = DataFiles.lines("office-synonyms.tsv").stream()
            .map(l -> l.split("\t")).map(a -> new Synonym(Pattern.compile(a[0]), a[1])).toList();
    private static final Set<String> STOP = Set.copyOf(DataFiles.lines("event-stopwords.txt"));

    private record Synonym(Pattern pattern, String replacement) {
    }

    /** An office title normalized with its synonyms applied, and its head: the part before " of ". */
    public record OfficeTitle(String full, String head) {
    }

    private Matching() {
    }

    /**
     * A name reduced for comparison: NFKD without accents, lowercase, ’ as ', possessive 's dropped,
     * anything but ASCII letters and digits as space, single spaces, trimmed.
     */
    public static String norm(String s) {
        String n = MARKS.matcher(Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD)).replaceAll("");
        n = n.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        n = POSSESSIVE.matcher(n).replaceAll("");
        n = OTHER.matcher(n).replaceAll(" ");
        return String.join(" ", tokens(n));
    }

    /** The normalized words of {@code s} that are not stop words. */
    public static List<String> contentTokens(String s) {
        return tokens(norm(s)).stream().filter(t -> !STOP.contains(t)).toList();
    }

    /** Same tokens in any order, or all of gold's tokens in the prediction with at most one more. */
    public static boolean personMatch(String gold, String predicted) {
        String a = norm(gold);
        String b = norm(predicted);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.equals(b)) {
            return true;
        }
        Set<String> ta = new HashSet<>(tokens(a));
        Set<String> tb = new HashSet<>(tokens(b));
        return ta.equals(tb) || (tb.containsAll(ta) && tb.size() - ta.size() <= 1);
    }

    /** Whether the predicted name is the gold name or a short form of it: its words are all gold's ("Xi"). */
    public static boolean personPart(String gold, String predicted) {
        Set<String> ta = new HashSet<>(tokens(norm(gold)));
        Set<String> tb = new HashSet<>(tokens(norm(predicted)));
        return !tb.isEmpty() && ta.containsAll(tb) || personMatch(gold, predicted);
    }

    /** An office title in comparable form. */
    public static OfficeTitle officeTitle(String title) {
        String n = norm(title).replace('-', ' ');
        for (Synonym s : OFFICE_SYNONYMS) {
            n = s.pattern().matcher(n).replaceAll(s.replacement());
        }
        int of = n.indexOf(" of ");
        return new OfficeTitle(n, (of < 0 ? n : n.substring(0, of)).strip());
    }

    /**
     * Same title or same head; or gold's head within the predicted title; or the predicted head within
     * the gold title, ending in the same word as gold's head. "Within" is substring containment.
     */
    public static boolean officeMatch(String gold, String predicted) {
        OfficeTitle g = officeTitle(gold);
        OfficeTitle p = officeTitle(predicted);
        if (g.full().equals(p.full()) || g.head().equals(p.head())) {
            return true;
        }
        if (!g.head().isEmpty() && p.full().contains(g.head())) {
            return true;
        }
        return !p.head().isEmpty() && g.full().contains(p.head()) && last(p.head()).equals(last(g.head()));
    }

    static List<String> tokens(String s) {
        return Arrays.stream(s.trim().split(" +")).filter(t -> !t.isEmpty()).toList();
    }

    private static String last(String s) {
        List<String> t = tokens(s);
        return t.isEmpty() ? "" : t.get(t.size() - 1);
    }
}
