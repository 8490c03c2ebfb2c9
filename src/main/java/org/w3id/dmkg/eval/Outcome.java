package org.w3id.dmkg.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * How one kind of fact in one article scored: the tally, the gold facts no prediction matched
 * (misses), and the predictions that matched no gold fact (false positives).
 */
public record Outcome(Tally tally, List<String> misses, List<String> falsePositives) {
    public Outcome {
        misses = List.copyOf(misses);
        falsePositives = List.copyOf(falsePositives);
    }

    /** Precision and recall over the same gold facts. */
    public static <G, P> Outcome of(List<G> gold, List<P> predicted, BiPredicate<G, P> match) {
        return of(gold, gold, predicted, match);
    }

    /**
     * A prediction counts when it matches any of {@code goldForPrecision}; recall is counted over
     * {@code goldForRecall}. Facts are shown by their {@code toString}.
     */
    public static <G, P> Outcome of(List<G> goldForPrecision, List<G> goldForRecall, List<P> predicted,
            BiPredicate<G, P> match) {
        List<String> falsePositives = new ArrayList<>();
        for (P p : predicted) {
            if (goldForPrecision.stream().noneMatch(g -> match.test(g, p))) {
                falsePositives.add(String.valueOf(p));
            }
        }
        List<String> misses = new ArrayList<>();
        for (G g : goldForRecall) {
            if (predicted.stream().noneMatch(p -> match.test(g, p))) {
                misses.add(String.valueOf(g));
            }
        }
        return new Outcome(new Tally(predicted.size() - falsePositives.size(), predicted.size(),
                goldForRecall.size() - misses.size(), goldForRecall.size()), misses, falsePositives);
    }
}
