package org.w3id.dmkg.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3id.dmkg.learn.MeetingLabels;
import org.w3id.dmkg.learn.PersonLabels;

/**
 * How a graph reads the meetings that verdicts judged (articles without gold, such as the held-back rounds
 * of ordinary news): each verdict is kept when the graph states a meeting of the same participants in its
 * article, with that meeting's confidence (1 when the graph gives none), and dropped (confidence 0)
 * otherwise. What the graph states that no verdict speaks of is not counted: verdicts say nothing of it.
 */
public final class VerdictCheck {
    private VerdictCheck() {
    }

    /** Each verdict of the articles the graph holds, as its confidence there and whether it is a meeting. */
    public static List<Calibration.Judged> judge(MeetingLabels verdicts, GraphFacts graph) {
        List<Calibration.Judged> out = new ArrayList<>();
        for (String url : verdicts.articleUrls()) {
            PredictedArticle facts = facts(graph, url);
            if (facts == null) {
                continue;
            }
            List<PredictedArticle.Meeting> meetings = facts.meetings();
            for (MeetingLabels.Label l : verdicts.of(url)) {
                double confidence = meetings.stream().filter(l::names)
                        .mapToDouble(m -> m.confidence() < 0 ? 1 : m.confidence()).max().orElse(0);
                out.add(new Calibration.Judged(confidence, l.meeting()));
            }
        }
        return out;
    }

    /** Each person verdict of the articles the graph holds, and whether the graph reports that name as a person. */
    public static List<PersonLabels.Judged> persons(PersonLabels verdicts, GraphFacts graph) {
        List<PersonLabels.Judged> out = new ArrayList<>();
        for (String url : verdicts.articleUrls()) {
            PredictedArticle facts = facts(graph, url);
            if (facts == null) {
                continue;
            }
            List<String> names = new ArrayList<>();
            facts.persons().forEach(names::addAll);
            out.addAll(PersonLabels.judge(url, verdicts.of(url), names));
        }
        return out;
    }

    /** What the graph states about the article at this URL, or null when it holds no such article. */
    private static PredictedArticle facts(GraphFacts graph, String url) {
        Set<String> articles = graph.articles(url);
        return articles.isEmpty() ? null : graph.facts(articles, Aliases.standard());
    }
}
