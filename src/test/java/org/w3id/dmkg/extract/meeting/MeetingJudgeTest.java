package org.w3id.dmkg.extract.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.dmkg.nlp.Classifier;

class MeetingJudgeTest {
    /** A model that rates "strong" high, "weak" around a third and "none" low. */
    private static final Classifier MODEL = model();

    private static Classifier model() {
        List<Classifier.Example> examples = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            examples.add(new Classifier.Example(List.of("strong"), true));
            examples.add(new Classifier.Example(List.of("none"), false));
            examples.add(new Classifier.Example(List.of("weak"), i % 3 == 0));
        }
        return Classifier.train(examples);
    }

    private static MeetingCandidate candidate(String feature, int reading, boolean whole, String... people) {
        MeetingFact fact = new MeetingFact(MeetingMode.IN_PERSON, false, List.of(people), null, null, null, null,
                0.5, null);
        return new MeetingCandidate(fact, List.of(feature), reading, whole);
    }

    private static List<MeetingFact> judge(MeetingCandidate... candidates) {
        return new MeetingJudge(MODEL).judge(List.of(candidates));
    }

    @Test
    void theModelRatesAsIntended() {
        assertTrue(MODEL.probability(List.of("strong")) > 0.8);
        double weak = MODEL.probability(List.of("weak"));
        assertTrue(weak > 0.2 && weak < 0.5, "weak " + weak);
        assertTrue(MODEL.probability(List.of("none")) < 0.2);
    }

    @Test
    void everyPairOfAListReadOneMeetingWithEachStandsOnceOnePasses() {
        List<MeetingFact> kept = judge(
                candidate("none", 0, true, "X", "A", "B"),
                candidate("strong", 0, false, "X", "A"),
                candidate("weak", 0, false, "X", "B"));
        assertEquals(2, kept.size());
        double strong = MODEL.probability(List.of("strong"));
        double weak = MODEL.probability(List.of("weak"));
        assertEquals(strong, kept.get(0).confidence(), 1e-9);
        assertEquals((strong + weak) / 2, kept.get(1).confidence(), 1e-9, "the pair takes the list's mean");
    }

    @Test
    void aListNoPairOfWhichPassesIsDropped() {
        List<MeetingFact> kept = judge(
                candidate("none", 0, true, "X", "A", "B"),
                candidate("weak", 0, false, "X", "A"),
                candidate("weak", 0, false, "X", "B"),
                candidate("weak", -1, true, "Y", "Z"));
        assertEquals(List.of(), kept);
    }

    @Test
    void theWholeReadingBeatsPairsItOutranks() {
        List<MeetingFact> kept = judge(
                candidate("strong", 0, true, "X", "A", "B"),
                candidate("strong", 0, false, "X", "A"),
                candidate("none", 0, false, "X", "B"));
        assertEquals(1, kept.size());
        assertEquals(List.of("X", "A", "B"), kept.get(0).participants());
    }

    @Test
    void aPairRatedUnderOneHalfWithAMeanUnderOneHalfDoesNotStandWithTheOthers() {
        List<MeetingFact> kept = judge(
                candidate("none", 0, true, "X", "A", "B", "C", "D"),
                candidate("strong", 0, false, "X", "A"),
                candidate("none", 0, false, "X", "B"),
                candidate("none", 0, false, "X", "C"),
                candidate("none", 0, false, "X", "D"));
        assertEquals(List.of(List.of("X", "A")), kept.stream().map(MeetingFact::participants).toList());
    }
}
