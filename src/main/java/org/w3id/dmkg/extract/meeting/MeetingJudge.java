package org.w3id.dmkg.extract.meeting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3id.dmkg.nlp.Classifier;

/**
 * Decides which proposed meetings are meetings: a classifier learned from gold annotations
 * ({@code dmkg train}) gives each candidate a probability; candidates at or above one half are kept, with
 * that probability as their confidence. Without a model every proposal that has no rival, and the
 * one-meeting reading of those that have, is kept with the patterns' confidence. Immutable; thread-safe.
 */
public final class MeetingJudge {
    private static final double THRESHOLD = 0.5;

    private final Classifier classifier;

    /** @param classifier the learned decision, or null to keep every candidate */
    public MeetingJudge(Classifier classifier) {
        this.classifier = classifier;
    }

    /**
     * The candidates judged to be meetings, each with its probability as confidence. Of two rival readings
     * of one sentence ({@link MeetingCandidate#reading}) the one the judge rates higher is kept: the whole
     * when its probability beats the mean of the pairs', else the pairs it accepts.
     */
    List<MeetingFact> judge(List<MeetingCandidate> candidates) {
        if (classifier == null) {
            return candidates.stream().filter(MeetingCandidate::whole).map(MeetingCandidate::fact).toList();
        }
        double[] p = new double[candidates.size()];
        Map<Integer, double[]> pairs = new HashMap<>(); // reading -> {sum, count}
        Map<Integer, Double> wholes = new HashMap<>();
        for (int i = 0; i < p.length; i++) {
            MeetingCandidate c = candidates.get(i);
            p[i] = classifier.probability(c.features());
            if (c.reading() >= 0 && c.whole()) {
                wholes.put(c.reading(), p[i]);
            } else if (c.reading() >= 0) {
                double[] a = pairs.computeIfAbsent(c.reading(), k -> new double[2]);
                a[0] += p[i];
                a[1]++;
            }
        }
        Map<Integer, Boolean> pairAccepted = new HashMap<>(); // reading -> whether one of its pairs passed
        for (int i = 0; i < p.length; i++) {
            MeetingCandidate c = candidates.get(i);
            if (c.reading() >= 0 && !c.whole() && p[i] >= THRESHOLD) {
                pairAccepted.put(c.reading(), true);
            }
        }
        List<MeetingFact> out = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            MeetingCandidate c = candidates.get(i);
            double confidence = p[i];
            if (c.reading() >= 0) {
                double[] a = pairs.get(c.reading());
                boolean wholeWins = wholes.get(c.reading()) >= a[0] / a[1];
                if (wholeWins != c.whole()) {
                    continue;
                }
                if (!c.whole() && pairAccepted.containsKey(c.reading())) {
                    // "X met A, B and C": the list is read one way, so every pair of an accepted reading stands
                    confidence = Math.max(p[i], a[0] / a[1]);
                }
            }
            if (confidence < THRESHOLD && !(c.reading() >= 0 && !c.whole() && pairAccepted.containsKey(c.reading()))) {
                continue;
            }
            MeetingFact f = c.fact();
            out.add(new MeetingFact(f.mode(), f.planned(), f.participants(), f.host(), f.guest(), f.date(),
                    f.place(), confidence, f.evidence()));
        }
        return out;
    }
}
