package org.w3id.dmkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DatelineTest {
    @Test
    void upperCaseWordsAndAColonOpeningALineMayBeADateline() {
        String text = "Foreign secretary visits Nepal\n\nNEW DELHI: Foreign secretary Vinay Kwatra met his counterpart.";
        Dateline d = Dateline.placeBeforeColon(text);
        assertEquals("NEW DELHI", d.place());
        assertNull(d.date());
        assertEquals(text.indexOf("NEW DELHI"), d.start());
        assertEquals(text.indexOf("Foreign secretary Vinay"), d.end());
        // the words are returned as they are: a speaker's label is told from a place by the caller's gazetteer
        assertEquals("SECRETARY CLINTON", Dateline.placeBeforeColon("SECRETARY CLINTON: Thank you.").place());
    }

    @Test
    void noUpperCaseWordsBeforeAColonNoCandidate() {
        assertNull(Dateline.placeBeforeColon("New Delhi: Foreign secretary Vinay Kwatra met his counterpart."));
        assertNull(Dateline.placeBeforeColon("The minister said: NEW DELHI: is not at a line start."));
        assertNull(Dateline.placeBeforeColon("NOTE: 12 people"));
        assertNull(Dateline.placeBeforeColon("x".repeat(DatelineFinder.MAX_CHARS) + "\nLONDON: British Foreign Secretary"));
    }

    @Test
    void anAgencysInitialsMayOpenTheStoryWithoutADash() {
        Dateline d = DatelineFinder.find("Washington (CNN) President Ana Ruiz met the senators on Sunday.", null);
        assertEquals("Washington", d.place());
        assertEquals("CNN", d.agency());
        // a photo caption's position mark, or a name before a nickname, is no dateline
        assertNull(DatelineFinder.find("Premier Li Keqiang (R) meets the visiting minister.", null));
        assertNull(DatelineFinder.find("Addison (Mitch) McConnell spoke on Sunday.", null));
    }

    @Test
    void aPlaceAndAFullDateAloneOnALineAreADateline() {
        String text = "Thursday, September 03, 2015\n\nAsha Rao, Daily Herald\nPhnom Penh, November 20, 2012\n"
                + "Prime Minister Ana Ruiz met the president on Tuesday.";
        Dateline d = DatelineFinder.find(text, java.time.LocalDate.of(2015, 9, 3));
        assertEquals("Phnom Penh", d.place());
        assertEquals(java.time.LocalDate.of(2012, 11, 20), d.date());
        // a place and a date that open a sentence, or a date without its year, are not
        assertNull(DatelineFinder.find("Phnom Penh, November 20, 2012 was the day the leaders met.", null));
        assertNull(DatelineFinder.find("Asha Rao\nPhnom Penh, November 20\nThe leaders met.", null));
    }
}
