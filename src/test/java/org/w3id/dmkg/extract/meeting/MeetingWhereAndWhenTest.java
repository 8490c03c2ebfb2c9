package org.w3id.dmkg.extract.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.dmkg.Dmkg;
import org.w3id.dmkg.extract.Extractor;
import org.w3id.dmkg.extract.Judges;
import org.w3id.dmkg.nlp.OpenNlpModels;
import org.w3id.dmkg.text.TextArticleParser;

/** Where and when the patterns place a proposed meeting, and whether they read it as planned. */
class MeetingWhereAndWhenTest {
    private static final Extractor EXTRACTOR = new Extractor(Dmkg.shared().gazetteer(), OpenNlpModels.shared(),
            Judges.bundled());

    /** The proposals of an article published on Friday, 12 March 2021, under the headline. */
    private static List<MeetingFact> proposed(String headline, String... sentences) {
        String text = "url: https://example.org/world/2021/03/12/talks\ndate: 2021-03-12\n\n" + headline + "\n\n"
                + String.join("\n\n", sentences) + "\n";
        return EXTRACTOR.decisionCandidates(TextArticleParser.parse("test", text)).meetings().stream()
                .map(MeetingCandidate::fact).toList();
    }

    private static MeetingFact with(List<MeetingFact> facts, String person) {
        return facts.stream().filter(f -> f.participants().contains(person)).findFirst().orElseThrow();
    }

    @Test
    void theClauseBeforeWhereGivesThePlaceAndTheNearestDateTheDay() {
        List<MeetingFact> facts = proposed("A week of visits",
                "Spanish Foreign Minister Marta Vidal arrived in Vienna on Friday for talks with Austrian Chancellor "
                        + "Paul Gruber.",
                "The Vienna trip, announced on Thursday, follows a visit to Oslo on Tuesday, where she met with "
                        + "Norwegian Prime Minister Erik Dahl.");
        MeetingFact oslo = with(facts, "Erik Dahl");
        assertEquals("place/oslo", oslo.place());
        assertEquals(LocalDate.of(2021, 3, 9), oslo.date(), "Tuesday, not the Thursday of the announcement");
        MeetingFact vienna = with(facts, "Paul Gruber");
        assertEquals("place/vienna", vienna.place());
        assertEquals(LocalDate.of(2021, 3, 12), vienna.date());
    }

    @Test
    void aWhereClauseAfterSomethingThatIsNoPlaceLeavesThePlaceToTheRest() {
        MeetingFact f = with(proposed("A week of visits",
                "Spanish Foreign Minister Marta Vidal spoke at a dinner in Vienna on Friday, where she met with "
                        + "Austrian Chancellor Paul Gruber."), "Paul Gruber");
        assertEquals("place/vienna", f.place());
    }

    @Test
    void aHeadlineWithANameBeforeToTellsOfAPlannedMeeting() {
        MeetingFact planned = proposed("Premier Lin, Chancellor Kessler to hold video meeting on Thursday",
                "The foreign ministry gave no details.").get(0);
        assertTrue(planned.planned());
        assertEquals(LocalDate.of(2021, 3, 18), planned.date(), "the coming Thursday");
        List<MeetingFact> hoped = proposed("Premier Lin hopes to meet Chancellor Kessler",
                "The foreign ministry gave no details.");
        assertFalse(hoped.isEmpty() || hoped.get(0).planned(), "a verb before \"to\": no headline future");
    }

    @Test
    void whatIsAgreedToComesAfterTheAgreement() {
        MeetingFact agreed = with(proposed("Leaders to meet again",
                "Premier Lin said on Friday that he and Chancellor Paul Kessler had agreed to hold talks "
                        + "in Oslo on May 20."), "Paul Kessler");
        assertTrue(agreed.planned());
        assertEquals(LocalDate.of(2021, 5, 20), agreed.date(), "the coming May 20, not last year's");
        assertTrue(with(proposed("Leaders to meet again", "Premier Lin and Chancellor Paul Kessler agreed to meet "
                + "in Oslo."), "Paul Kessler").planned());
    }
}
