package org.w3id.dmkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HardWrapsTest {
    private static final String WRAPPED = String.join("\n",
            "12 March 2009",
            "Lusaka - The Minister of Trade, Mr Tendai Banda, returns home on Friday",
            "after a three-day working visit to Kenya, where he held talks with his",
            "counterpart, Minister Grace Otieno, and with President Samuel Kibet",
            "Mwangi on the new border trade agreement between the two countries.",
            "Visit to Tanzania",
            "Arusha - The Minister will proceed from Kenya on Saturday to Tanzania,",
            "where he will lead a delegation to the meeting of the regional working",
            "group on customs.");

    @Test
    void breaksInsideSentencesOfHardWrappedTextAreSpaces() {
        String unwrapped = HardWraps.unwrap(WRAPPED);
        assertEquals(WRAPPED.length(), unwrapped.length(), "offsets are kept");
        assertTrue(unwrapped.contains("President Samuel Kibet Mwangi on the new"), unwrapped);
        assertTrue(unwrapped.contains("returns home on Friday after a three-day"), unwrapped);
        assertTrue(unwrapped.contains("two countries.\nVisit to Tanzania\nArusha"), "sentence ends and headings stay lines");
        assertTrue(unwrapped.startsWith("12 March 2009\n"), "a short line stays a line");
    }

    @Test
    void textWithAParagraphPerLineIsLeftAsItIs() {
        String paragraphs = String.join("\n",
                "Leaders meet in Lima",
                "President A met President B in Lima on Tuesday, and both leaders agreed to open a new border crossing"
                        + " before the end of the year, officials said after the talks",
                "The two presidents also discussed trade, fisheries and the coming regional summit in Quito",
                "Photo caption without a stop",
                "A third paragraph that runs on for well over one hundred characters so that the text is plainly not"
                        + " wrapped at a fixed width",
                "Another one",
                "And the last paragraph of this short article, which ends here");
        assertEquals(paragraphs, HardWraps.unwrap(paragraphs));
    }

    @Test
    void foldedTextReadsWrappedBreaksAsSpaces() {
        FoldedText folded = FoldedText.of(WRAPPED);
        assertTrue(folded.text().contains("Kibet Mwangi"), folded.text());
        assertEquals(WRAPPED, folded.original());
        assertTrue(folded.unchanged(), "no offset moves");
    }
}
