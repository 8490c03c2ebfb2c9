package org.w3id.dmkg.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The held-out verdicts the judge contradicts most: only contradictions, each once, the strongest first, capped. */
class LearningTest {
    private static Learning.Contradiction c(String url, boolean yes, double p) {
        return new Learning.Contradiction(url, new MeetingLabels.Label(List.of("A", "B"), yes), p);
    }

    @Test
    void listsTheStrongestContradictionsFirst() {
        Learning.Contradiction agreeYes = c("u1", true, 0.9);
        Learning.Contradiction noAt95 = c("u2", false, 0.95);
        Learning.Contradiction yesAt10 = c("u3", true, 0.10);
        Learning.Contradiction noAt60 = c("u4", false, 0.60);
        Learning.Contradiction agreeNo = c("u5", false, 0.2);
        Learning.Contradiction noAt95Again = c("u2", false, 0.7); // another proposal the same verdict names
        List<Learning.Contradiction> all = List.of(agreeYes, noAt95, yesAt10, noAt60, agreeNo, noAt95Again);
        assertEquals(0.9, yesAt10.distance(), 1e-9);
        assertEquals(List.of(noAt95, yesAt10, noAt60), Learning.mostContradicted(all, 10));
        assertEquals(List.of(noAt95, yesAt10), Learning.mostContradicted(all, 2));
    }
}
