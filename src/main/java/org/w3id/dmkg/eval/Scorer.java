package org.w3id.dmkg.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores a graph against gold articles with the official scorer's rules: articles are paired by
 * {@code schema:url}; a gold article missing from the graph scores as an article with no prediction.
 * Stateless apart from the alias tables; thread-safe.
 */
public final class Scorer {
    private final Aliases aliases;

    public Scorer(Aliases aliases) {
        this.aliases = aliases;
    }

    /** Scorer with the standard alias tables. */
    public static Scorer standard() {
        return new Scorer(Aliases.standard());
    }

    /** Scores every gold article, keyed by URL, against the graph. */
    public Score score(Map<String, GoldArticle> golds, GraphFacts graph) {
        List<ArticleResult> results = new ArrayList<>();
        for (Map.Entry<String, GoldArticle> e : golds.entrySet()) {
            Set<String> articles = graph.articles(e.getKey());
            PredictedArticle p = articles.isEmpty() ? PredictedArticle.EMPTY : graph.facts(articles, aliases);
            results.add(score(e.getValue(), p, !articles.isEmpty()));
        }
        return new Score(results);
    }

    /** Scores one article's predictions against its gold annotation. */
    public ArticleResult score(GoldArticle gold, PredictedArticle pred, boolean inGraph) {
        Map<Fact, Outcome> out = new EnumMap<>(Fact.class);
        List<GoldArticle.Meeting> all = gold.meetings().stream().filter(GoldArticle.Meeting::scored).toList();
        List<GoldArticle.Meeting> main = all.stream().filter(GoldArticle.Meeting::main).toList();
        out.put(Fact.MEETINGS, Outcome.of(all, main, pred.meetings(), FactMatching::participantsMatch));
        out.put(Fact.MEETINGS_FULL, Outcome.of(all, main, pred.meetings(), FactMatching::meetingMatch));
        out.put(Fact.MEETINGS_ALL, Outcome.of(all, all, pred.meetings(), FactMatching::participantsMatch));
        out.put(Fact.OFFICES, Outcome.of(gold.offices(), pred.offices(),
                (g, p) -> FactMatching.officeHoldingMatch(g, p, true, aliases)));
        out.put(Fact.OFFICES_LENIENT, Outcome.of(gold.offices(), pred.offices(),
                (g, p) -> FactMatching.officeHoldingMatch(g, p, false, aliases)));
        out.put(Fact.ANNIVERSARIES, Outcome.of(gold.anniversaries(), pred.anniversaries(),
                FactMatching::anniversaryMatch));
        out.put(Fact.PERSONS, Outcome.of(gold.persons(), pred.persons(),
                (g, p) -> p.stream().anyMatch(l -> Matching.personMatch(g, l))));
        out.put(Fact.COUNTRIES, Outcome.of(canonical(gold.countries(), true), pred.countries(), (g, p) -> p.contains(g)));
        out.put(Fact.ORGANIZATIONS, Outcome.of(canonical(gold.organizations(), false), pred.organizations(),
                (g, p) -> p.contains(g)));
        return new ArticleResult(gold.id(), gold.url(), inGraph, out);
    }

    /** Distinct canonical names of countries or organizations. */
    private List<String> canonical(List<String> names, boolean countries) {
        Set<String> out = new LinkedHashSet<>();
        names.forEach(n -> out.add(countries ? aliases.country(n) : aliases.organization(n)));
        return List.copyOf(out);
    }
}
