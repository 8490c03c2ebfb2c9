package org.w3id.dmkg.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Per article, what went wrong: gold facts not found ({@code miss}) and predictions not in the gold
 * annotation ({@code false}). Meetings are listed by participants ({@code meetings_all}); under
 * {@code meetings_full} only those whose participants are right but date or city are not. The main-only
 * and lenient variants repeat others and are left out.
 */
public final class Misses {
    private static final List<Fact> SHOWN = List.of(Fact.MEETINGS_ALL, Fact.MEETINGS_FULL, Fact.OFFICES,
            Fact.ANNIVERSARIES, Fact.PERSONS, Fact.COUNTRIES, Fact.ORGANIZATIONS);

    private Misses() {
    }

    /** The lines for every article with a miss or a false positive; empty when all is right. */
    public static List<String> lines(Score score) {
        List<String> out = new ArrayList<>();
        for (ArticleResult a : score.articles()) {
            List<String> lines = lines(a);
            if (!lines.isEmpty()) {
                out.add(a.id() + "  " + a.url() + (a.inGraph() ? "" : "  (not in the graph)"));
                out.addAll(lines);
            }
        }
        return out;
    }

    private static List<String> lines(ArticleResult a) {
        List<String> out = new ArrayList<>();
        Outcome byParticipants = a.outcomes().get(Fact.MEETINGS_ALL);
        Set<String> seenMisses = new HashSet<>(byParticipants.misses());
        Set<String> seenFalse = new HashSet<>(byParticipants.falsePositives());
        for (Fact f : SHOWN) {
            Outcome o = a.outcomes().get(f);
            boolean full = f == Fact.MEETINGS_FULL;
            for (String m : o.misses()) {
                if (!full || !seenMisses.contains(m)) {
                    out.add(String.format("  %-15s miss   %s", f.key(), m));
                }
            }
            for (String p : o.falsePositives()) {
                if (!full || !seenFalse.contains(p)) {
                    out.add(String.format("  %-15s false  %s", f.key(), p));
                }
            }
        }
        return out;
    }
}
