package org.w3id.dmkg.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether the confidence of predicted meetings means what it says: the meetings binned by confidence
 * (tenths), the share of each bin that a gold meeting confirms (same participants), and the expected
 * calibration error (the bins' gaps between mean confidence and share correct, weighted by their size).
 * Immutable.
 *
 * @param bins the ten bins, [0, 0.1) to [0.9, 1.0]
 * @param ece  the expected calibration error, 0 when there are no meetings
 */
public record Calibration(List<Bin> bins, double ece) {
    private static final int BINS = 10;

    /** One bin: its bounds, how many meetings fell in it, how many were right, and their mean confidence. */
    public record Bin(double low, double high, int n, int correct, double meanConfidence) {
        public double accuracy() {
            return n == 0 ? 0 : (double) correct / n;
        }
    }

    /** One fact judged: the confidence it was given, and whether it was right. */
    public record Judged(double confidence, boolean correct) {
    }

    public Calibration {
        bins = List.copyOf(bins);
    }

    /** The calibration of the meetings the graph states for the gold articles (keyed by URL). */
    public static Calibration of(Map<String, GoldArticle> golds, GraphFacts graph) {
        List<Judged> judged = new ArrayList<>();
        for (Map.Entry<String, GoldArticle> e : golds.entrySet()) {
            Set<String> articles = graph.articles(e.getKey());
            if (articles.isEmpty()) {
                continue;
            }
            List<GoldArticle.Meeting> gold = e.getValue().meetings().stream().filter(GoldArticle.Meeting::scored).toList();
            for (PredictedArticle.Meeting m : graph.facts(articles, Aliases.standard()).meetings()) {
                if (m.confidence() >= 0) {
                    judged.add(new Judged(m.confidence(), gold.stream().anyMatch(g -> FactMatching.participantsMatch(g, m))));
                }
            }
        }
        return of(judged);
    }

    /** The calibration of facts judged right or wrong by other means (verdicts on proposals, say). */
    public static Calibration of(List<Judged> judged) {
        int[] n = new int[BINS];
        int[] correct = new int[BINS];
        double[] sum = new double[BINS];
        for (Judged j : judged) {
            int b = Math.min(BINS - 1, (int) Math.floor(j.confidence() * BINS));
            n[b]++;
            sum[b] += j.confidence();
            correct[b] += j.correct() ? 1 : 0;
        }
        List<Bin> bins = new ArrayList<>();
        int total = 0;
        double gap = 0;
        for (int b = 0; b < BINS; b++) {
            double mean = n[b] == 0 ? 0 : sum[b] / n[b];
            Bin bin = new Bin((double) b / BINS, (double) (b + 1) / BINS, n[b], correct[b], mean);
            bins.add(bin);
            total += n[b];
            gap += n[b] * Math.abs(mean - bin.accuracy());
        }
        return new Calibration(bins, total == 0 ? 0 : gap / total);
    }

    /** The table: one line per non-empty bin, then the expected calibration error. */
    public List<String> table() {
        List<String> out = new ArrayList<>();
        out.add("meeting confidence   n  correct  mean conf.  share correct");
        for (Bin b : bins) {
            if (b.n() > 0) {
                out.add(String.format(Locale.ROOT, "[%.1f, %.1f%s  %5d  %7d  %10.3f  %13.3f", b.low(), b.high(),
                        b.high() >= 1 ? "]" : ")", b.n(), b.correct(), b.meanConfidence(), b.accuracy()));
            }
        }
        out.add(String.format(Locale.ROOT, "expected calibration error: %.3f", ece));
        return out;
    }
}
