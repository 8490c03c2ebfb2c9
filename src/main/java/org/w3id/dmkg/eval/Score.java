package org.w3id.dmkg.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The result of scoring: micro-averaged tallies per kind of fact, and each article's outcomes.
 * Renders the official scorer's table and summary line. Immutable.
 */
public record Score(List<ArticleResult> articles) {
    /** The facts of the summary line, in its order. */
    public static final List<Fact> SUMMARY = List.of(Fact.MEETINGS, Fact.MEETINGS_FULL, Fact.OFFICES,
            Fact.ANNIVERSARIES, Fact.PERSONS, Fact.COUNTRIES, Fact.ORGANIZATIONS);

    public Score {
        articles = List.copyOf(articles);
    }

    /** The tally of one kind of fact over all articles. */
    public Tally total(Fact fact) {
        return articles.stream().map(a -> a.outcomes().get(fact)).map(Outcome::tally).reduce(Tally.ZERO, Tally::plus);
    }

    /** Every kind of fact with its total, in table order. */
    public Map<Fact, Tally> totals() {
        Map<Fact, Tally> out = new EnumMap<>(Fact.class);
        for (Fact f : Fact.values()) {
            out.put(f, total(f));
        }
        return out;
    }

    /** The ids of the gold articles the graph has no article for. */
    public List<String> missing() {
        return articles.stream().filter(a -> !a.inGraph()).map(ArticleResult::id).toList();
    }

    /** The table, as the official scorer prints it, one line per element, without the summary line. */
    public List<String> table() {
        List<String> lines = new java.util.ArrayList<>();
        lines.add(String.format("%-16s%7s%7s%7s   (pred tp/n, gold tp/n)", "fact", "P", "R", "F1"));
        totals().forEach((f, t) -> lines.add(String.format("%-16s%7s%7s%7s   (%d/%d, %d/%d)", f.key(),
                Tally.round3(t.precision()), Tally.round3(t.recall()), Tally.round3(t.f1()),
                t.predictedMatched(), t.predicted(), t.goldMatched(), t.gold())));
        if (!missing().isEmpty()) {
            lines.add("articles with no schema:url match in the graph: " + String.join(" ", missing()));
        }
        return lines;
    }

    /** The summary line: F1 of the main kinds of fact rounded to three decimals, and missing articles. */
    public String summary() {
        return "summary: " + SUMMARY.stream()
                .map(f -> f.key() + "=" + Tally.round3(total(f).f1()).doubleValue())
                .collect(Collectors.joining(" ")) + " missing=" + missing().size() + "/" + articles.size();
    }
}
