package org.w3id.dmkg.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.w3id.dmkg.DmkgException;
import org.w3id.dmkg.nlp.Classifier;

/**
 * Decides which proposed meetings are meetings: a classifier learned from gold annotations
 * ({@code dmkg train}) gives each candidate a probability; candidates at or above one half are kept, with
 * that probability as their confidence. Without a model every candidate is kept with the patterns'
 * confidence (how the training data is gathered). Immutable; thread-safe.
 */
public final class MeetingJudge {
    /** The model shipped with dmkg, rebuilt by {@code dmkg train} (see the README). */
    public static final String RESOURCE = "/org/w3id/dmkg/model/meeting-judge.bin";
    private static final double THRESHOLD = 0.5;
    private static final MeetingJudge KEEP_ALL = new MeetingJudge(null);

    private static volatile MeetingJudge bundled;

    private final Classifier classifier;

    private MeetingJudge(Classifier classifier) {
        this.classifier = classifier;
    }

    public static MeetingJudge of(Classifier classifier) {
        return new MeetingJudge(classifier);
    }

    /** Keeps every candidate: no learned decision. */
    public static MeetingJudge keepAll() {
        return KEEP_ALL;
    }

    /** The shipped model, read once; keeps all when dmkg was built without one. */
    public static MeetingJudge bundled() {
        MeetingJudge j = bundled;
        if (j == null) {
            synchronized (MeetingJudge.class) {
                j = bundled;
                if (j == null) {
                    j = load();
                    bundled = j;
                }
            }
        }
        return j;
    }

    private static MeetingJudge load() {
        try (InputStream in = MeetingJudge.class.getResourceAsStream(RESOURCE)) {
            return in == null ? KEEP_ALL : new MeetingJudge(Classifier.read(in));
        } catch (IOException e) {
            throw new DmkgException(DmkgException.FAILURE, "meeting model " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** The candidates judged to be meetings, each with its probability as confidence. */
    List<MeetingFact> judge(List<MeetingCandidate> candidates) {
        List<MeetingFact> out = new ArrayList<>();
        for (MeetingCandidate c : candidates) {
            MeetingFact f = c.fact();
            if (classifier == null) {
                out.add(f);
                continue;
            }
            double p = classifier.probability(c.features());
            if (p >= THRESHOLD) {
                out.add(new MeetingFact(f.mode(), f.planned(), f.participants(), f.host(), f.guest(), f.date(),
                        f.place(), p, f.evidence()));
            }
        }
        return out;
    }
}
