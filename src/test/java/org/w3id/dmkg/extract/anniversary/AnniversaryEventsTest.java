package org.w3id.dmkg.extract.anniversary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The words of a commemorated event, and the two countries a sentence gives the relations it leaves open. */
class AnniversaryEventsTest {
    private static final List<String> PAIR = List.of("China", "Russia");

    @Test
    void bilateralRelationsAreTheTwoCountriesTheSentenceNames() {
        assertEquals("establishment of ties between China and Russia",
                AnniversaryEvents.withParties("establishment of bilateral ties", PAIR));
        assertEquals("diplomatic ties between China and Russia",
                AnniversaryEvents.withParties("their diplomatic ties", PAIR));
        assertEquals("establishment of diplomatic relations between China and Russia",
                AnniversaryEvents.withParties("establishment of diplomatic relations between the two countries", PAIR));
    }

    @Test
    void withoutTwoCountriesOrRelationsTheWordsStay() {
        assertEquals("establishment of bilateral ties",
                AnniversaryEvents.withParties("establishment of bilateral ties", List.of()));
        assertEquals("diplomatic ties", AnniversaryEvents.withParties("their diplomatic ties", List.of("China")));
        assertEquals("bilateral trade agreement", AnniversaryEvents.withParties("bilateral trade agreement", PAIR));
        assertEquals("founding of the party", AnniversaryEvents.withParties("its founding of the party", PAIR));
    }

    @Test
    void theEventEndsWithItsClause() {
        assertEquals("establishment of diplomatic ties",
                AnniversaryEvents.text("establishment of diplomatic ties, the two leaders said"));
    }

    @Test
    void anAbbreviationsFullStopDoesNotEndTheEvent() {
        assertEquals("Kim Jong Il's Dec. 17 death", AnniversaryEvents.text("Kim Jong Il's Dec. 17 death."));
        assertEquals("Sept. 11 attacks on the United States",
                AnniversaryEvents.text("Sept. 11 attacks on the United States, officials said."));
        assertEquals("assassination of the Rev. Dr. Martin Luther King Jr. in Memphis",
                AnniversaryEvents.text("assassination of the Rev. Dr. Martin Luther King Jr. in Memphis."));
        assertEquals("slaying of U.S. Ambassador J. Christopher Stevens",
                AnniversaryEvents.text("slaying of U.S. Ambassador J. Christopher Stevens."));
        assertEquals("Roe v. Wade", AnniversaryEvents.text("Roe v. Wade."));
    }

    @Test
    void aFullStopTheSentenceDetectorMissedEndsItBeforeACapital() {
        assertEquals("outbreak of World War I",
                AnniversaryEvents.text("outbreak of World War I. Her Majesty and family"));
        assertEquals("end of World War II in Beijing on Sept. 3",
                AnniversaryEvents.text("end of World War II in Beijing on Sept. 3. Photo: Xinhua"));
        assertEquals("founding of the republic", AnniversaryEvents.text("founding of the republic.\u201d"));
    }
}
