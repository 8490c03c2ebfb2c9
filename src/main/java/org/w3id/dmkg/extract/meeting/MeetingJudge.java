package org.w3id.dmkg.extract.meeting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.dmkg.nlp.Classifier;

/**
 * Decides which proposed meetings are meetings: a classifier learned from gold annotations
 * ({@code dmkg train}) gives each candidate a probability; candidates rated {@value #THRESHOLD} or more are kept (and
 * the other pairs of a list read as one meeting with each: {@link #judge}), with that probability as
 * their confidence; a word of habit in the meeting word's clause, with no date, rules a proposal out ({@link
 * #habitual}). Without a model every proposal that has no rival, and the
 * one-meeting reading of those that have, is kept with the patterns' confidence. Immutable; thread-safe.
 */
public final class MeetingJudge {
    /**
     * The probability from which a candidate is kept. Not one half: on ordinary news the judge is too sure of itself,
     * and of the meetings it rated 0.5 to 0.7 in the held-back rounds about half were none; cross-validated on the dev
     * corpus, the judge keeps one right meeting and three wrong ones fewer than at one half (meetings F1 0.904 -> 0.913).
     */
    public static final double THRESHOLD = 0.7;

    /**
     * The probability under which a pair of a list read as one meeting with each does not stand with the others
     * ("welcomes Trump and first lady Melania Trump": the first pair passes, the second is rated 0.46).
     */
    static final double PAIR_FLOOR = 0.5;

    /**
     * A word of habit in the meeting word's own clause ({@code cue-near}) and no date in its sentence ("meets
     * nearly daily with", "meeting regularly with", "met often with", "twice-weekly meetings with"): talks held as
     * a matter of course, no one meeting, whatever else the sentence tells; "a regularly scheduled lunch ... Monday"
     * is dated and stands. The dev corpus has no such sentence, so the judge learned little of them; the held-back
     * verdicts on ordinary news call those it judged no meeting (The Guardian, Reuters, The Hill, Politico).
     */
    static boolean habitual(List<String> features) {
        return features.contains(MeetingFeatures.CUE_NEAR + "habit") && features.contains(MeetingFeatures.DATED + false);
    }

    private final Classifier classifier;

    /** @param classifier the learned decision, or null to keep every candidate */
    public MeetingJudge(Classifier classifier) {
        this.classifier = classifier;
    }

    /**
     * The candidates judged to be meetings, each with its probability as confidence. Of two rival readings
     * of one sentence ({@link MeetingCandidate#reading}) the one the judge rates higher is kept: the whole
     * when its probability beats the mean of the pairs', else, once it accepts one pair, all the pairs, each
     * at its own probability or the pairs' mean, whichever is higher, as long as that reaches {@link #PAIR_FLOOR}.
     */
    List<MeetingFact> judge(List<MeetingCandidate> candidates) {
        if (classifier == null) {
            return candidates.stream().filter(MeetingCandidate::whole).map(MeetingCandidate::fact).toList();
        }
        double[] p = new double[candidates.size()];
        Map<Integer, double[]> pairs = new HashMap<>(); // reading -> {sum, count}
        Map<Integer, Double> wholes = new HashMap<>();
        Set<Integer> listsKept = new HashSet<>(); // readings one of whose pairs passed on its own
        for (int i = 0; i < p.length; i++) {
            MeetingCandidate c = candidates.get(i);
            p[i] = habitual(c.features()) ? 0 : classifier.probability(c.features());
            if (c.reading() >= 0 && c.whole()) {
                wholes.put(c.reading(), p[i]);
            } else if (c.reading() >= 0) {
                double[] a = pairs.computeIfAbsent(c.reading(), k -> new double[2]);
                a[0] += p[i];
                a[1]++;
                if (p[i] >= THRESHOLD) {
                    listsKept.add(c.reading());
                }
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
                if (!c.whole() && listsKept.contains(c.reading())) {
                    // "X met A, B and C": the list is read one way, so every pair of a kept reading stands, unless
                    // the judge holds it and the pairs' mean both under one half
                    confidence = Math.max(p[i], a[0] / a[1]);
                    if (confidence < PAIR_FLOOR) {
                        continue;
                    }
                } else if (p[i] < THRESHOLD) {
                    continue;
                }
            } else if (p[i] < THRESHOLD) {
                continue;
            }
            MeetingFact f = c.fact();
            out.add(new MeetingFact(f.mode(), f.planned(), f.participants(), f.host(), f.guest(), f.date(),
                    f.place(), confidence, f.evidence(), f.marks()));
        }
        return out;
    }
}
