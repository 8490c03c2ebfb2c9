package org.w3id.dmkg.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Counts for micro-averaging: predictions that match some gold fact out of all predictions, and gold
 * facts matched by some prediction out of all gold facts.
 */
public record Tally(int predictedMatched, int predicted, int goldMatched, int gold) {
    /** Nothing counted. */
    public static final Tally ZERO = new Tally(0, 0, 0, 0);

    /** The sum of two tallies. */
    public Tally plus(Tally o) {
        return new Tally(predictedMatched + o.predictedMatched, predicted + o.predicted,
                goldMatched + o.goldMatched, gold + o.gold);
    }

    /** Matched predictions over predictions; with no prediction, 1 when there is no gold fact either, else 0. */
    public double precision() {
        return predicted > 0 ? (double) predictedMatched / predicted : gold == 0 ? 1.0 : 0.0;
    }

    /** Matched gold facts over gold facts; 1 when there is no gold fact. */
    public double recall() {
        return gold > 0 ? (double) goldMatched / gold : 1.0;
    }

    /** The harmonic mean of precision and recall; 0 when both are 0. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }

    /**
     * {@code x} rounded to three decimals, half to even on its exact binary value, as Python's
     * {@code round(x, 3)} and {@code %.3f} do.
     */
    public static BigDecimal round3(double x) {
        return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN);
    }
}
