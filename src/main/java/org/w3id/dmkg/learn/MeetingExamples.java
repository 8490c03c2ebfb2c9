package org.w3id.dmkg.learn;

import java.util.ArrayList;
import java.util.List;
import org.w3id.dmkg.eval.FactMatching;
import org.w3id.dmkg.eval.GoldArticle;
import org.w3id.dmkg.eval.PredictedArticle;
import org.w3id.dmkg.extract.meeting.MeetingCandidate;
import org.w3id.dmkg.nlp.Classifier;

/**
 * Training examples for the meeting judge: each meeting the patterns propose in an article, labelled yes
 * when its participants are those of a meeting the gold records (the scorer's rule), else no. Stateless.
 */
public final class MeetingExamples {
    private MeetingExamples() {
    }

    public static List<Classifier.Example> label(List<MeetingCandidate> candidates, GoldArticle gold) {
        List<GoldArticle.Meeting> meetings = gold.meetings().stream().filter(GoldArticle.Meeting::scored).toList();
        List<Classifier.Example> out = new ArrayList<>();
        for (MeetingCandidate c : candidates) {
            PredictedArticle.Meeting m = PredictedArticle.Meeting.of(c.fact().participants());
            boolean yes = meetings.stream().anyMatch(g -> FactMatching.participantsMatch(g, m));
            out.add(new Classifier.Example(c.features(), yes));
        }
        return out;
    }
}
