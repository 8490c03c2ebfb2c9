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

    @Test
    void aMeetingWordWithAWordOfHabitInItsClauseAndNoDateIsNoMeeting() {
        MeetingCandidate habit = new MeetingCandidate(new MeetingFact(MeetingMode.IN_PERSON, false, List.of("X", "A"),
                null, null, null, null, 0.5, null), List.of("strong", "cue-near=habit", "dated=false"), -1, true);
        MeetingCandidate dated = new MeetingCandidate(new MeetingFact(MeetingMode.IN_PERSON, false, List.of("Y", "B"),
                null, null, null, null, 0.5, null), List.of("strong", "cue-near=habit", "dated=true"), -1, true);
        MeetingCandidate far = new MeetingCandidate(new MeetingFact(MeetingMode.IN_PERSON, false, List.of("Z", "C"),
                null, null, null, null, 0.5, null), List.of("strong", "cue=habit-after", "dated=false"), -1, true);
        List<MeetingFact> kept = judge(habit, dated, far);
        assertEquals(List.of(List.of("Y", "B"), List.of("Z", "C")),
                kept.stream().map(MeetingFact::participants).toList());
    }

    private static final org.w3id.dmkg.extract.Extractor EXTRACTOR = new org.w3id.dmkg.extract.Extractor(
            org.w3id.dmkg.Dmkg.shared().gazetteer(), org.w3id.dmkg.nlp.OpenNlpModels.shared(),
            org.w3id.dmkg.extract.Judges.bundled());

    /** The participants of the meetings the bundled judge keeps in an article of the given sentences. */
    private static List<List<String>> kept(String... sentences) {
        String text = "url: https://example.org/politics/2021/03/12/habits\ndate: 2021-03-12\n\nA week in Washington\n\n"
                + String.join("\n\n", sentences) + "\n";
        return EXTRACTOR.extract(org.w3id.dmkg.text.TextArticleParser.parse("test", text)).meetings().stream()
                .map(m -> List.copyOf(new java.util.TreeSet<>(m.participants()))).toList();
    }

    @Test
    void talksHeldAsAMatterOfCourseAreNoMeeting() {
        assertEquals(List.of(), kept(
                "Deputy Attorney General Paul Brandt oversees the inquiry.",
                "Brandt is responsible for approving its budget and for meeting regularly with special counsel "
                        + "Ellen Marsh to assess its progress."));
        assertEquals(List.of(), kept(
                "CIA Director Tom Reyes reportedly meets nearly daily with President Mark Dalton to brief him on "
                        + "national security."));
        assertEquals(List.of(), kept(
                "Paul Brandt, the site's editor-in-chief, says he rarely speaks with Steve Lang now."));
    }
}
